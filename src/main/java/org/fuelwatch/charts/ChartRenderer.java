package org.fuelwatch.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;

import org.fuelwatch.system.AtomicFiles;
import org.fuelwatch.system.Fonts;
import org.jfree.chart.JFreeChart;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws a chart as vectors onto a one-page PDF of the chart's size, with the briefing's embedded fonts. The briefing
 * step places these pages, so charts stay crisp at any zoom and in print.
 */
final class ChartRenderer {

    private final Fonts fonts;

    public ChartRenderer(Fonts fonts) {
        this.fonts = fonts;
    }

    public void render(JFreeChart chart, float width, float height, Path file) {
        render(chart, width, height, file, file.getFileName().toString());
    }

    /** @param key what the font subset tags are drawn from: the same key gives the same tags on a rerun */
    public void render(JFreeChart chart, float width, float height, Path file, String key) {
        fonts.fixSubsetTags("chart/" + key);
        AtomicFiles.write(file, out -> {
            Document document = new Document(new Rectangle(width, height), 0, 0, 0, 0);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            Graphics2D g2 = canvas.createGraphics(width, height, fonts);
            try {
                chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
            } finally {
                g2.dispose();
            }
            document.close();
        });
    }
}
