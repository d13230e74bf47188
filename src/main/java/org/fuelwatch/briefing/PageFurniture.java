package org.fuelwatch.briefing;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The running header (handling marking, as-of date) and footer (data label, "Page x of y") of every page. The total
 * page count is only known at the end, so each footer refers to one template filled in when the document closes.
 */
final class PageFurniture extends PdfPageEventHelper {

    private final Layout layout;
    private final String marking;
    private final String asOf;
    private final String dataLabel;
    private PdfTemplate total;

    PageFurniture(Layout layout, String marking, String asOf, String dataLabel) {
        this.layout = layout;
        this.marking = marking;
        this.asOf = asOf;
        this.dataLabel = dataLabel;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();
        float top = page.getTop() - 24;
        float bottom = 22;
        int direction = layout.runDirection();

        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(marking, layout.marking), left, top, 0,
                direction, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase("As of " + asOf, layout.smallMuted),
                right, top, 0, direction, 0);
        canvas.setColorStroke(Layout.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, top - 5);
        canvas.lineTo(right, top - 5);
        canvas.moveTo(left, bottom + 10);
        canvas.lineTo(right, bottom + 10);
        canvas.stroke();

        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(dataLabel, layout.smallMuted), left,
                bottom, 0, direction, 0);
        String pageText = "Page " + writer.getPageNumber() + " of ";
        float totalX = right - 14;
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(pageText, layout.smallMuted), totalX,
                bottom, 0, direction, 0);
        canvas.addTemplate(total, totalX + 2, bottom);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                new Phrase(String.valueOf(writer.getPageNumber() - 1), layout.smallMuted), 0, 0, 0,
                PdfWriter.RUN_DIRECTION_LTR, 0);
    }
}
