package org.fuelwatch.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArchivePageTests {

    static ArchivePage.Entry entry(LocalDate asOf, double pct, String route) {
        return new ArchivePage.Entry(asOf, new Manifest.KeyFigures(80, asOf.minusDays(90), asOf.minusDays(84), pct, 57,
                route, 50, 188, 1, 4), List.of(new ArchivePage.Edition("English", "briefing-" + asOf + ".pdf",
                        "briefing-" + asOf + ".json")));
    }

    @Test
    void newestFirstWithFiguresLinksAndOnePointPerBriefingOldestToNewest() {
        String html = ArchivePage.html("FuelWatch", List.of(entry(LocalDate.of(2026, 1, 15), 40, "CI-RN7"),
                entry(LocalDate.of(2026, 1, 31), 60, "CI-RN7"), entry(LocalDate.of(2025, 12, 31), 20, "CI-RN7")));

        assertThat(html.indexOf("2026-01-31\">")).isLessThan(html.indexOf("2026-01-15\">"));
        assertThat(html.indexOf("2026-01-15\">")).isLessThan(html.indexOf("2025-12-31\">"));
        assertThat(html).contains("<a href=\"briefing-2026-01-31.pdf\">English PDF</a>",
                "<a href=\"briefing-2026-01-31.json\">English JSON</a>", "<td class=\"n\">60%</td>",
                "3 briefings kept").doesNotContain("<script");
        String points = html.replaceAll("(?s).*<polyline[^>]*points=\"([^\"]+)\".*", "$1");
        String[] xy = points.split(" ");
        assertThat(xy).hasSize(3);
        // x grows with the date; a higher share is drawn higher (a smaller y)
        double[] x = new double[3];
        double[] y = new double[3];
        for (int i = 0; i < 3; i++) {
            x[i] = Double.parseDouble(xy[i].split(",")[0]);
            y[i] = Double.parseDouble(xy[i].split(",")[1]);
        }
        assertThat(x[0]).isLessThan(x[1]);
        assertThat(x[1]).isLessThan(x[2]);
        assertThat(y[0]).isGreaterThan(y[1]);
        assertThat(y[1]).isGreaterThan(y[2]);
    }

    @Test
    void textFromTheDataIsEscapedAndFileNamesAreEncoded() {
        var odd = new ArchivePage.Entry(LocalDate.of(2026, 1, 31), entry(LocalDate.of(2026, 1, 31), 60,
                "<script>alert(1)</script>").figures(), List.of(new ArchivePage.Edition("A&B", "brief \"x\".pdf",
                        null)));

        String html = ArchivePage.html("Fuel & <blockade>", List.of(odd));

        assertThat(html).doesNotContain("<script>", "<blockade>").contains("&lt;script&gt;", "Fuel &amp; &lt;blockade&gt;",
                "href=\"brief%20%22x%22.pdf\"", "A&amp;B PDF");
    }

    @Test
    void anEmptyFolderSaysSo() {
        assertThat(ArchivePage.html("FuelWatch", List.of())).contains("No briefing has been published yet.");
    }
}
