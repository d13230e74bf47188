package org.fuelwatch.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.fuelwatch.TestData;
import org.fuelwatch.run.BriefingLauncher;
import org.fuelwatch.run.ExitCodes;
import org.fuelwatch.run.RunOptions;
import org.fuelwatch.run.RunOutcome;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The archive page written at each publish, opened in a real headless browser (Debian's chromium): its screenshot
 * and the page as the browser parsed it, with every link followed to a file in the output folder.
 */
@SpringBootTest
@ActiveProfiles("test")
class ArchivePageIT {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final List<LocalDate> DATES = List.of(LocalDate.of(2025, 11, 30), LocalDate.of(2025, 12, 31),
            LocalDate.of(2026, 1, 31));

    @Autowired
    BriefingLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    @Test
    void theArchiveListsEveryBriefingKeptNewestFirstWithWorkingLinksAndTheSupplyChart() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no chromium at " + CHROMIUM
                + " (apt-get install chromium)");
        TestData.wipe(jdbc);
        Path output = temp.resolve("output");
        for (LocalDate date : DATES) {
            RunOutcome outcome = launcher.launch(new RunOptions(Path.of("input"), output, date));
            assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.SUCCESS);
        }
        Path page = output.resolve("index.html");
        assertThat(page).exists();

        Path screenshot = temp.resolve("archive.png");
        String dom = chromium(page, "--dump-dom");
        chromium(page, "--screenshot=" + screenshot, "--window-size=1100,760", "--hide-scrollbars");

        // the rows as the browser parsed them, newest first
        List<String> rows = matches(dom, "<time datetime=\"([0-9-]+)\">");
        assertThat(rows).containsExactly("2026-01-31", "2025-12-31", "2025-11-30");
        assertThat(dom).contains("3 briefings kept, newest first; the latest is as of 31 January 2026")
                .contains("Supply now, % of baseline").doesNotContain("<script");
        // every link leads to a file in the output folder: each date's PDF and manifest
        List<String> links = matches(dom, "href=\"([^\"]+)\"");
        List<String> expected = new ArrayList<>();
        for (LocalDate date : DATES.reversed()) {
            for (String file : List.of("briefing-" + date + ".pdf", "briefing-" + date + "-ar.pdf",
                    "briefing-" + date + ".json", "briefing-" + date + "-ar.json")) {
                if (Files.exists(output.resolve(file))) {
                    expected.add(file);
                }
            }
        }
        assertThat(links).containsExactlyInAnyOrderElementsOf(expected)
                .allSatisfy(link -> assertThat(output.resolve(link)).isRegularFile());
        assertThat(links).contains("briefing-2026-01-31.pdf", "briefing-2026-01-31.json",
                "briefing-2025-11-30.pdf");
        // the chart: one point per briefing, drawn by the browser
        String points = matches(dom, "<polyline[^>]*points=\"([^\"]+)\"").getFirst();
        assertThat(points.split(" ")).hasSize(3);
        assertThat(matches(dom, "<circle ")).hasSize(3);

        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isEqualTo(1100);
        int chartBlue = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                chartBlue += Math.abs((rgb >> 16) - 0x1f) < 24 && Math.abs(((rgb >> 8) & 0xFF) - 0x4e) < 24
                        && Math.abs((rgb & 0xFF) - 0x79) < 24 ? 1 : 0;
            }
        }
        assertThat(chartBlue).as("pixels of the heading, links and supply line").isGreaterThan(500);
        String keep = System.getProperty("archive.screenshot");
        if (keep != null) {
            Files.copy(screenshot, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private String chromium(Path page, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--user-data-dir=" + temp.resolve("chromium-profile")));
        command.addAll(List.of(options));
        command.add(page.toUri().toString());
        Path log = Files.createTempFile(temp, "chromium", ".out");
        Process process = new ProcessBuilder(command).redirectOutput(log.toFile())
                .redirectError(temp.resolve("chromium.err").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium ended").isTrue();
        assertThat(process.exitValue()).as(Files.readString(temp.resolve("chromium.err"))).isZero();
        return Files.readString(log);
    }

    private static List<String> matches(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.groupCount() > 0 ? m.group(1) : m.group());
        }
        return found;
    }
}
