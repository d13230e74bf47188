package org.fuelwatch.briefing;

import static org.fuelwatch.briefing.TemplateModel.oneDecimal;
import static org.fuelwatch.briefing.TemplateModel.whole;

import java.util.List;
import java.util.Objects;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.FiguresComparison;
import org.fuelwatch.figures.FiguresComparison.Change;
import org.fuelwatch.figures.Figures.TimelineEntry;
import org.openpdf.text.pdf.PdfPTable;

/** What changed since the previous briefing in the same output folder, or a line saying there is none. */
final class ChangesSection {

    private final BriefingDocument doc;
    private final Layout l;
    private final Figures f;
    private final FiguresComparison changes;
    private final BriefingTemplates t;
    private final Wording w;

    ChangesSection(BriefingDocument doc, Figures figures, BriefingTemplates templates) {
        this.doc = doc;
        this.l = doc.layout();
        this.f = figures;
        this.changes = figures.changes();
        this.t = templates;
        this.w = templates.wording();
    }

    void write() {
        doc.heading(t.heading("changes"));
        if (changes == null) {
            doc.add(l.paragraph(w.say("changes.none", "date", w.date(f.asOf())), l.body, 4));
            return;
        }
        String since = w.date(changes.previousAsOf());
        List<TimelineEntry> added = changes.newIncidents();
        long count = changes.newIncidentCount();
        String counted = count == 0 ? w.word("changes.noNew") : w.count(count, "newIncident");
        String listed = added.isEmpty() || added.size() == count ? ""
                : w.say("changes.listed", "count", added.size());
        doc.add(l.paragraph(w.say("changes.compared", "since", since, "counted", counted, "listed", listed), l.body,
                4));
        PdfPTable table = l.table(5, 1.6f, 1.6f, 1.6f);
        table.setHeaderRows(1);
        table.addCell(l.header(w.word("col.keyFigure")));
        table.addCell(l.headerRight(w.say("col.asOf", "date", since)));
        table.addCell(l.headerRight(w.say("col.asOf", "date", w.date(f.asOf()))));
        table.addCell(l.headerRight(w.word("col.change")));
        for (Change c : changes.changes()) {
            table.addCell(l.data(label(c), l.small));
            table.addCell(l.number(format(c.previous(), c.unit()), l.small));
            table.addCell(l.number(format(c.now(), c.unit()), l.smallBold));
            table.addCell(l.number(change(c, w), l.small));
        }
        doc.add(table);
        if (added.isEmpty()) {
            return;
        }
        doc.add(l.paragraph(t.heading("newIncidents"), l.subheading, 2));
        PdfPTable incidents = l.table(1.3f, 0.9f, 4, 1.3f, 1.1f, 0.6f);
        incidents.setHeaderRows(1);
        for (String h : List.of("date", "corridorCode", "place", "type", "destroyed", "src")) {
            incidents.addCell(h.equals("destroyed") ? l.headerRight(w.word("col." + h)) : l.header(w.word("col." + h)));
        }
        for (TimelineEntry e : added) {
            incidents.addCell(l.data(w.tableDate(e.date()), l.small));
            incidents.addCell(l.data(e.corridor(), l.small));
            incidents.addCell(l.data(t.names().place(e.title()), l.small));
            incidents.addCell(l.data(BriefingSections.incidentType(w, e.category()), l.small));
            incidents.addCell(l.number(Objects.toString(e.tankersDestroyed(), ""), l.smallBold));
            incidents.addCell(l.data(e.sourceNumber() == null ? "" : "[" + e.sourceNumber() + "]", l.smallMuted));
        }
        doc.add(incidents);
    }

    /** A key figure in words; a route's or corridor's figure names it. */
    private String label(Change c) {
        if (c.subject() == null) {
            return w.word("change." + c.key());
        }
        String corridor = f.corridors().stream().filter(k -> k.corridor().equals(c.subject()))
                .map(k -> t.names().corridor(k.corridor(), k.name())).findFirst().orElse(c.subject());
        var share = f.routeShare();
        return c.key().equals("routeShare")
                ? w.say("change.routeShare", "route", t.names().route(share.route(), share.routeName()), "corridor",
                        t.names().corridor(share.corridor(), share.corridorName()))
                : w.say("change." + c.key(), "corridor", corridor);
    }

    private static String format(Double value, String unit) {
        if (value == null) {
            return "–";
        }
        return switch (unit) {
            case "pct" -> oneDecimal(value) + "%";
            default -> whole(value);
        };
    }

    private static String change(Change c, Wording w) {
        Double d = c.difference();
        if (d == null) {
            return "–";
        }
        if (c.unit().equals("pct") ? oneDecimal(Math.abs(d)).equals("0.0") : whole(Math.abs(d)).equals("0")) {
            return w.word("change.none");
        }
        String magnitude = c.unit().equals("pct") ? w.say("points", "n", oneDecimal(Math.abs(d)))
                : whole(Math.abs(d));
        return (d < 0 ? "−" : "+") + magnitude;
    }
}
