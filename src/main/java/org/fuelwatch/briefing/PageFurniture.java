package org.fuelwatch.briefing;

import java.util.Optional;

import org.fuelwatch.system.Tlp;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The running header (TLP label, handling marking, as-of date) and footer (TLP label, data label, "Page x of y") of
 * every page. The TLP label is drawn in its colour on black, exactly as TLP 2.0 writes it. The total page count is
 * only known at the end, so each footer refers to one template filled in when the document closes.
 */
final class PageFurniture extends PdfPageEventHelper {

    private final Layout layout;
    private final String marking;
    private final String asOf;
    private final String dataLabel;
    private final Optional<Tlp> tlp;
    private PdfTemplate total;

    /** ACLED's attribution under the data label, on every page since its events count in every figure; or null. */
    private final String attribution;

    PageFurniture(Layout layout, String marking, String asOf, String dataLabel, Optional<Tlp> tlp,
            String attribution) {
        this.layout = layout;
        this.marking = marking;
        this.asOf = asOf;
        this.dataLabel = dataLabel;
        this.tlp = tlp;
        this.attribution = attribution;
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

        float markingStart = left + tlpLabel(canvas, left, top);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(marking, layout.marking), markingStart,
                top, 0, direction, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase("As of " + asOf, layout.smallMuted),
                right, top, 0, direction, 0);
        canvas.setColorStroke(Layout.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, top - 5);
        canvas.lineTo(right, top - 5);
        canvas.moveTo(left, bottom + 10);
        canvas.lineTo(right, bottom + 10);
        canvas.stroke();

        float labelStart = left + tlpLabel(canvas, left, bottom);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(dataLabel, layout.smallMuted), labelStart,
                bottom, 0, direction, 0);
        if (attribution != null) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(attribution, layout.smallMuted), left,
                    bottom - 9, 0, direction, 0);
        }
        String pageText = "Page " + writer.getPageNumber() + " of ";
        float totalX = right - 14;
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(pageText, layout.smallMuted), totalX,
                bottom, 0, direction, 0);
        canvas.addTemplate(total, totalX + 2, bottom);
    }

    /**
     * Draws the TLP label, if there is one, with its baseline at {@code y} starting at {@code x}: the label's colour
     * on a black box. Returns the room it takes, gap included (0 without a label).
     */
    private float tlpLabel(PdfContentByte canvas, float x, float y) {
        if (tlp.isEmpty()) {
            return 0;
        }
        Font font = layout.tlp(tlp.get());
        String label = tlp.get().label();
        float width = font.getBaseFont().getWidthPoint(label, font.getSize());
        float pad = 2.5f;
        canvas.saveState();
        canvas.setColorFill(Tlp.BACKGROUND);
        canvas.rectangle(x, y - 2.5f, width + 2 * pad, font.getSize() + 3.5f);
        canvas.fill();
        canvas.restoreState();
        // the label is never translated nor mirrored: always left to right
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(label, font), x + pad, y, 0,
                PdfWriter.RUN_DIRECTION_LTR, 0);
        return width + 2 * pad + 6;
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                new Phrase(String.valueOf(writer.getPageNumber() - 1), layout.smallMuted), 0, 0, 0,
                PdfWriter.RUN_DIRECTION_LTR, 0);
    }
}
