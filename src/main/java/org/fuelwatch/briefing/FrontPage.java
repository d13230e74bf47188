package org.fuelwatch.briefing;

import static org.fuelwatch.briefing.TemplateModel.whole;

import java.awt.Color;
import java.util.List;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.Figures.Count;
import org.fuelwatch.figures.Figures.CorridorSummary;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * Page 1, laid out like a situation report: the marking banner, title and period, key judgements, the key figures
 * and how long each corridor has been free of attacks.
 */
final class FrontPage {

    private final BriefingDocument doc;
    private final Layout l;
    private final Figures f;
    private final BriefingTemplates t;
    private final Wording w;

    FrontPage(BriefingDocument doc, Figures figures, BriefingTemplates templates) {
        this.doc = doc;
        this.l = doc.layout();
        this.f = figures;
        this.t = templates;
        this.w = templates.wording();
    }

    void write() {
        titleBlock();
        staleDataNotice();
        keyJudgements();
        keyFigures();
        corridorStatus();
    }

    void titleBlock() {
        PdfPTable banner = l.table(1);
        PdfPCell marking = l.text(t.text("marking"), l.marking);
        marking.setHorizontalAlignment(Element.ALIGN_CENTER);
        marking.setBorder(Rectangle.BOX);
        marking.setBorderColor(Layout.ALERT);
        marking.setBorderWidth(1f);
        marking.setPadding(4);
        banner.addCell(marking);
        banner.setSpacingAfter(12);
        doc.add(banner);

        doc.add(l.paragraph(t.heading("kicker").toUpperCase(TemplateModel.LOCALE), l.kicker, 0));
        doc.add(l.paragraph(t.text("title"), l.title, 2));
        doc.add(l.paragraph(t.text("subtitle"), l.subtitle, 1));
        doc.add(l.paragraph(t.text("distribution"), l.smallMuted, 4));
        doc.add(l.rule(Layout.ACCENT, 1.5f, 6));
    }

    /** Says, before anything else, that the figures are old when the newest data is older than the threshold. */
    void staleDataNotice() {
        String notice = t.text("stale-data");
        if (notice.isBlank()) {
            return; // the template prints nothing while the data is fresh
        }
        PdfPTable box = l.table(1);
        PdfPCell cell = l.text(notice, l.bodyBold);
        cell.setLeading(0, 1.3f);
        cell.setBorder(Rectangle.BOX);
        cell.setBorderColor(Layout.ALERT);
        cell.setBorderWidth(1.5f);
        cell.setPadding(6);
        cell.setBackgroundColor(Layout.ALERT_TINT);
        box.addCell(cell);
        box.setSpacingAfter(4);
        doc.add(box);
    }

    void keyJudgements() {
        doc.heading(t.heading("summary"));
        PdfPTable bullets = l.table(0.25f, 9.75f);
        for (String paragraph : t.text("summary").split("\\n\\s*\\n")) {
            bullets.addCell(l.bullet());
            PdfPCell text = l.text(paragraph.strip(), l.body);
            text.setLeading(0, 1.3f);
            text.setPaddingBottom(5);
            bullets.addCell(text);
        }
        doc.add(bullets);
        String note = t.text("analyst-note");
        if (!note.isBlank()) {
            PdfPTable box = l.table(1);
            PdfPCell cell = l.text(note, l.body);
            cell.setLeading(0, 1.3f);
            cell.setBorder(l.startEdge());
            cell.setBorderColor(Layout.ACCENT);
            cell.setBorderWidth(2.5f);
            cell.setPadding(6);
            cell.setBackgroundColor(Layout.PANEL);
            box.addCell(cell);
            box.setSpacingBefore(2);
            doc.add(box);
        }
    }

    void keyFigures() {
        doc.heading(t.heading("keyFigures"));
        var cut = f.supplyCut();
        var share = f.routeShare();
        var totals = f.totals();
        PdfPTable panel = l.table(1, 1, 1);
        panel.addCell(tile("−" + whole(cut.cutPct()) + "%", w.word("tile.cut"),
                w.say("tile.cut.caption", "from", w.date(cut.worstWindow().from()), "to",
                        w.date(cut.worstWindow().to()), "baseline", whole(cut.baselineM3PerDay()))));
        panel.addCell(tile(whole(cut.currentPctOfBaseline()) + "%", w.word("tile.now"),
                w.say("tile.now.caption", "m3", whole(cut.currentM3PerDay()), "days",
                        f.definitions().currentWindowDays(), "to", w.date(f.asOf()))));
        panel.addCell(tile(whole(share.sharePct()) + "%", w.say("tile.share", "route", t.names().route(
                share.route(), share.routeName())), w.say("tile.share.caption", "corridor",
                        t.names().corridor(share.corridor(), share.corridorName()), "from",
                        w.date(share.period().from()))));
        panel.addCell(countTile(totals.last7Days(), w.word("tile.last7")));
        panel.addCell(countTile(totals.last30Days(), w.word("tile.last30")));
        panel.addCell(countTile(totals.sinceBlockade(), w.say("tile.since", "date",
                w.date(f.definitions().blockadeStart()))));
        doc.add(panel);
    }

    private PdfPCell tile(String value, String label, String caption) {
        PdfPTable inner = l.table(1);
        PdfPCell head = l.text(label.toUpperCase(TemplateModel.LOCALE), l.tileLabel);
        head.setPaddingBottom(0);
        inner.addCell(head);
        PdfPCell figure = l.text(value, l.figure);
        figure.setPaddingTop(0);
        figure.setPaddingBottom(1);
        inner.addCell(figure);
        inner.addCell(l.text(caption, l.small));
        PdfPCell cell = new PdfPCell(inner);
        cell.setBackgroundColor(Layout.PANEL);
        cell.setBorder(Rectangle.BOX);
        cell.setBorderColor(Color.WHITE);
        cell.setBorderWidth(3);
        cell.setPadding(6);
        return cell;
    }

    private PdfPCell countTile(Count count, String when) {
        return tile(count.incidents() + " / " + count.tankersDestroyed(), w.word("tile.count"),
                w.say("tile.count.caption", "when", when, "killed", w.count(count.fatalities(), "person"))
                        + (count.withoutTankerCount() == 0 ? "" : w.say("tile.count.unreported", "attacks",
                                w.count(count.withoutTankerCount(), "attack"))));
    }

    /** One tile per corridor: days since its last attack, with the corridor's colour along its starting edge. */
    void corridorStatus() {
        List<CorridorSummary> corridors = f.corridors();
        if (corridors.isEmpty()) {
            return;
        }
        PdfPTable heading = l.paragraph(t.heading("daysSince"), l.subheading, 2);
        heading.setSpacingBefore(6);
        heading.setSpacingAfter(4);
        doc.add(heading);
        float[] widths = new float[corridors.size()];
        java.util.Arrays.fill(widths, 1f);
        PdfPTable strip = l.table(widths);
        for (CorridorSummary c : corridors) {
            PdfPTable inner = l.table(1);
            inner.addCell(l.text(t.names().corridor(c.corridor(), c.name()), l.smallBold));
            Long days = c.daysSinceLastAttack();
            inner.addCell(l.text(days == null ? w.word("none") : w.count(days, "day"), l.figureSmall));
            inner.addCell(l.text(c.lastAttack() == null ? w.say("days.noAttack", "date",
                    w.date(f.definitions().blockadeStart())) : w.say("days.lastAttack", "date",
                    w.date(c.lastAttack())), l.smallMuted));
            PdfPCell cell = new PdfPCell(inner);
            cell.setBorder(l.startEdge());
            cell.setBorderColor(Color.decode(c.colour()));
            cell.setBorderWidth(4);
            cell.setBackgroundColor(Layout.PANEL);
            cell.setPadding(5);
            strip.addCell(cell);
        }
        strip.setSpacingAfter(4);
        doc.add(strip);
    }
}
