package org.fuelwatch.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.text.DateFormat;
import java.text.DateFormatSymbols;
import java.text.FieldPosition;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import org.fuelwatch.figures.Figures;
import org.fuelwatch.system.Fonts;
import org.fuelwatch.system.Fonts.Face;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.DefaultDrawingSupplier;

/**
 * One look for every chart: the briefing's fonts, white ground, light grid, one colour per corridor everywhere; and
 * the words of one edition ({@link ChartWording}). JFreeChart draws each string as it is given, so in a right-to-left
 * edition every label is shaped (ICU4J's Arabic shaping: joined letters, lam-alef ligatures) and put in visual order
 * (ICU4J's bidirectional algorithm, brackets mirrored) before it reaches the chart; the glyphs stay text in the PDF.
 */
final class ChartStyle {

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
    private final ChartWording wording;
    private final Figures.ArabicNames names;

    /** The English edition's style, with the built-in chart words. */
    public ChartStyle(Fonts fonts, List<Figures.CorridorSummary> corridors) {
        this(fonts, corridors, ChartWording.load(org.fuelwatch.system.TemplateSource.builtIn(),
                org.fuelwatch.system.Edition.EN), null);
    }

    /**
     * @param names the Arabic names to label the charts with; null for the data's own names
     */
    public ChartStyle(Fonts fonts, List<Figures.CorridorSummary> corridors, ChartWording wording,
            Figures.ArabicNames names) {
        this.fonts = fonts;
        this.corridorColours = corridors.stream()
                .collect(Collectors.toMap(Figures.CorridorSummary::corridor, c -> Color.decode(c.colour())));
        this.wording = wording;
        this.names = names;
    }

    /** An edition's label with its placeholders filled in, ready to draw. */
    String label(String key, Object... pairs) {
        return text(wording.say(key, pairs));
    }

    /**
     * The label of a vertical axis: JFreeChart draws rotated text through AWT's text layout, which puts it in visual
     * order itself, so it is only shaped here.
     */
    String axisLabel(String key) {
        return wording.rightToLeft() ? shape(wording.say(key)) : wording.say(key);
    }

    /** Text ready to draw: shaped and in visual order in a right-to-left edition, as given otherwise. */
    String text(String text) {
        if (!wording.rightToLeft() || text == null || text.chars().noneMatch(c -> c >= 0x0590 && c <= 0x08FF)) {
            return text;
        }
        // a sign before a number stays in front of it (a left-to-right mark before the sign), "−80%"
        Bidi bidi = new Bidi(shape(text.replaceAll("(^|\\s)([−+])(?=\\d)", "$1\u200E$2")), Bidi.RTL);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    /** Arabic letters joined: each in its initial, medial, final or isolated form, lam-alef as one ligature. */
    private static String shape(String text) {
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK).shape(text);
        } catch (ArabicShapingException e) {
            throw new IllegalStateException("cannot shape chart label " + text, e);
        }
    }

    /** A corridor's name as the edition writes it (in reading order: {@link #text} readies it to draw). */
    String corridorName(String code, String name) {
        return names == null ? name : names.corridors().getOrDefault(code, name);
    }

    /** A route's name as the edition writes it (in reading order). */
    String routeName(String code, String name) {
        return names == null ? name : names.routes().getOrDefault(code, name);
    }

    /** A town's name as the edition writes it, ready to draw. */
    String townName(String name) {
        return text(names == null ? name : names.towns().getOrDefault(name, name));
    }

    /** A country's name as the edition writes it, ready to draw; null when the edition has none of its own. */
    String countryName(String code) {
        return names == null || !names.countries().containsKey(code) ? null : text(names.countries().get(code));
    }

    /** The date format of the time axes: the edition's pattern and month names, drawn ready. */
    DateFormat dateFormat() {
        SimpleDateFormat format = new SimpleDateFormat(wording.word("date.axis"), Locale.UK);
        if (wording.has("date.months")) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(Locale.UK);
            symbols.setShortMonths(wording.word("date.months").split("\\s*,\\s*"));
            format.setDateFormatSymbols(symbols);
        }
        format.setTimeZone(ZONE);
        if (!wording.rightToLeft()) {
            return format;
        }
        return new DateFormat() {
            private static final long serialVersionUID = 1L;

            @Override
            public StringBuffer format(Date date, StringBuffer to, FieldPosition position) {
                return to.append(text(format.format(date)));
            }

            @Override
            public Date parse(String source, ParsePosition position) {
                return format.parse(source, position);
            }
        };
    }

    public Color corridor(String code) {
        return corridorColours.getOrDefault(code, MUTED);
    }

    java.awt.Font font(Face face, float size) {
        return fonts.awt(face, size);
    }

    /** The time axis every dated chart uses: calendar days in UTC, labelled like "3 Sep 25". */
    DateAxis dateAxis() {
        DateAxis time = new DateAxis(null, ZONE, Locale.UK);
        time.setDateFormatOverride(dateFormat());
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
