package org.fuelwatch.briefing;

import static org.fuelwatch.briefing.TemplateModel.date;
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

    ChangesSection(BriefingDocument doc, Figures figures, BriefingTemplates templates) {
        this.doc = doc;
        this.l = doc.layout();
        this.f = figures;
        this.changes = figures.changes();
        this.t = templates;
    }

    void write() {
        doc.heading(t.heading("changes"));
        if (changes == null) {
            doc.add(l.paragraph("There is no previous briefing before " + date(f.asOf()) + " in the output folder to "
                    + "compare with; the next briefing will list what changed since this one.", l.body, 4));
            return;
        }
        String since = date(changes.previousAsOf());
        List<TimelineEntry> added = changes.newIncidents();
        long count = changes.newIncidentCount();
        String counted = count == 0 ? "no new incident"
                : count + (count == 1 ? " new incident" : " new incidents");
        String listed = added.isEmpty() || added.size() == count ? ""
                : "; the " + added.size() + " dated after it among the most recent and most destructive are listed below";
        doc.add(l.paragraph("Compared with the briefing as of " + since + ": " + counted
                + " since the blockade began (dated after " + since + ", or reported late)" + listed + ".", l.body,
                4));
        PdfPTable table = l.table(5, 1.6f, 1.6f, 1.6f);
        table.setHeaderRows(1);
        table.addCell(l.header("Key figure"));
        table.addCell(l.headerRight("As of " + since));
        table.addCell(l.headerRight("As of " + date(f.asOf())));
        table.addCell(l.headerRight("Change"));
        for (Change c : changes.changes()) {
            table.addCell(l.data(c.label(), l.small));
            table.addCell(l.number(format(c.previous(), c.unit()), l.small));
            table.addCell(l.number(format(c.now(), c.unit()), l.smallBold));
            table.addCell(l.number(change(c), l.small));
        }
        doc.add(table);
        if (added.isEmpty()) {
            return;
        }
        doc.add(l.paragraph(t.heading("newIncidents"), l.subheading, 2));
        PdfPTable incidents = l.table(1.3f, 0.9f, 4, 1.3f, 1.1f, 0.6f);
        incidents.setHeaderRows(1);
        for (String h : List.of("Date", "Corridor", "Place", "Type", "Destroyed", "Src")) {
            incidents.addCell(h.equals("Destroyed") ? l.headerRight(h) : l.header(h));
        }
        for (TimelineEntry e : added) {
            incidents.addCell(l.data(date(e.date()), l.small));
            incidents.addCell(l.data(e.corridor(), l.small));
            incidents.addCell(l.data(e.title(), l.small));
            incidents.addCell(l.data(e.category().replace('_', ' '), l.small));
            incidents.addCell(l.number(Objects.toString(e.tankersDestroyed(), ""), l.smallBold));
            incidents.addCell(l.data(e.sourceNumber() == null ? "" : "[" + e.sourceNumber() + "]", l.smallMuted));
        }
        doc.add(incidents);
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

    private static String change(Change c) {
        Double d = c.difference();
        if (d == null) {
            return "–";
        }
        String magnitude = c.unit().equals("pct") ? oneDecimal(Math.abs(d)) + " pts" : whole(Math.abs(d));
        if (magnitude.equals("0.0 pts") || magnitude.equals("0")) {
            return "no change";
        }
        return (d < 0 ? "−" : "+") + magnitude;
    }
}
