package org.fuelwatch.briefing;

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
    private final Wording w;
    private final Names n;


    BriefingSections(BriefingDocument doc, Figures figures, BriefingTemplates templates) {
        this.doc = doc;
        this.l = doc.layout();
        this.f = figures;
        this.t = templates;
        this.w = templates.wording();
        this.n = templates.names();
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
        doc.add(l.paragraph(w.say("supply.caption", "days", f.definitions().worstWindowDays(), "from",
                w.date(f.definitions().baseline().from()), "to", w.date(f.definitions().baseline().to()),
                "baseline", whole(cut.baselineM3PerDay())), l.small, 2));
        doc.chart(ChartKind.SUPPLY);
        if (!markers.isEmpty()) {
            PdfPTable key = l.table(0.4f, 1.4f, 6);
            key.setHeaderRows(1);
            key.addCell(l.header("#"));
            key.addCell(l.header(w.word("col.date")));
            key.addCell(l.header(t.heading("supplyMarkers")));
            int number = 1;
            for (TimelineEntry marker : markers) {
                key.addCell(l.data(String.valueOf(number++), l.smallBold));
                key.addCell(l.data(w.tableDate(marker.date()), l.small));
                key.addCell(l.data(marker.marker() != null ? w.say("marker.event", "marker", n.text(marker.marker()),
                        "title", n.text(marker.title())) : w.say("marker.attack", "corridor",
                        corridorName(marker.corridor()), "title", n.place(marker.title()), "tankers",
                        w.count(marker.tankersDestroyed(), "tanker")), l.small));
            }
            doc.add(key);
        }
    }

    void corridorSupply() {
        doc.heading(t.heading("corridorSupply"), ChartKind.CORRIDOR_SUPPLY.height() + 20);
        doc.add(l.paragraph(w.say("corridorSupply.caption", "days", f.definitions().worstWindowDays()), l.small,
                2));
        doc.chart(ChartKind.CORRIDOR_SUPPLY);
    }

    void routes() {
        doc.heading(t.heading("routes"), ChartKind.ROUTE_SHARE.height() + 20);
        doc.add(l.paragraph(w.say("routes.caption", "from", w.date(f.routeShare().period().from()), "to",
                w.date(f.routeShare().period().to())), l.small, 2));
        doc.chart(ChartKind.ROUTE_SHARE);
    }

    void corridors() {
        doc.heading(t.heading("corridors"));
        PdfPTable table = l.table(2.6f, 1.2f, 1.2f, 1, 1, 1, 1, 1.3f, 0.8f);
        table.setHeaderRows(1);
        table.addCell(l.header(w.word("col.corridor")));
        for (String h : List.of(w.word("col.baseline"), w.say("col.lastDays", "days",
                f.definitions().currentWindowDays()), w.word("col.pctBaseline"), w.word("col.incidents"),
                w.word("col.tankersDestroyed"), w.word("col.killed"), w.word("col.lastAttack"),
                w.word("col.daysSince"))) {
            table.addCell(l.headerRight(h));
        }
        for (CorridorSummary c : f.corridors()) {
            table.addCell(l.corridor(n.corridor(c.corridor(), c.name()), c.colour()));
            table.addCell(l.number(whole(c.baselineM3PerDay()), l.small));
            table.addCell(l.number(whole(c.currentM3PerDay()), l.small));
            table.addCell(l.number(c.pctOfBaseline() == null ? "–" : whole(c.pctOfBaseline()) + "%", l.smallBold));
            table.addCell(l.number(String.valueOf(c.incidents()), l.small));
            table.addCell(l.number(String.valueOf(c.tankersDestroyed()), l.small));
            table.addCell(l.number(String.valueOf(c.fatalities()), l.small));
            table.addCell(l.number(c.lastAttack() == null ? w.word("none") : w.tableDate(c.lastAttack()), l.small));
            table.addCell(l.number(c.daysSinceLastAttack() == null ? "–" : c.daysSinceLastAttack().toString(),
                    l.small));
        }
        doc.add(table);
        doc.add(l.paragraph(w.say("corridors.note", "date", w.date(f.definitions().blockadeStart())), l.smallMuted,
                2));
    }

    void incidents() {
        doc.newPage();
        doc.heading(t.heading("map"));
        var map = f.map();
        String unplaced = map.incidentsWithoutPlace() > 0
                ? " " + w.say("map.unplaced", "incidents", w.count(map.incidentsWithoutPlace(), "incident")) : "";
        // said only when such a mark is drawn; the templates' {unplaced} carries both notes
        String unknown = map.marks().stream().anyMatch(Figures.MapMark::countUnknown) ? " " + w.word("map.unknown")
                : "";
        doc.add(l.paragraph(map.aggregated()
                ? w.say("map.caption.grouped", "incidents", w.count(map.incidentsPlaced(), "incident"), "date",
                        w.date(f.definitions().blockadeStart()), "degrees", degrees(map.cellDegrees()), "km",
                        whole(map.cellDegrees() * 111), "unplaced", unknown + unplaced)
                : w.say("map.caption", "incidents", w.count(map.incidentsPlaced(), "incident"), "date",
                        w.date(f.definitions().blockadeStart()), "unplaced", unknown + unplaced), l.small, 2));
        doc.chart(ChartKind.MAP);
        doc.heading(t.heading("incidents"), ChartKind.WEEKLY_INCIDENTS.height() + 20);
        doc.add(l.paragraph(w.word("weekly.caption"), l.small, 2));
        doc.chart(ChartKind.WEEKLY_INCIDENTS);

        doc.heading(t.heading("recentIncidents"));
        List<TimelineEntry> recent = f.recentIncidents();
        PdfPTable table = l.table(1.3f, 0.9f, 3, 1.3f, 1.1f, 4, 0.6f);
        table.setHeaderRows(1);
        for (String h : List.of("date", "corridorCode", "place", "type", "destroyed", "notes", "src")) {
            table.addCell(h.equals("destroyed") ? l.headerRight(w.word("col." + h)) : l.header(w.word("col." + h)));
        }
        for (TimelineEntry e : recent) {
            table.addCell(l.data(w.tableDate(e.date()), l.small));
            table.addCell(l.data(e.corridor(), l.small));
            table.addCell(l.data(n.place(e.title()), l.small));
            table.addCell(l.data(incidentType(w, e.category()), l.small));
            table.addCell(l.number(Objects.toString(e.tankersDestroyed(), ""), l.smallBold));
            table.addCell(l.data(withAcled(e.detail(), e), l.small));
            table.addCell(l.data(ref(e.sourceNumber()), l.smallMuted));
        }
        doc.add(table);
    }

    void timeline() {
        doc.newPage();
        doc.heading(t.heading("timeline"));
        long incidents = f.timeline().stream().filter(e -> e.kind().equals("incident")).count();
        doc.add(l.paragraph(w.say(f.attacksByWeek() ? "timeline.caption.byWeek" : "timeline.caption", "incidents",
                incidents, "date", w.date(f.definitions().baseline().from())), l.small, 2));
        doc.chart(ChartKind.TIMELINE);
        PdfPTable table = l.table(1.3f, 1.45f, 3.2f, 5, 0.6f);
        table.setHeaderRows(1);
        for (String h : List.of("date", "kind", "what", "detail", "src")) {
            table.addCell(l.header(w.word("col." + h)));
        }
        for (TimelineEntry e : f.timeline()) {
            String when = e.endDate() == null ? w.tableDate(e.date())
                    : w.tableDate(e.date()) + " – " + w.tableDate(e.endDate());
            boolean incident = e.kind().equals("incident");
            table.addCell(l.data(when, l.small));
            table.addCell(l.data(incident ? w.say("timeline.attack", "corridor", e.corridor())
                    : eventCategory(w, e.category()), incident ? l.smallBold : l.small));
            String what = incident ? n.place(e.title()) + (e.tankersDestroyed() != null && e.tankersDestroyed() > 0
                    ? " — " + w.say("timeline.destroyed", "tankers", w.count(e.tankersDestroyed(), "tanker")) : "")
                    : n.text(e.title());
            table.addCell(l.data(what, incident ? l.smallBold : l.small));
            table.addCell(l.data(withAcled(n.text(e.detail()), e), l.small));
            table.addCell(l.data(ref(e.sourceNumber()), l.smallMuted));
        }
        doc.add(table);
    }

    /**
     * An own incident's notes, then the ACLED events merged into it, so that the row traces to both sources: two
     * paragraphs, since the notes are data, often in another language and direction than the edition.
     */
    private List<String> withAcled(String notes, TimelineEntry e) {
        if (e.acledEvents() == null) {
            return java.util.Collections.singletonList(notes);
        }
        String merged = w.say("incident.acled", "events", e.acledEvents().replace(" ", ", "));
        return notes == null || notes.isBlank() ? List.of(merged) : List.of(notes, merged);
    }

    private String corridorName(String code) {
        return f.corridors().stream().filter(c -> c.corridor().equals(code)).map(c -> n.corridor(code, c.name()))
                .findFirst().orElse(code);
    }

    /** An incident type in words: the edition's word for a conventional type, else the type as written. */
    static String incidentType(Wording w, String type) {
        return w.has("type." + type) ? w.word("type." + type) : type.replace('_', ' ');
    }

    /** An event category in words: the edition's word for it, else the category as written. */
    static String eventCategory(Wording w, String category) {
        return w.has("category." + category) ? w.word("category." + category) : category;
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
