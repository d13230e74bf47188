package org.fuelwatch.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.system.Fonts;
import org.fuelwatch.system.Fonts.Face;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.DefaultDrawingSupplier;

/** One look for every chart: the briefing's fonts, white ground, light grid, one colour per corridor everywhere. */
public final class ChartStyle {

    /** Dates in the data are calendar days; charts draw them in UTC so that no local zone shifts a day. */
    public static final TimeZone ZONE = TimeZone.getTimeZone("UTC");

    static final Color BAR = new Color(0x9a, 0xb3, 0xcc);
    static final Color INK = new Color(0x22, 0x2b, 0x36);
    static final Color GRID = new Color(0xd9, 0xdd, 0xe3);
    static final Color MUTED = new Color(0x6b, 0x75, 0x80);
    static final Color ALERT = new Color(0xc0, 0x39, 0x2b);
    static final Color SHADE = new Color(0xc0, 0x39, 0x2b, 0x22);
    static final BasicStroke DASHED = new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {4f, 3f}, 0f);

    private final Fonts fonts;
    private final Map<String, Color> corridorColours;

    public ChartStyle(Fonts fonts, List<Figures.CorridorSummary> corridors) {
        this.fonts = fonts;
        this.corridorColours = corridors.stream()
                .collect(Collectors.toMap(Figures.CorridorSummary::corridor, c -> Color.decode(c.colour())));
    }

    public Color corridor(String code) {
        return corridorColours.getOrDefault(code, MUTED);
    }

    java.awt.Font font(Face face, float size) {
        return fonts.awt(face, size);
    }

    /** The time axis every dated chart uses: calendar days in UTC, labelled like "3 Sep 25". */
    static DateAxis dateAxis() {
        DateAxis time = new DateAxis(null, ZONE, Locale.UK);
        SimpleDateFormat format = new SimpleDateFormat("d MMM yy", Locale.UK);
        format.setTimeZone(ZONE);
        time.setDateFormatOverride(format);
        return time;
    }

    /** Applies fonts and colours to a finished chart. */
    JFreeChart apply(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("FuelWatch");
        theme.setExtraLargeFont(fonts.awt(Face.BOLD, 11f));
        theme.setLargeFont(fonts.awt(Face.BOLD, 9f));
        theme.setRegularFont(fonts.awt(Face.REGULAR, 8f));
        theme.setSmallFont(fonts.awt(Face.REGULAR, 7f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(INK);
        theme.setTickLabelPaint(INK);
        theme.setLegendItemPaint(INK);
        theme.setTitlePaint(INK);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setShadowVisible(false);
        theme.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        theme.setXYBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        theme.setDrawingSupplier(new DefaultDrawingSupplier(new Paint[] {INK, MUTED}, new Paint[] {Color.WHITE},
                DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }
}
