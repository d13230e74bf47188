package org.fuelwatch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The text of a PDF page in runs, with where they sit and the colours their letters are filled with. */
public final class ColouredText extends PDFTextStripper {

    /**
     * One run of text as PDFBox groups it: its text, the x and y (baseline, from the top of the page, in points) of
     * its first letter, its width, and the distinct fill colours of its letters as 0xRRGGBB.
     */
    public record Line(String text, float x, float y, float width, Set<Integer> colours) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final Map<TextPosition, Integer> colours = new IdentityHashMap<>();

    private ColouredText() {
        setSortByPosition(true);
        // the text stripper leaves colour operators out; these keep the fill colour in the graphics state
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
    }

    public static List<Line> lines(PDDocument document, int page) throws IOException {
        ColouredText stripper = new ColouredText();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return stripper.lines;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        try {
            colours.put(text, getGraphicsState().getNonStrokingColor().toRGB());
        } catch (IOException e) {
            colours.put(text, -1);
        }
        super.processTextPosition(text);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (!positions.isEmpty()) {
            TextPosition first = positions.getFirst();
            TextPosition last = positions.getLast();
            Set<Integer> used = new LinkedHashSet<>();
            positions.forEach(p -> used.add(colours.getOrDefault(p, -1)));
            lines.add(new Line(text, first.getXDirAdj(), first.getYDirAdj(),
                    last.getXDirAdj() + last.getWidthDirAdj() - first.getXDirAdj(), used));
        }
        super.writeString(text, positions);
    }
}
