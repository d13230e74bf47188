package org.fuelwatch.briefing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.fuelwatch.figures.Figures;

/**
 * The values a template can use, formatted for print. Each name here is a placeholder staff may write as
 * {@code {{name}}}; the README lists them.
 */
final class TemplateModel {

    /** Numbers are written with Western digits in every edition, set explicitly: JDKs differ for Arabic locales. */
    static final Locale LOCALE = Locale.UK;

    private TemplateModel() {
    }

    /** The placeholders of an edition: dates in its wording, names as it writes them. */
    static Map<String, Object> of(Figures f, String dataLabel, Wording w, Names n) {
        Map<String, Object> m = new HashMap<>();
        m.put("asOf", w.longDate(f.asOf()));
        m.put("dataFrom", w.longDate(f.data().from()));
        m.put("dataTo", w.longDate(f.data().to()));
        m.put("dataLabel", dataLabel);
        var age = f.dataAge();
        m.put("stale", age.stale());
        m.put("dataAgeDays", age.days());
        m.put("newestData", w.longDate(age.newestData()));
        m.put("runDate", w.longDate(age.runDate()));
        m.put("staleAfterDays", age.staleAfterDays());
        m.put("blockadeStart", w.longDate(f.definitions().blockadeStart()));
        m.put("baselineFrom", w.longDate(f.definitions().baseline().from()));
        m.put("baselineTo", w.longDate(f.definitions().baseline().to()));
        var cut = f.supplyCut();
        m.put("baselineM3", whole(cut.baselineM3PerDay()));
        m.put("worstM3", whole(cut.worstM3PerDay()));
        m.put("worstFrom", w.date(cut.worstWindow().from()));
        m.put("worstTo", w.date(cut.worstWindow().to()));
        m.put("cutPct", whole(cut.cutPct()));
        m.put("currentDays", f.definitions().currentWindowDays());
        m.put("currentFrom", w.longDate(f.definitions().current().from()));
        m.put("currentTo", w.longDate(f.definitions().current().to()));
        m.put("currentM3", whole(cut.currentM3PerDay()));
        m.put("currentPct", whole(cut.currentPctOfBaseline()));
        var share = f.routeShare();
        m.put("shareRouteName", n.route(share.route(), share.routeName()));
        m.put("shareCorridorName", n.corridor(share.corridor(), share.corridorName()));
        m.put("sharePct", whole(share.sharePct()));
        var totals = f.totals();
        m.put("incidentsSince", totals.sinceBlockade().incidents());
        m.put("tankersSince", totals.sinceBlockade().tankersDestroyed());
        m.put("fatalitiesSince", totals.sinceBlockade().fatalities());
        // empty when every incident has a tanker count; an ACLED event's notes may state none
        long unknown = totals.sinceBlockade().withoutTankerCount();
        m.put("tankersSinceUnknown", unknown == 0 ? "" : w.say("tankersSinceUnknown", "incidents",
                w.count(unknown, "incident")));
        m.put("incidents30", totals.last30Days().incidents());
        m.put("tankers30", totals.last30Days().tankersDestroyed());
        m.put("incidents7", totals.last7Days().incidents());
        m.put("tankers7", totals.last7Days().tankersDestroyed());
        // counts with their noun, singular or plural, for sentences
        m.put("incidents7Text", w.count(totals.last7Days().incidents(), "incident"));
        m.put("incidents30Text", w.count(totals.last30Days().incidents(), "incident"));
        m.put("tankers7Text", w.count(totals.last7Days().tankersDestroyed(), "tanker"));
        m.put("tankers30Text", w.count(totals.last30Days().tankersDestroyed(), "tanker"));
        m.put("incidentsSinceText", w.count(totals.sinceBlockade().incidents(), "incident"));
        m.put("tankersSinceText", w.count(totals.sinceBlockade().tankersDestroyed(), "tanker"));
        m.put("fatalitiesSinceText", w.count(totals.sinceBlockade().fatalities(), "person"));
        m.put("dataAgeDaysText", w.count(age.days(), "day"));
        // a section in a template: false when no incident falls in the data
        m.put("lastIncident", f.recentIncidents().stream().findFirst().<Object>map(e -> lastIncident(f, e, w, n))
                .orElse(false));
        var profile = f.commander();
        m.put("commander", n.person(profile.person()));
        m.put("appointment", profile.appointment() == null ? false
                : Map.of("date", w.longDate(profile.appointment().date()), "title",
                        n.text(profile.appointment().title())));
        m.put("careerEntries", profile.career().size());
        m.put("careerFrom", profile.career().isEmpty() ? "" : period(profile.career().get(0).date(), null, w));
        m.put("careerTo", profile.career().isEmpty() ? ""
                : period(profile.career().get(profile.career().size() - 1).date(), null, w));
        m.put("rowsRead", whole(f.files().stream().mapToLong(Figures.FileCount::read).sum()));
        m.put("rowsIngested", whole(f.files().stream().mapToLong(Figures.FileCount::ingested).sum()));
        m.put("rowsRejected", whole(f.files().stream().mapToLong(Figures.FileCount::rejected).sum()));
        m.put("fileCount", f.files().size());
        m.put("rowsIngestedText", w.count(f.files().stream().mapToLong(Figures.FileCount::ingested).sum(), "row"));
        m.put("rowsRejectedText", w.count(f.files().stream().mapToLong(Figures.FileCount::rejected).sum(), "row"));
        m.put("fileCountText", w.count(f.files().size(), "file"));
        m.put("careerEntriesText", w.count(profile.career().size(), "entry"));
        return m;
    }

    private static Map<String, Object> lastIncident(Figures f, Figures.TimelineEntry e, Wording w, Names n) {
        String corridor = f.corridors().stream().filter(c -> c.corridor().equals(e.corridor()))
                .map(c -> n.corridor(c.corridor(), c.name())).findFirst().orElse(e.corridor());
        Map<String, Object> m = new HashMap<>();
        m.put("date", w.longDate(e.date()));
        m.put("place", n.place(e.title()));
        m.put("corridor", corridor);
        // unknown is not zero: "destroyed an unreported number of tankers"
        m.put("tankers", e.tankersDestroyed() == null ? w.word("tankers.unreported") : e.tankersDestroyed());
        m.put("tankersText", e.tankersDestroyed() == null ? w.word("tankers.unreportedText")
                : w.count(e.tankersDestroyed(), "tanker"));
        return m;
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
    static String period(LocalDate from, LocalDate to, Wording w) {
        boolean yearStart = from.getDayOfYear() == 1;
        if (to == null) {
            return yearStart ? String.valueOf(from.getYear()) : w.date(from);
        }
        if (yearStart && to.getMonthValue() == 12 && to.getDayOfMonth() == 31) {
            return from.getYear() == to.getYear() ? String.valueOf(from.getYear())
                    : from.getYear() + "–" + to.getYear();
        }
        return w.date(from) + " – " + w.date(to);
    }
}
