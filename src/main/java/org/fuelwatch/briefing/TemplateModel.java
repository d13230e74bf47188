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
        m.put("incidents30", totals.last30Days().incidents());
        m.put("tankers30", totals.last30Days().tankersDestroyed());
        m.put("incidents7", totals.last7Days().incidents());
        m.put("tankers7", totals.last7Days().tankersDestroyed());
        m.put("rowsRead", whole(f.files().stream().mapToLong(Figures.FileCount::read).sum()));
        m.put("rowsIngested", whole(f.files().stream().mapToLong(Figures.FileCount::ingested).sum()));
        m.put("rowsRejected", whole(f.files().stream().mapToLong(Figures.FileCount::rejected).sum()));
        m.put("fileCount", f.files().size());
        return m;
    }

    static String whole(double value) {
        return String.format(LOCALE, "%,.0f", value);
    }

    static String oneDecimal(double value) {
        return String.format(LOCALE, "%,.1f", value);
    }

    static String date(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }
}
