package org.fuelwatch.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.fuelwatch.FuelWatchProcess;
import org.fuelwatch.publish.OutputFolder;
import org.fuelwatch.system.OutputNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * FuelWatch run the way operators run it, as processes of their own: killed while writing the PDF, kept running on a
 * schedule, and started a second time while the first is still up.
 */
class NightlyOperationIT {

    static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);
    static final Duration RUN = Duration.ofMinutes(2);

    @TempDir
    Path temp;

    Path input;
    Path data;
    OutputNames output;

    @BeforeEach
    void copySampleInput() throws IOException {
        input = temp.resolve("input");
        FileSystemUtils.copyRecursively(Path.of("input"), input);
        data = temp.resolve("data");
        output = new OutputNames(temp.resolve("output"));
    }

    @Test
    void aRunKilledWhileWritingThePdfLeavesNoPartialFileAndTheLastGoodBriefingInPlace() throws Exception {
        try (FuelWatchProcess first = run("first.log")) {
            assertThat(first.exitCode(RUN)).as(first.log()).isZero();
        }
        byte[] lastGood = Files.readAllBytes(output.briefing(AS_OF));
        byte[] lastGoodArabic = Files.readAllBytes(output.briefing(AS_OF, "ar"));
        correctATankerCount();

        // the second run, on the corrected input, is killed as soon as it starts writing the PDF
        Path draft = output.work(AS_OF).resolve("briefing.pdf.part");
        Files.deleteIfExists(draft);
        try (FuelWatchProcess second = run("second.log")) {
            assertThat(second.await(() -> Files.exists(draft), RUN)).as("the run began writing the PDF").isTrue();
            second.kill();
        }
        assertThat(Files.readAllBytes(output.briefing(AS_OF))).isEqualTo(lastGood);
        assertThat(Files.readAllBytes(output.latest())).isEqualTo(lastGood);
        assertThat(Files.readAllBytes(output.briefing(AS_OF, "ar"))).isEqualTo(lastGoodArabic);
        try (Stream<Path> files = Files.list(output.root())) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".part"))
                    .filteredOn(name -> name.endsWith(".pdf"))
                    .containsExactlyInAnyOrder("briefing-2026-01-31.pdf", "latest.pdf", "briefing-2026-01-31-ar.pdf",
                            "latest-ar.pdf");
        }

        // the same command again finishes the killed run
        try (FuelWatchProcess third = run("third.log")) {
            assertThat(third.exitCode(RUN)).as(third.log()).isZero();
            assertThat(third.log()).contains("recovering it to restart");
        }
        assertThat(Files.readAllBytes(output.briefing(AS_OF))).isNotEqualTo(lastGood);
        assertThat(output.latest()).hasSameBinaryContentAs(output.briefing(AS_OF));
        assertThat(new OutputFolder(output.root()).revisionsOf(AS_OF)).filteredOn(p -> p.toString().endsWith("Z.pdf")).singleElement()
                .satisfies(revision -> assertThat(Files.readAllBytes(revision)).isEqualTo(lastGood));
        // the Arabic edition of the replaced briefing is kept beside it
        assertThat(new OutputFolder(output.root()).revisionsOf(AS_OF)).filteredOn(p -> p.toString().endsWith("Z-ar.pdf"))
                .singleElement().satisfies(revision -> assertThat(Files.readAllBytes(revision)).isEqualTo(lastGoodArabic));
    }

    @Test
    void scheduledModeBriefsOnItsCronAndAManualRunMeanwhileIsRefusedWithItsOwnExitCode() throws Exception {
        try (FuelWatchProcess scheduled = run("scheduled.log", "--schedule",
                "--fuelwatch.schedule.cron=*/2 * * * * *", "--fuelwatch.schedule.zone=UTC")) {
            assertThat(scheduled.awaitLog("briefing published", RUN)).as(scheduled.log()).isTrue();
            assertThat(output.briefing(AS_OF)).exists();
            // the next time is due two seconds later; with nothing new in the input it does nothing twice
            assertThat(scheduled.awaitLog("input unchanged", RUN)).as(scheduled.log()).isTrue();

            try (FuelWatchProcess manual = run("manual.log")) {
                assertThat(manual.exitCode(RUN)).as(manual.log()).isEqualTo(ExitCodes.RUN_IN_PROGRESS);
                assertThat(manual.log()).contains("the database is in use by another FuelWatch process");
            }

            scheduled.stop(RUN);
            assertThat(scheduled.log()).contains("next scheduled run at").doesNotContain("Exception");
        }
    }

    private FuelWatchProcess run(String log, String... more) {
        String[] args = Stream.concat(Stream.of("--input=" + input, "--output=" + output.root()), Stream.of(more))
                .toArray(String[]::new);
        return FuelWatchProcess.start(data, temp.resolve(log), args);
    }

    private void correctATankerCount() throws IOException {
        Path incidents = input.resolve("incidents/incidents-2025.csv");
        Files.writeString(incidents, Files.readString(incidents).replace(
                "INC-2025-0823-01,2025-08-23,SN,SN-RN3,between Lakamané and Diéma,14.47,-9.54,ambush,1,0,0",
                "INC-2025-0823-01,2025-08-23,SN,SN-RN3,between Lakamané and Diéma,14.47,-9.54,ambush,1,1,0"));
    }
}
