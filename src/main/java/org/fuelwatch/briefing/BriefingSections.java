package org.fuelwatch.briefing;

import static org.fuelwatch.briefing.TemplateModel.date;
import static org.fuelwatch.briefing.TemplateModel.whole;

import java.util.List;
import java.util.Objects;

import org.fuelwatch.charts.ChartKind;
import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.Figures.CorridorSummary;
import org.fuelwatch.figures.Figures.TimelineEntry;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The sections of the briefing, in reading order. Every number comes from {@link Figures}; nothing is computed here
 * beyond formatting.
 */
final class BriefingSections {

    private final BriefingDocument doc;
    private final Layout l;
    private final Figures f;
    private final BriefingTemplates t;


    BriefingSections(BriefingDocument doc, Figures figures, BriefingTemplates templates) {
        this.doc = doc;
        this.l = doc.layout();
        this.f = figures;
        this.t = templates;
    }

    void writeAll() {
        new FrontPage(doc, f, t).write();
        corridors();
        new ChangesSection(doc, f, t).write();
        supply();
        corridorSupply();
        routes();
        incidents();
        timeline();
        new CommanderSection(doc, f, t).write();
        new CheckSections(doc, f, t).write();
    }

    void supply() {
        List<TimelineEntry> markers = f.keyDates();
        // the chart and its key of dates stay on one page
        doc.heading(t.heading("supply"), ChartKind.SUPPLY.height() + 30 + 13 * (markers.size() + 1));
        var cut = f.supplyCut();
        doc.add(l.paragraph("Total fuel reaching Bamako each day (bars) with its " + f.definitions().worstWindowDays()
                + "-day mean (line), against the mean of " + date(f.definitions().baseline().from()) + " – "
                + date(f.definitions().baseline().to()) + " (dashed, " + whole(cut.baselineM3PerDay())
                + " m³/day). The shaded band is the worst " + f.definitions().worstWindowDays() + " days; red lines "
                + "are the key dates listed below, the attacks that destroyed the most tankers among them.",
                l.small, 2));
        doc.chart(ChartKind.SUPPLY);
        if (!markers.isEmpty()) {
            PdfPTable key = l.table(0.4f, 1.4f, 6);
            key.setHeaderRows(1);
            key.addCell(l.header("#"));
            key.addCell(l.header("Date"));
            key.addCell(l.header(t.heading("supplyMarkers")));
            int n = 1;
            for (TimelineEntry marker : markers) {
                key.addCell(l.data(String.valueOf(n++), l.smallBold));
                key.addCell(l.data(date(marker.date()), l.small));
                key.addCell(l.data(marker.marker() != null ? marker.marker() + " — " + marker.title()
                        : "Attack, " + corridorName(marker.corridor()) + " — " + marker.title() + ": "
                                + marker.tankersDestroyed() + " tankers destroyed", l.small));
            }
            doc.add(key);
        }
    }

    void corridorSupply() {
        doc.heading(t.heading("corridorSupply"), ChartKind.CORRIDOR_SUPPLY.height() + 20);
        doc.add(l.paragraph("Each corridor's fuel reaching Bamako as a " + f.definitions().worstWindowDays()
                + "-day mean, stacked by route in shades of the corridor's colour, against the corridor's own baseline "
                + "(dashed). Each panel has its own scale.", l.small, 2));
        doc.chart(ChartKind.CORRIDOR_SUPPLY);
    }

    void routes() {
        doc.heading(t.heading("routes"), ChartKind.ROUTE_SHARE.height() + 20);
        doc.add(l.paragraph("Share of all fuel reaching Bamako by route from " + date(f.routeShare().period().from())
                + " to " + date(f.routeShare().period().to()) + ", coloured by corridor.", l.small, 2));
        doc.chart(ChartKind.ROUTE_SHARE);
    }

    void corridors() {
        doc.heading(t.heading("corridors"));
        PdfPTable table = l.table(2.6f, 1.2f, 1.2f, 1, 1, 1, 1, 1.3f, 0.8f);
        table.setHeaderRows(1);
        for (String h : List.of("Corridor", "Baseline m³/day", "Last " + f.definitions().currentWindowDays()
                + " days m³/day", "% of baseline", "Incidents", "Tankers destroyed", "Killed", "Last attack",
                "Days since")) {
            table.addCell(h.equals("Corridor") ? l.header(h) : l.headerRight(h));
        }
        for (CorridorSummary c : f.corridors()) {
            table.addCell(l.corridor(c.name(), c.colour()));
            table.addCell(l.number(whole(c.baselineM3PerDay()), l.small));
            table.addCell(l.number(whole(c.currentM3PerDay()), l.small));
            table.addCell(l.number(c.pctOfBaseline() == null ? "–" : whole(c.pctOfBaseline()) + "%", l.smallBold));
            table.addCell(l.number(String.valueOf(c.incidents()), l.small));
            table.addCell(l.number(String.valueOf(c.tankersDestroyed()), l.small));
            table.addCell(l.number(String.valueOf(c.fatalities()), l.small));
            table.addCell(l.number(c.lastAttack() == null ? "none" : date(c.lastAttack()), l.small));
            table.addCell(l.number(c.daysSinceLastAttack() == null ? "–" : c.daysSinceLastAttack().toString(),
                    l.small));
        }
        doc.add(table);
        doc.add(l.paragraph("Incidents, tankers destroyed and deaths since " + date(f.definitions().blockadeStart())
                + ". Days since: from the last incident on the corridor to the as-of date.", l.smallMuted, 2));
    }

    void incidents() {
        doc.newPage();
        doc.heading(t.heading("map"));
        var map = f.map();
        String marks = map.aggregated()
                ? " incidents since " + date(f.definitions().blockadeStart()) + " grouped by corridor in squares of "
                        + degrees(map.cellDegrees()) + "° (about " + whole(map.cellDegrees() * 111)
                        + " km): each circle stands for one corridor's incidents in one square, at their mean "
                        + "position, its number is how many they are, and its area grows with the tankers they "
                        + "destroyed; a hollow circle destroyed none."
                : " incidents since " + date(f.definitions().blockadeStart()) + " placed at their coordinates: the "
                        + "circle's area grows with the tankers destroyed; a hollow circle is an incident that "
                        + "destroyed none.";
        doc.add(l.paragraph("Routes of each corridor to Bamako, and the " + map.incidentsPlaced() + marks
                + (map.incidentsWithoutPlace() > 0 ? " " + map.incidentsWithoutPlace()
                        + " incidents without coordinates are not shown." : "")
                + " Borders are simplified.", l.small, 2));
        doc.chart(ChartKind.MAP);
        doc.heading(t.heading("incidents"), ChartKind.WEEKLY_INCIDENTS.height() + 20);
        doc.add(l.paragraph("Incidents per week (weeks start on Monday), stacked by corridor.", l.small, 2));
        doc.chart(ChartKind.WEEKLY_INCIDENTS);

        doc.heading(t.heading("recentIncidents"));
        List<TimelineEntry> recent = f.recentIncidents();
        PdfPTable table = l.table(1.3f, 0.9f, 3, 1.3f, 1.1f, 4, 0.6f);
        table.setHeaderRows(1);
        for (String h : List.of("Date", "Corridor", "Place", "Type", "Destroyed", "Notes", "Src")) {
            table.addCell(h.equals("Destroyed") ? l.headerRight(h) : l.header(h));
        }
        for (TimelineEntry e : recent) {
            table.addCell(l.data(date(e.date()), l.small));
            table.addCell(l.data(e.corridor(), l.small));
            table.addCell(l.data(e.title(), l.small));
            table.addCell(l.data(e.category().replace('_', ' '), l.small));
            table.addCell(l.number(Objects.toString(e.tankersDestroyed(), ""), l.smallBold));
            table.addCell(l.data(e.detail(), l.small));
            table.addCell(l.data(ref(e.sourceNumber()), l.smallMuted));
        }
        doc.add(table);
    }

    void timeline() {
        doc.newPage();
        doc.heading(t.heading("timeline"));
        long incidents = f.timeline().stream().filter(e -> e.kind().equals("incident")).count();
        String attacks = f.attacksByWeek()
                ? "Events by kind, and in the top lane every incident since " + date(f.definitions().baseline().from())
                        + " by week: one grey circle per week, its area growing with all the tankers destroyed that "
                        + "week (the weekly chart splits them by corridor); bars are events lasting "
                        + "several days, red numbers the key dates of the supply chart. The table below lists the "
                        + "events and the " + incidents + " most destructive incidents with their sources."
                : "Events by kind and the " + incidents + " most destructive incidents since "
                        + date(f.definitions().baseline().from()) + " (top lane, circles sized by tankers destroyed, "
                        + "in the corridor colour); bars are events lasting several days, red numbers the key dates "
                        + "of the supply chart. The table below lists each of them with its source; the map and the "
                        + "weekly chart show every incident.";
        doc.add(l.paragraph(attacks, l.small, 2));
        doc.chart(ChartKind.TIMELINE);
        PdfPTable table = l.table(1.3f, 1.45f, 3.2f, 5, 0.6f);
        table.setHeaderRows(1);
        for (String h : List.of("Date", "Kind", "What", "Detail", "Src")) {
            table.addCell(l.header(h));
        }
        for (TimelineEntry e : f.timeline()) {
            String when = e.endDate() == null ? date(e.date()) : date(e.date()) + " – " + date(e.endDate());
            boolean incident = e.kind().equals("incident");
            table.addCell(l.data(when, l.small));
            table.addCell(l.data(incident ? e.corridor() + " attack" : e.category(), incident ? l.smallBold : l.small));
            String what = incident ? e.title() + (e.tankersDestroyed() != null && e.tankersDestroyed() > 0
                    ? " — " + e.tankersDestroyed() + " tankers destroyed" : "") : e.title();
            table.addCell(l.data(what, incident ? l.smallBold : l.small));
            table.addCell(l.data(e.detail(), l.small));
            table.addCell(l.data(ref(e.sourceNumber()), l.smallMuted));
        }
        doc.add(table);
    }

    private String corridorName(String code) {
        return f.corridors().stream().filter(c -> c.corridor().equals(code)).map(CorridorSummary::name).findFirst()
                .orElse(code);
    }

    /** Degrees as configured, without trailing zeros: 0.25, 0.5, 1. */
    static String degrees(double degrees) {
        return java.math.BigDecimal.valueOf(degrees).stripTrailingZeros().toPlainString();
    }

    /** A source note number as printed in the Src column. */
    static String ref(Integer number) {
        return number == null ? "" : "[" + number + "]";
    }
}
