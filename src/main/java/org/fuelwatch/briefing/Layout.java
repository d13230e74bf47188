package org.fuelwatch.briefing;

import java.awt.Color;

import org.fuelwatch.system.Fonts;
import org.fuelwatch.system.Fonts.Face;
import org.fuelwatch.system.Tlp;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The briefing's typography and the building blocks of its pages. All text goes through table cells with an explicit
 * run direction, so that Arabic is shaped and the layout can be turned right-to-left for an Arabic edition.
 */
final class Layout {

    static final Color INK = new Color(0x22, 0x2b, 0x36);
    static final Color MUTED = new Color(0x6b, 0x75, 0x80);
    static final Color RULE = new Color(0xd9, 0xdd, 0xe3);
    static final Color PANEL = new Color(0xf2, 0xf4, 0xf7);
    static final Color ACCENT = new Color(0x1f, 0x4e, 0x79);
    static final Color ALERT = new Color(0xc0, 0x39, 0x2b);
    static final Color ALERT_TINT = new Color(0xfb, 0xec, 0xea);

    final Font title;
    final Font subtitle;
    final Font heading;
    final Font body;
    final Font bodyBold;
    final Font small;
    final Font smallBold;
    final Font smallMuted;
    final Font figure;
    final Font marking;
    final Font kicker;
    final Font tileLabel;
    final Font figureSmall;
    final Font subheading;
    private final Font tlpBase;
    private final int runDirection;

    Layout(Fonts fonts, boolean rightToLeft) {
        title = new Font(fonts.pdf(Face.BOLD), 22, Font.NORMAL, INK);
        subtitle = new Font(fonts.pdf(Face.REGULAR), 10, Font.NORMAL, MUTED);
        heading = new Font(fonts.pdf(Face.BOLD), 13, Font.NORMAL, ACCENT);
        body = new Font(fonts.pdf(Face.REGULAR), 9.5f, Font.NORMAL, INK);
        bodyBold = new Font(fonts.pdf(Face.BOLD), 9.5f, Font.NORMAL, INK);
        small = new Font(fonts.pdf(Face.CONDENSED), 7.5f, Font.NORMAL, INK);
        smallBold = new Font(fonts.pdf(Face.CONDENSED_BOLD), 7.5f, Font.NORMAL, INK);
        smallMuted = new Font(fonts.pdf(Face.CONDENSED), 7.5f, Font.NORMAL, MUTED);
        figure = new Font(fonts.pdf(Face.BOLD), 20, Font.NORMAL, ACCENT);
        marking = new Font(fonts.pdf(Face.BOLD), 8, Font.NORMAL, ALERT);
        kicker = new Font(fonts.pdf(Face.BOLD), 8, Font.NORMAL, ACCENT);
        tileLabel = new Font(fonts.pdf(Face.CONDENSED_BOLD), 6.5f, Font.NORMAL, MUTED);
        figureSmall = new Font(fonts.pdf(Face.BOLD), 13, Font.NORMAL, INK);
        subheading = new Font(fonts.pdf(Face.BOLD), 9.5f, Font.NORMAL, ACCENT);
        tlpBase = new Font(fonts.pdf(Face.BOLD), 8, Font.NORMAL, INK);
        runDirection = rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
    }

    /** The font of a TLP label: bold, in the level's colour (drawn on black). */
    Font tlp(Tlp level) {
        return new Font(tlpBase.getBaseFont(), tlpBase.getSize(), Font.NORMAL, level.colour());
    }

    int runDirection() {
        return runDirection;
    }

    /** The edge a line of text starts from: left, or right in a right-to-left layout. */
    int startEdge() {
        return runDirection == PdfWriter.RUN_DIRECTION_RTL ? Rectangle.RIGHT : Rectangle.LEFT;
    }

    /** A square bullet for a list item. */
    PdfPCell bullet() {
        PdfPCell cell = text("■", new Font(marking.getBaseFont(), 7, Font.NORMAL, ACCENT));
        cell.setPaddingTop(3.5f);
        return cell;
    }

    /** A full-width horizontal rule. */
    PdfPTable rule(Color colour, float width, float spacingAfter) {
        PdfPTable table = table(1);
        PdfPCell cell = text("", body);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(colour);
        cell.setBorderWidth(width);
        cell.setFixedHeight(1);
        cell.setPadding(0);
        table.addCell(cell);
        table.setSpacingAfter(spacingAfter);
        return table;
    }

    /** A full-width table of the given relative column widths. */
    PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setRunDirection(runDirection);
        // a row that does not fit moves whole to the next page; only a row taller than a page is split
        table.setSplitLate(true);
        return table;
    }

    /** A cell without borders. */
    PdfPCell text(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setRunDirection(runDirection);
        cell.setPadding(2);
        return cell;
    }

    /** A cell of a data table: a hairline under it. */
    PdfPCell data(String text, Font font) {
        PdfPCell cell = text(text, font);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(3.5f);
        return cell;
    }

    /** A data cell naming a corridor, with the corridor's colour along its starting edge as on the charts. */
    PdfPCell corridor(String name, String colour) {
        PdfPCell cell = data(name, small);
        cell.setBorder(Rectangle.BOTTOM | startEdge());
        cell.setUseVariableBorders(true);
        cell.setBorderColorBottom(RULE);
        cell.setBorderWidthBottom(0.5f);
        if (startEdge() == Rectangle.LEFT) {
            cell.setBorderColorLeft(Color.decode(colour));
            cell.setBorderWidthLeft(3);
            cell.setPaddingLeft(5);
        } else {
            cell.setBorderColorRight(Color.decode(colour));
            cell.setBorderWidthRight(3);
            cell.setPaddingRight(5);
        }
        return cell;
    }

    PdfPCell number(String text, Font font) {
        PdfPCell cell = data(text, font);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    /** A header cell of a data table. */
    PdfPCell header(String text) {
        PdfPCell cell = data(text, smallBold);
        cell.setBorderColor(INK);
        cell.setBorderWidth(0.8f);
        return cell;
    }

    PdfPCell headerRight(String text) {
        PdfPCell cell = header(text);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    /** One paragraph as a single-cell table, so that it gets the run direction and shaping. */
    PdfPTable paragraph(String text, Font font, float spacingAfter) {
        PdfPTable table = table(1);
        PdfPCell cell = text(text, font);
        cell.setPaddingBottom(spacingAfter);
        cell.setLeading(0, 1.35f);
        table.addCell(cell);
        return table;
    }
}
