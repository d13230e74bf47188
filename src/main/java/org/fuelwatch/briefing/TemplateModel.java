package org.fuelwatch.briefing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.fuelwatch.figures.Figures;

/**
 * The values a template can use, formatted for print. Each name here is a placeholder staff may write as
 * {@code {{name}}}; the README lists them.
 */
final class TemplateModel {

    static final Locale LOCALE = Locale.UK;
    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);
    static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", LOCALE);

    private TemplateModel() {
    }

    static Map<String, Object> of(Figures f, String dataLabel) {
        Map<String, Object> m = new HashMap<>();
        m.put("asOf", LONG_DATE.format(f.asOf()));
        m.put("dataFrom", LONG_DATE.format(f.data().from()));
        m.put("dataTo", LONG_DATE.format(f.data().to()));
        m.put("dataLabel", dataLabel);
        var age = f.dataAge();
        m.put("stale", age.stale());
        m.put("dataAgeDays", age.days());
        m.put("newestData", LONG_DATE.format(age.newestData()));
        m.put("runDate", LONG_DATE.format(age.runDate()));
        m.put("staleAfterDays", age.staleAfterDays());
        m.put("blockadeStart", LONG_DATE.format(f.definitions().blockadeStart()));
        m.put("baselineFrom", LONG_DATE.format(f.definitions().baseline().from()));
        m.put("baselineTo", LONG_DATE.format(f.definitions().baseline().to()));
        var cut = f.supplyCut();
        m.put("baselineM3", whole(cut.baselineM3PerDay()));
        m.put("worstM3", whole(cut.worstM3PerDay()));
        m.put("worstFrom", SHORT_DATE.format(cut.worstWindow().from()));
        m.put("worstTo", SHORT_DATE.format(cut.worstWindow().to()));
        m.put("cutPct", whole(cut.cutPct()));
        m.put("currentDays", f.definitions().currentWindowDays());
        m.put("currentFrom", LONG_DATE.format(f.definitions().current().from()));
        m.put("currentTo", LONG_DATE.format(f.definitions().current().to()));
        m.put("currentM3", whole(cut.currentM3PerDay()));
        m.put("currentPct", whole(cut.currentPctOfBaseline()));
        var share = f.routeShare();
        m.put("shareRouteName", share.routeName());
        m.put("shareCorridorName", share.corridorName());
        m.put("sharePct", whole(share.sharePct()));
        var totals = f.totals();
        m.put("incidentsSince", totals.sinceBlockade().incidents());
        m.put("tankersSince", totals.sinceBlockade().tankersDestroyed());
        m.put("fatalitiesSince", totals.sinceBlockade().fatalities());
        // empty when every incident has a tanker count; an ACLED event's notes may state none
        long unknown = totals.sinceBlockade().withoutTankerCount();
        m.put("tankersSinceUnknown", unknown == 0 ? "" : " (" + counted(unknown, "incident")
                + " with no reported tanker count)");
        m.put("incidents30", totals.last30Days().incidents());
        m.put("tankers30", totals.last30Days().tankersDestroyed());
        m.put("incidents7", totals.last7Days().incidents());
        m.put("tankers7", totals.last7Days().tankersDestroyed());
        // counts with their noun, singular or plural, for sentences
        m.put("incidents7Text", counted(totals.last7Days().incidents(), "incident"));
        m.put("incidents30Text", counted(totals.last30Days().incidents(), "incident"));
        m.put("tankers7Text", counted(totals.last7Days().tankersDestroyed(), "tanker"));
        m.put("tankers30Text", counted(totals.last30Days().tankersDestroyed(), "tanker"));
        // a section in a template: false when no incident falls in the data
        m.put("lastIncident", f.recentIncidents().stream().findFirst().<Object>map(e -> lastIncident(f, e))
                .orElse(false));
        var profile = f.commander();
        m.put("commander", profile.person());
        m.put("appointment", profile.appointment() == null ? false
                : Map.of("date", LONG_DATE.format(profile.appointment().date()), "title",
                        profile.appointment().title()));
        m.put("careerEntries", profile.career().size());
        m.put("careerFrom", profile.career().isEmpty() ? "" : period(profile.career().get(0).date(), null));
        m.put("careerTo", profile.career().isEmpty() ? ""
                : period(profile.career().get(profile.career().size() - 1).date(), null));
        m.put("rowsRead", whole(f.files().stream().mapToLong(Figures.FileCount::read).sum()));
        m.put("rowsIngested", whole(f.files().stream().mapToLong(Figures.FileCount::ingested).sum()));
        m.put("rowsRejected", whole(f.files().stream().mapToLong(Figures.FileCount::rejected).sum()));
        m.put("fileCount", f.files().size());
        return m;
    }

    private static Map<String, Object> lastIncident(Figures f, Figures.TimelineEntry e) {
        String corridor = f.corridors().stream().filter(c -> c.corridor().equals(e.corridor()))
                .map(Figures.CorridorSummary::name).findFirst().orElse(e.corridor());
        Map<String, Object> m = new HashMap<>();
        m.put("date", LONG_DATE.format(e.date()));
        m.put("place", e.title());
        m.put("corridor", corridor);
        // unknown is not zero: "destroyed an unreported number of tankers"
        m.put("tankers", e.tankersDestroyed() == null ? "an unreported number of" : e.tankersDestroyed());
        return m;
    }

    static String counted(long n, String noun) {
        return whole(n) + " " + noun + (n == 1 ? "" : "s");
    }

    static String whole(double value) {
        return String.format(LOCALE, "%,.0f", value);
    }

    static String oneDecimal(double value) {
        return String.format(LOCALE, "%,.1f", value);
    }

    /**
     * A date or a span as precisely as the data give it: a span from 1 January to 31 December is written as its
     * years ("2006–2008"), a lone 1 January as its year, anything else as dates.
     */
    static String period(LocalDate from, LocalDate to) {
        boolean yearStart = from.getDayOfYear() == 1;
        if (to == null) {
            return yearStart ? String.valueOf(from.getYear()) : date(from);
        }
        if (yearStart && to.getMonthValue() == 12 && to.getDayOfMonth() == 31) {
            return from.getYear() == to.getYear() ? String.valueOf(from.getYear())
                    : from.getYear() + "–" + to.getYear();
        }
        return date(from) + " – " + date(to);
    }

    static String date(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }
}
