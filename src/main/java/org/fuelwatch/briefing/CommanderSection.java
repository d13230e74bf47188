package org.fuelwatch.briefing;

import static org.fuelwatch.briefing.TemplateModel.period;

import java.util.List;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.Figures.ProfileEntry;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The commander of the operation: an introduction from the commander template, then the dated career as the events
 * data hold it (the rows naming the configured person), with sources.
 */
final class CommanderSection {

    private final BriefingDocument doc;
    private final Layout l;
    private final Figures.Profile profile;
    private final BriefingTemplates t;

    CommanderSection(BriefingDocument doc, Figures figures, BriefingTemplates templates) {
        this.doc = doc;
        this.l = doc.layout();
        this.profile = figures.commander();
        this.t = templates;
    }

    void write() {
        doc.heading(t.heading("commander"));
        if (profile.career().isEmpty()) {
            doc.add(l.paragraph(t.wording().say("commander.none", "person", t.names().person(profile.person())),
                    l.body, 4));
            return;
        }
        doc.add(l.paragraph(t.text("commander"), l.body, 6));
        PdfPTable table = l.table(1.4f, 2.8f, 6, 1.6f, 0.6f);
        table.setHeaderRows(1);
        for (String h : List.of("when", "role", "detail", "where", "src")) {
            table.addCell(l.header(t.wording().word("col." + h)));
        }
        for (ProfileEntry e : profile.career()) {
            boolean appointment = e == profile.appointment();
            table.addCell(l.data(period(e.date(), e.endDate(), t.wording()), appointment ? l.smallBold : l.small));
            table.addCell(l.data(t.names().text(e.title()), l.smallBold));
            table.addCell(l.data(t.names().text(e.description()), l.small));
            table.addCell(l.data(t.names().place(e.location()), l.small));
            table.addCell(l.data(e.sourceNumber() == null ? "" : "[" + e.sourceNumber() + "]", l.smallMuted));
        }
        doc.add(table);
    }
}
