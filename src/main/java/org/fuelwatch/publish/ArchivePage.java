package org.fuelwatch.publish;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The archive staff browse, {@code index.html} in the output folder: the briefings kept, newest first, with their
 * headline figures and links to each edition's PDF and manifest, above a small inline SVG of supply as a share of the
 * baseline over those briefings. Static HTML and SVG only, with relative links, so it reads the same from a shared
 * drive or behind any web server. Pure: entries in, text out.
 */
final class ArchivePage {

    static final String FILE_NAME = "index.html";

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** One edition's files of a briefing, by their names in the output folder. */
    record Edition(String label, String pdf, String manifest) {
    }

    /** One briefing kept in the folder. */
    record Entry(LocalDate asOf, Manifest.KeyFigures figures, List<Edition> editions) {
    }

    private ArchivePage() {
    }

    static String html(String title, List<Entry> entries) {
        List<Entry> newestFirst = entries.stream().sorted(Comparator.comparing(Entry::asOf).reversed()).toList();
        StringBuilder h = new StringBuilder(4096);
        h.append("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>""").append(escape(title)).append("""
                </title>
                <style>
                body { font-family: "DejaVu Sans", Arial, sans-serif; color: #222b36; margin: 2em auto; max-width: 60em;
                       padding: 0 1em; }
                h1 { color: #1f4e79; font-size: 1.6em; margin-bottom: 0.2em; }
                p.lead { color: #6b7580; margin-top: 0; }
                table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
                th { text-align: left; border-bottom: 2px solid #222b36; padding: 0.4em 0.5em; }
                td { border-bottom: 1px solid #d9dde3; padding: 0.4em 0.5em; vertical-align: top; white-space: nowrap; }
                td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
                tr.latest td { background: #f2f4f7; font-weight: bold; }
                a { color: #1f4e79; }
                figure { margin: 1.5em 0; }
                figcaption { color: #6b7580; font-size: 0.85em; }
                </style>
                </head>
                <body>
                """);
        h.append("<h1>").append(escape(title)).append("</h1>\n");
        if (newestFirst.isEmpty()) {
            h.append("<p class=\"lead\">No briefing has been published yet.</p>\n</body>\n</html>\n");
            return h.toString();
        }
        h.append("<p class=\"lead\">").append(newestFirst.size()).append(newestFirst.size() == 1 ? " briefing" : " briefings")
                .append(" kept, newest first; the latest is as of ").append(LONG.format(newestFirst.getFirst().asOf()))
                .append(".</p>\n");
        h.append(chart(newestFirst.reversed()));
        h.append("""
                <table>
                <thead><tr><th>As of</th><th class="n">Supply now, % of baseline</th><th class="n">Cut at the worst</th>\
                <th class="n">Route share</th><th class="n">Incidents, last 7 days</th>\
                <th class="n">Tankers destroyed since the blockade</th><th>Briefing</th><th>Manifest</th></tr></thead>
                <tbody>
                """);
        boolean first = true;
        for (Entry e : newestFirst) {
            Manifest.KeyFigures f = e.figures();
            h.append(first ? "<tr class=\"latest\">" : "<tr>");
            h.append("<td><time datetime=\"").append(e.asOf()).append("\">").append(SHORT.format(e.asOf()))
                    .append("</time></td>");
            h.append("<td class=\"n\">").append(f == null ? "–" : whole(f.currentPctOfBaseline()) + "%").append("</td>");
            h.append("<td class=\"n\">").append(f == null ? "–" : whole(f.supplyCutPct()) + "%").append("</td>");
            h.append("<td class=\"n\">").append(f == null ? "–" : whole(f.routeSharePct()) + "% " + escape(f.route()))
                    .append("</td>");
            h.append("<td class=\"n\">").append(f == null ? "–" : f.incidentsLast7Days()).append("</td>");
            h.append("<td class=\"n\">").append(f == null ? "–" : f.tankersDestroyedSinceBlockade()).append("</td>");
            h.append("<td>").append(links(e.editions(), true)).append("</td>");
            h.append("<td>").append(links(e.editions(), false)).append("</td>");
            h.append("</tr>\n");
            first = false;
        }
        h.append("</tbody>\n</table>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String links(List<Edition> editions, boolean pdf) {
        StringBuilder links = new StringBuilder();
        for (Edition ed : editions) {
            String file = pdf ? ed.pdf() : ed.manifest();
            if (file == null) {
                continue;
            }
            if (!links.isEmpty()) {
                links.append(" · ");
            }
            links.append("<a href=\"").append(escape(encode(file))).append("\">")
                    .append(escape(ed.label() + (pdf ? " PDF" : " JSON"))).append("</a>");
        }
        return links.toString();
    }

    /** Supply now as % of the baseline at each briefing kept, oldest to newest, with the baseline at 100%. */
    static String chart(List<Entry> oldestFirst) {
        List<Entry> points = oldestFirst.stream().filter(e -> e.figures() != null).toList();
        int width = 640;
        int height = 160;
        int left = 44;
        int right = 12;
        int top = 12;
        int bottom = 28;
        double max = Math.max(110, points.stream().mapToDouble(e -> e.figures().currentPctOfBaseline()).max()
                .orElse(100) * 1.1);
        long from = points.isEmpty() ? 0 : points.getFirst().asOf().toEpochDay();
        long to = points.isEmpty() ? 1 : Math.max(from + 1, points.getLast().asOf().toEpochDay());
        StringBuilder svg = new StringBuilder();
        svg.append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"supply-title\">\n");
        svg.append("<title id=\"supply-title\">Supply reaching Bamako as % of the pre-blockade baseline, "
                + "at each briefing kept</title>\n");
        double y100 = y(100, max, top, height - bottom);
        double y0 = y(0, max, top, height - bottom);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#222b36\" "
                + "stroke-width=\"1\"/>\n", left, y0, width - right, y0));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#6b7580\" "
                + "stroke-dasharray=\"4 3\" stroke-width=\"1\"/>\n", left, y100, width - right, y100));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" "
                + "fill=\"#6b7580\">100%%</text>\n", left - 6, y100 + 4));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" "
                + "fill=\"#6b7580\">0%%</text>\n", left - 6, y0 + 4));
        if (!points.isEmpty()) {
            StringBuilder line = new StringBuilder();
            for (Entry e : points) {
                double x = x(e.asOf().toEpochDay(), from, to, left, width - right);
                double y = y(e.figures().currentPctOfBaseline(), max, top, height - bottom);
                line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            svg.append("<polyline fill=\"none\" stroke=\"#1f4e79\" stroke-width=\"2\" points=\"")
                    .append(line.toString().strip()).append("\"/>\n");
            for (Entry e : points) {
                double x = x(e.asOf().toEpochDay(), from, to, left, width - right);
                double y = y(e.figures().currentPctOfBaseline(), max, top, height - bottom);
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#1f4e79\">"
                        + "<title>%s: %s%% of baseline</title></circle>\n", x, y, SHORT.format(e.asOf()),
                        whole(e.figures().currentPctOfBaseline())));
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#6b7580\">%s"
                    + "</text>\n", left, height - 8, SHORT.format(points.getFirst().asOf())));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\" "
                    + "fill=\"#6b7580\">%s</text>\n", width - right, height - 8, SHORT.format(points.getLast().asOf())));
        }
        svg.append("</svg>\n<figcaption>Supply now (mean of the last days before each as-of date) as % of the "
                + "pre-blockade baseline; dashed: the baseline.</figcaption>\n</figure>\n");
        return svg.toString();
    }

    private static double x(long day, long from, long to, int left, int right) {
        return from == to ? (left + right) / 2.0 : left + (double) (day - from) / (to - from) * (right - left);
    }

    private static double y(double pct, double max, int top, int bottom) {
        return bottom - Math.max(0, pct) / max * (bottom - top);
    }

    private static String whole(double value) {
        return String.valueOf(Math.round(value));
    }

    /** A file name as a relative URL: only characters that need it are percent-encoded. */
    private static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
