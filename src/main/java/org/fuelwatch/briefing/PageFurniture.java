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
 * only known at the end, so each footer refers to one template filled in when the document closes. In a
 * right-to-left edition the furniture is mirrored: the TLP label, the marking and the data label from the right, the
 * date and the page number at the left, the total after "of" to its left.
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
    private final String pageOf;

    /**
     * @param asOf   the as-of line, worded ("As of 31 January 2026")
     * @param pageOf the page line before the total, with {@code %d} for the page number ("Page %d of ")
     */
    PageFurniture(Layout layout, String marking, String asOf, String dataLabel, Optional<Tlp> tlp,
            String attribution, String pageOf) {
        this.layout = layout;
        this.marking = marking;
        this.asOf = asOf;
        this.dataLabel = dataLabel;
        this.tlp = tlp;
        this.attribution = attribution;
        this.pageOf = pageOf;
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

        boolean rtl = direction == PdfWriter.RUN_DIRECTION_RTL;
        float start = rtl ? right : left;
        float end = rtl ? left : right;
        float sign = rtl ? -1 : 1;
        int startAlign = rtl ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
        int endAlign = rtl ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT;

        float markingStart = start + sign * tlpLabel(canvas, start, top, rtl);
        ColumnText.showTextAligned(canvas, startAlign, layout.phrase(marking, layout.marking), markingStart,
                top, 0, direction, 0);
        ColumnText.showTextAligned(canvas, endAlign, layout.phrase(asOf, layout.smallMuted), end, top, 0,
                direction, 0);
        canvas.setColorStroke(Layout.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, top - 5);
        canvas.lineTo(right, top - 5);
        canvas.moveTo(left, bottom + 10);
        canvas.lineTo(right, bottom + 10);
        canvas.stroke();

        float labelStart = start + sign * tlpLabel(canvas, start, bottom, rtl);
        ColumnText.showTextAligned(canvas, startAlign, layout.phrase(dataLabel, layout.smallMuted), labelStart,
                bottom, 0, direction, 0);
        if (attribution != null) {
            ColumnText.showTextAligned(canvas, startAlign, layout.phrase(attribution, layout.smallMuted), start,
                    bottom - 9, 0, direction, 0);
        }
        Phrase pageText = layout.phrase(pageOf.formatted(writer.getPageNumber()), layout.smallMuted);
        if (rtl) {
            // "صفحة 1 من" from the left margin plus the total's room, the total to its left
            float totalX = left + 14;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, pageText, totalX, bottom, 0, direction, 0);
            canvas.addTemplate(total, totalX - 14, bottom);
        } else {
            float totalX = right - 14;
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, pageText, totalX, bottom, 0, direction, 0);
            canvas.addTemplate(total, totalX + 2, bottom);
        }
    }

    /**
     * Draws the TLP label, if there is one, with its baseline at {@code y} starting at {@code edge} (ending there in a
     * right-to-left page): the label's colour on a black box. Returns the room it takes, gap included (0 without one).
     */
    private float tlpLabel(PdfContentByte canvas, float edge, float y, boolean rtl) {
        if (tlp.isEmpty()) {
            return 0;
        }
        Font font = layout.tlp(tlp.get());
        String label = tlp.get().label();
        float width = font.getBaseFont().getWidthPoint(label, font.getSize());
        float pad = 2.5f;
        float x = rtl ? edge - width - 2 * pad : edge;
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
        boolean rtl = layout.runDirection() == PdfWriter.RUN_DIRECTION_RTL;
        ColumnText.showTextAligned(total, rtl ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT,
                layout.phrase(String.valueOf(writer.getPageNumber() - 1), layout.smallMuted), rtl ? 12 : 0, 0, 0,
                PdfWriter.RUN_DIRECTION_LTR, 0);
    }
}
