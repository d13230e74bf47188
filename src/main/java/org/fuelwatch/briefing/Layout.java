package org.fuelwatch.briefing;

import java.awt.Color;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Map;

import org.fuelwatch.system.Fonts;
import org.fuelwatch.system.Fonts.Face;
import org.fuelwatch.system.Tlp;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The briefing's typography and the building blocks of its pages. All text goes through table cells with an explicit
 * run direction, so that Arabic is shaped and the layout can be turned right-to-left for an Arabic edition. In a
 * right-to-left layout each font has an Arabic partner (Amiri, a little larger to match DejaVu's x-height): Arabic
 * letters, and the digits and punctuation among them, are set in Amiri, Latin runs and any character Amiri lacks in
 * the DejaVu face of the same role.
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
    /** Each font's Arabic partner in a right-to-left layout; empty in a left-to-right one. */
    private final Map<Font, Font> arabic = new IdentityHashMap<>();
    private final Fonts fonts;

    Layout(Fonts fonts, boolean rightToLeft) {
        this.fonts = fonts;
        runDirection = rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
        title = font(Face.BOLD, 22, INK);
        subtitle = font(Face.REGULAR, 10, MUTED);
        heading = font(Face.BOLD, 13, ACCENT);
        body = font(Face.REGULAR, 9.5f, INK);
        bodyBold = font(Face.BOLD, 9.5f, INK);
        small = font(Face.CONDENSED, 7.5f, INK);
        smallBold = font(Face.CONDENSED_BOLD, 7.5f, INK);
        smallMuted = font(Face.CONDENSED, 7.5f, MUTED);
        figure = font(Face.BOLD, 20, ACCENT);
        marking = font(Face.BOLD, 8, ALERT);
        kicker = font(Face.BOLD, 8, ACCENT);
        tileLabel = font(Face.CONDENSED_BOLD, 6.5f, MUTED);
        figureSmall = font(Face.BOLD, 13, INK);
        subheading = font(Face.BOLD, 9.5f, ACCENT);
        tlpBase = new Font(fonts.pdf(Face.BOLD), 8, Font.NORMAL, INK);
    }

    private Font font(Face face, float size, Color colour) {
        Font font = new Font(fonts.pdf(face), size, Font.NORMAL, colour);
        if (runDirection == PdfWriter.RUN_DIRECTION_RTL) {
            boolean bold = face == Face.BOLD || face == Face.CONDENSED_BOLD;
            arabic.put(font, new Font(fonts.pdf(bold ? Face.ARABIC_BOLD : Face.ARABIC), size * ARABIC_SCALE,
                    Font.NORMAL, colour));
        }
        return font;
    }

    private static final java.util.regex.Pattern SIGNED = java.util.regex.Pattern.compile("(^|\\s)([−+])(?=\\d)");

    /** Amiri's letters are smaller than DejaVu's at the same size; this brings them level. */
    private static final float ARABIC_SCALE = 1.18f;

    /**
     * The text as a phrase in this font. In a right-to-left layout the text is split into runs: Latin letters, and
     * whatever Amiri has no glyph for, in the DejaVu font; the rest in its Arabic partner. Digits, spaces and
     * punctuation go with the run before them, so "RN7" and "Côte d'Ivoire" stay in one face.
     */
    Phrase phrase(String text, Font font) {
        String value = text == null ? "" : text;
        Font partner = arabic.get(font);
        if (partner == null || value.isEmpty()) {
            return new Phrase(value, font);
        }
        BaseFont amiri = partner.getBaseFont();
        // a sign before a number stays in front of it: a left-to-right mark before the sign ("−80%")
        value = SIGNED.matcher(value).replaceAll("$1\u200E$2");
        Phrase phrase = new Phrase(partner.getSize() * 1.2f);
        StringBuilder run = new StringBuilder();
        Font current = partner;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            Font wanted;
            if (!amiri.charExists(c)) {
                wanted = font;
            } else if (script == Character.UnicodeScript.LATIN) {
                wanted = font;
            } else if (script == Character.UnicodeScript.ARABIC) {
                wanted = partner;
            } else {
                wanted = current; // digits, spaces, punctuation: the face of the run they stand in
            }
            if (wanted != current && !run.isEmpty()) {
                phrase.add(new Chunk(run.toString(), current));
                run.setLength(0);
            }
            current = wanted;
            run.appendCodePoint(c);
            i += Character.charCount(c);
        }
        phrase.add(new Chunk(run.toString(), current));
        return phrase;
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

    /** True for text with Latin letters and no Arabic ones. */
    static boolean isLatin(String text) {
        if (text == null) {
            return false;
        }
        boolean latin = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.ARABIC) {
                return false;
            }
            latin |= script == Character.UnicodeScript.LATIN;
            i += Character.charCount(c);
        }
        return latin;
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

    /**
     * A full-width table of the given relative column widths, first column first in reading order. A right-to-left
     * table places its first cell at the right but takes the widths from the left, so they go in reversed.
     */
    PdfPTable table(float... widths) {
        float[] columns = widths.clone();
        if (runDirection == PdfWriter.RUN_DIRECTION_RTL) {
            for (int i = 0; i < columns.length / 2; i++) {
                float w = columns[i];
                columns[i] = columns[columns.length - 1 - i];
                columns[columns.length - 1 - i] = w;
            }
        }
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setRunDirection(runDirection);
        // a row that does not fit moves whole to the next page; only a row taller than a page is split
        table.setSplitLate(true);
        return table;
    }

    /**
     * A cell without borders. In a right-to-left layout, text with Latin letters and no Arabic (data text that has no
     * Arabic form: notes, source titles) is set as a left-to-right paragraph, so that its own punctuation stays where
     * it belongs, flush with the right edge like the Arabic around it.
     */
    PdfPCell text(String text, Font font) {
        PdfPCell cell = new PdfPCell(phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        if (runDirection == PdfWriter.RUN_DIRECTION_RTL && isLatin(text)) {
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        } else {
            cell.setRunDirection(runDirection);
        }
        cell.setPadding(2);
        return cell;
    }

    /** A cell of a data table: a hairline under it. */
    PdfPCell data(String text, Font font) {
        return ruled(text(text, font));
    }

    /**
     * A cell of a data table holding several paragraphs, each set in its own direction as {@link #text} sets it: data
     * text (notes in English) beside the edition's own words keeps its punctuation in place.
     */
    PdfPCell data(List<String> paragraphs, Font font) {
        if (paragraphs.size() == 1) {
            return data(paragraphs.getFirst(), font);
        }
        PdfPTable lines = new PdfPTable(1);
        lines.setWidthPercentage(100);
        lines.setRunDirection(runDirection);
        for (String paragraph : paragraphs) {
            PdfPCell line = text(paragraph, font);
            line.setPadding(0);
            line.setPaddingBottom(1.5f);
            lines.addCell(line);
        }
        PdfPCell cell = new PdfPCell(lines);
        cell.setPadding(2);
        return ruled(cell);
    }

    private static PdfPCell ruled(PdfPCell cell) {
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
