package org.fuelwatch.briefing;

import static org.fuelwatch.briefing.TemplateModel.date;
import static org.fuelwatch.briefing.TemplateModel.oneDecimal;
import static org.fuelwatch.briefing.TemplateModel.whole;

import java.util.List;
import java.util.Objects;

import org.fuelwatch.charts.ChartKind;
import org.fuelwatch.charts.SupplyChart;
import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.Figures.ClaimComparison;
import org.fuelwatch.figures.Figures.Count;
import org.fuelwatch.figures.Figures.CorridorSummary;
import org.fuelwatch.figures.Figures.TimelineEntry;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
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
        titleBlock();
        keyJudgements();
        keyFigures();
        corridors();
        supply();
        routes();
        incidents();
        timeline();
        claims();
        method();
        dataNote();
        sources();
    }

    void titleBlock() {
        doc.add(l.paragraph(t.text("title"), l.title, 2));
        doc.add(l.paragraph(t.text("subtitle"), l.subtitle, 2));
        doc.add(l.paragraph(t.text("distribution"), l.smallMuted, 6));
    }

    void keyJudgements() {
        doc.heading(t.heading("summary"));
        for (String paragraph : t.text("summary").split("\\n\\s*\\n")) {
            doc.add(l.paragraph(paragraph.strip(), l.body, 4));
        }
        String note = t.text("analyst-note");
        if (!note.isBlank()) {
            doc.add(l.paragraph(note, l.body, 4));
        }
    }

    void keyFigures() {
        doc.heading(t.heading("keyFigures"));
        var cut = f.supplyCut();
        var share = f.routeShare();
        var totals = f.totals();
        PdfPTable panel = l.table(1, 1, 1);
        panel.addCell(figureCell("−" + whole(cut.cutPct()) + "%", "fuel reaching Bamako at the worst of the blockade ("
                + date(cut.worstWindow().from()) + " – " + date(cut.worstWindow().to()) + ") against the baseline"));
        panel.addCell(figureCell(whole(share.sharePct()) + "%", "of the fuel from " + share.corridorName() + " came by the "
                + share.routeName() + " since " + date(share.period().from())));
        panel.addCell(figureCell(whole(cut.currentPctOfBaseline()) + "%", "of baseline supply in the last "
                + f.definitions().currentWindowDays() + " days (" + whole(cut.currentM3PerDay()) + " m³/day)"));
        panel.addCell(countCell(totals.last7Days(), "last 7 days"));
        panel.addCell(countCell(totals.last30Days(), "last 30 days"));
        panel.addCell(countCell(totals.sinceBlockade(), "since " + date(f.definitions().blockadeStart())));
        doc.add(panel);

    }

    private PdfPCell figureCell(String value, String caption) {
        PdfPTable inner = l.table(1);
        inner.addCell(l.text(value, l.figure));
        inner.addCell(l.text(caption, l.small));
        PdfPCell cell = new PdfPCell(inner);
        cell.setBackgroundColor(Layout.PANEL);
        cell.setBorder(Rectangle.BOX);
        cell.setBorderColor(java.awt.Color.WHITE);
        cell.setBorderWidth(3);
        cell.setPadding(6);
        return cell;
    }

    private PdfPCell countCell(Count count, String when) {
        return figureCell(count.incidents() + " / " + count.tankersDestroyed(),
                "incidents / tankers destroyed, " + when + " (" + count.fatalities() + " killed)");
    }

    void supply() {
        doc.newPage();
        doc.heading(t.heading("supply"));
        var cut = f.supplyCut();
        doc.add(l.paragraph("Total fuel reaching Bamako each day (bars) with its " + f.definitions().worstWindowDays()
                + "-day mean (line), against the mean of " + date(f.definitions().baseline().from()) + " – "
                + date(f.definitions().baseline().to()) + " (dashed, " + whole(cut.baselineM3PerDay())
                + " m³/day). The shaded band is the worst " + f.definitions().worstWindowDays() + " days.",
                l.small, 2));
        doc.chart(ChartKind.SUPPLY);
        List<TimelineEntry> markers = SupplyChart.markers(f);
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
                key.addCell(l.data(marker.marker() + " — " + marker.title(), l.small));
            }
            doc.add(key);
        }
    }

    void routes() {
        doc.heading(t.heading("routes"));
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
            table.addCell(l.data(c.name(), l.small));
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
        doc.heading(t.heading("incidents"));
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
        PdfPTable table = l.table(1.3f, 1.2f, 3.2f, 5, 0.6f);
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

    void claims() {
        doc.heading(t.heading("claims"));
        doc.add(l.paragraph("Each figure reported by a source, as quoted, beside the figure FuelWatch computes from "
                + "its data on the same measure and period. Difference = computed − reported.", l.small, 4));
        PdfPTable table = l.table(2.2f, 3.6f, 1.1f, 1.1f, 2, 1, 0.6f);
        table.setHeaderRows(1);
        for (String h : List.of("Measure", "Reported (quote)", "Reported", "Computed", "Computed over", "Difference",
                "Src")) {
            table.addCell(h.equals("Reported") || h.equals("Computed") || h.equals("Difference") ? l.headerRight(h)
                    : l.header(h));
        }
        for (ClaimComparison c : f.claims()) {
            table.addCell(l.data(c.measure().replace('_', ' '), l.small));
            table.addCell(l.data("“" + c.claimText() + "” — " + c.source() + ", " + date(c.sourceDate()), l.small));
            table.addCell(l.number(value(c.claimedValue(), c.unit()), l.smallBold));
            table.addCell(l.number(c.computedValue() == null ? "–" : value(c.computedValue(), c.unit()), l.smallBold));
            table.addCell(l.data(c.computedOver(), l.small));
            table.addCell(l.number(c.difference() == null ? "–" : signed(c.difference(), c.unit()), l.small));
            table.addCell(l.data(ref(c.sourceNumber()), l.smallMuted));
        }
        doc.add(table);
    }

    void method() {
        doc.heading(t.heading("method"));
        var d = f.definitions();
        List<String> lines = List.of(
                "Supply reaching Bamako: the sum of volume_m3 over all routes for each calendar day; a day with no "
                        + "rows counts as zero.",
                "Baseline: the mean daily supply from " + date(d.baseline().from()) + " to " + date(d.baseline().to())
                        + " (before the blockade).",
                "Supply cut at the worst of the blockade: 100 × (1 − lowest " + d.worstWindowDays() + "-day trailing "
                        + "mean ÷ baseline), over windows lying wholly between " + date(d.blockadeStart())
                        + " (blockade start) and the as-of date.",
                "Supply now: the mean daily supply over the last " + d.currentWindowDays() + " days up to the as-of "
                        + "date (" + date(d.current().from()) + " – " + date(d.current().to()) + "), against the baseline.",
                "Route share: 100 × fuel on route " + d.shareRoute() + " ÷ fuel on all routes of corridor "
                        + d.shareCorridor() + ", from " + date(d.blockadeStart()) + " to the as-of date.",
                "Incidents, tankers destroyed and deaths: counts and sums of the incident rows in each window; "
                        + "days since the last attack run from the corridor's latest incident to the as-of date.",
                "Weeks start on Monday. All windows are inclusive of both ends. The windows are set in application.yml "
                        + "(fuelwatch.figures).");
        PdfPTable table = l.table(1);
        for (String line : lines) {
            PdfPCell cell = l.text("• " + line, l.small);
            cell.setPaddingBottom(3);
            table.addCell(cell);
        }
        doc.add(table);
    }

    void dataNote() {
        doc.heading(t.heading("dataNote"));
        doc.add(l.paragraph(t.text("data-note"), l.body, 4));
        PdfPTable table = l.table(4, 1, 1, 1, 1, 1);
        table.setHeaderRows(1);
        table.addCell(l.header("Input file"));
        for (String h : List.of("Read", "New", "Updated", "Unchanged", "Rejected")) {
            table.addCell(l.headerRight(h));
        }
        for (Figures.FileCount file : f.files()) {
            table.addCell(l.data(file.problem() == null ? file.file() : file.file() + " — NOT USED: " + file.problem(),
                    file.problem() == null ? l.small : l.smallBold));
            table.addCell(l.number(whole(file.read()), l.small));
            table.addCell(l.number(whole(file.added()), l.small));
            table.addCell(l.number(whole(file.updated()), l.small));
            table.addCell(l.number(whole(file.duplicates()), l.small));
            table.addCell(l.number(whole(file.rejected()), file.rejected() > 0 ? l.smallBold : l.small));
        }
        doc.add(table);
    }

    void sources() {
        doc.heading(t.heading("sources"));
        PdfPTable table = l.table(0.5f, 9);
        for (Figures.SourceNote note : f.sources()) {
            table.addCell(l.text("[" + note.number() + "]", l.smallBold));
            table.addCell(l.text(note.source() + (note.url() == null ? "" : " — " + note.url()), l.small));
        }
        doc.add(table);
    }

    private static String ref(Integer number) {
        return number == null ? "" : "[" + number + "]";
    }

    private static String value(double v, String unit) {
        return switch (unit) {
            case "pct" -> oneDecimal(v) + "%";
            case "m3" -> whole(v) + " m³";
            default -> v == Math.rint(v) ? whole(v) : oneDecimal(v);
        };
    }

    private static String signed(double v, String unit) {
        String text = value(Math.abs(v), unit);
        return (v < 0 ? "−" : "+") + (unit.equals("pct") ? text.replace("%", " pts") : text);
    }
}
