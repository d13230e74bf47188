package org.fuelwatch.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.fuelwatch.FuelWatchProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FuelWatch started the way cron and systemd start it: from an empty working folder, with nothing but the input and
 * output folders given. The templates come from the jar; a changed setting makes a new briefing.
 */
class RunFromAnyFolderIT {

    @TempDir
    Path temp;

    @Test
    void anEmptyWorkingFolderAndOnlyInputAndOutputPublishABriefing() throws Exception {
        Path work = Files.createDirectories(temp.resolve("empty"));
        Path input = Path.of("input").toAbsolutePath();
        Path output = temp.resolve("out");
        String[] args = {"--input=" + input, "--output=" + output, "--as-of=2026-01-31"};

        try (FuelWatchProcess first = FuelWatchProcess.startIn(work, temp.resolve("first.log"), args)) {
            assertThat(first.exitCode(Duration.ofMinutes(3))).as(first.log()).isZero();
        }
        Path briefing = output.resolve("briefing-2026-01-31.pdf");
        assertThat(author(briefing)).isEqualTo("FuelWatch");
        assertThat(work.resolve("data")).isDirectory();

        String[] changed = {"--input=" + input, "--output=" + output, "--as-of=2026-01-31",
                "--fuelwatch.briefing.author=Ops Cell Bamako"};
        try (FuelWatchProcess second = FuelWatchProcess.startIn(work, temp.resolve("second.log"), changed)) {
            assertThat(second.exitCode(Duration.ofMinutes(3))).as(second.log()).isZero();
            assertThat(second.log()).doesNotContain("already published");
        }
        assertThat(author(briefing)).isEqualTo("Ops Cell Bamako");
    }

    @Test
    void anOutputFolderThatIsAFileIsOnePlainSentenceAndExitThree() throws Exception {
        Path work = Files.createDirectories(temp.resolve("empty"));
        Path output = Files.writeString(temp.resolve("out"), "a file");
        try (FuelWatchProcess run = FuelWatchProcess.startIn(work, temp.resolve("run.log"),
                "--input=" + Path.of("input").toAbsolutePath(), "--output=" + output)) {
            assertThat(run.exitCode(Duration.ofMinutes(2))).as(run.log()).isEqualTo(ExitCodes.CONFIGURATION);
            assertThat(run.log()).contains("is a file, not a folder").doesNotContain("\tat ");
        }
    }

    private static String author(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getDocumentInformation().getAuthor();
        }
    }
}
