package org.fuelwatch.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.fuelwatch.ingest.IngestFiles;
import org.fuelwatch.system.OutputNames;
import org.fuelwatch.SettableClock;
import org.fuelwatch.TestData;
import org.fuelwatch.TestFiles;
import org.fuelwatch.run.BriefingLauncher;
import org.fuelwatch.run.ExitCodes;
import org.fuelwatch.system.InputFingerprint;
import org.fuelwatch.run.RunLock;
import org.fuelwatch.run.RunOptions;
import org.fuelwatch.run.RunOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.util.FileSystemUtils;

/** What a run leaves in the output folder: briefing, manifest, latest, revisions, and what it never touches. */
@SpringBootTest(properties = {"fuelwatch.ingest.skip-limit=3", "fuelwatch.publish.keep-briefings=2"})
@ActiveProfiles("test")
@Import(SettableClock.Today.class)
class PublishingTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);

    @Autowired
    BriefingLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SettableClock clock;

    @MockitoSpyBean
    IngestFiles ingestFiles;

    @TempDir
    Path temp;

    Path input;
    OutputNames output;

    @BeforeEach
    void copySampleInput() throws IOException {
        TestData.wipe(jdbc);
        clock.set(AS_OF.plusDays(1));
        input = temp.resolve("input");
        FileSystemUtils.copyRecursively(Path.of("input"), input);
        output = new OutputNames(temp.resolve("output"));
    }

    @Test
    void theManifestNamesEveryInputAndOutputWithChecksumsThatMatchTheFiles() throws IOException {
        RunOutcome outcome = run(null);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.SUCCESS);
        Manifest manifest = ManifestJson.read(output.manifest(AS_OF));
        assertThat(manifest.asOf()).isEqualTo(AS_OF);
        assertThat(manifest.started()).isBeforeOrEqualTo(manifest.finished());
        assertThat(manifest.inputs()).extracting(Manifest.InputFile::file)
                .contains("incidents/incidents-2025.csv", "supply/supply-2025.csv", "claims/claims.csv");
        for (Manifest.InputFile file : manifest.inputs()) {
            Path path = input.resolve(file.file());
            assertThat(file.sha256()).as(file.file()).isEqualTo(InputFingerprint.sha256(path));
            assertThat(file.bytes()).isEqualTo(Files.size(path));
            assertThat(file.rowsRead()).isEqualTo(TestFiles.csv(path).size());
        }
        assertThat(manifest.outputs()).extracting(Manifest.OutputFile::file)
                .containsExactly("briefing-2026-01-31.pdf", "briefing-2026-01-31-ar.pdf", "rejects-2026-01-31.csv", "changes-2026-01-31.csv",
                        "acled-matches-2026-01-31.csv");
        // the sample export: 11 rows (one event twice), 7 of its 10 events selected (one of them deleted), 5
        // matched to a route, one of those merged with an own incident, 2 selected on no route
        assertThat(manifest.acled()).containsExactly(
                new Manifest.AcledFile("acled/acled-sample.csv", 11, 7, 5, 1, 2, 0));
        for (Manifest.OutputFile file : manifest.outputs()) {
            Path path = output.root().resolve(file.file());
            assertThat(file.sha256()).as(file.file()).isEqualTo(InputFingerprint.sha256(path));
            assertThat(file.bytes()).isEqualTo(Files.size(path));
        }
        assertThat(manifest.keyFigures().supplyCutPct()).isBetween(75.0, 85.0);
        assertThat(TestFiles.pdfText(output.briefing(AS_OF)))
                .contains(Math.round(manifest.keyFigures().supplyCutPct()) + "% below the pre-blockade baseline");

        assertThat(output.latest()).hasSameBinaryContentAs(output.briefing(AS_OF));
        assertThat(output.latestManifest()).hasSameBinaryContentAs(output.manifest(AS_OF));
        assertThat(output.root()).isDirectoryNotContaining("glob:**/*.part");
    }

    @Test
    void correctedInputGivesANewBriefingAndKeepsTheReplacedOneAsADatedRevision() throws IOException {
        assertThat(run(null).exitCode()).isEqualTo(ExitCodes.SUCCESS);
        byte[] first = Files.readAllBytes(output.briefing(AS_OF));
        String firstFingerprint = ManifestJson.read(output.manifest(AS_OF)).fingerprint();

        // an analyst corrects a tanker count in yesterday's file
        correctATankerCount();
        RunOutcome second = run(null);

        assertThat(second.exitCode()).as(second.message()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(second.message()).doesNotContain("input unchanged");
        assertThat(ManifestJson.read(output.manifest(AS_OF)).fingerprint()).isNotEqualTo(firstFingerprint);
        assertThat(TestFiles.csv(output.changes(AS_OF))).singleElement()
                .satisfies(row -> assertThat(row.get("key")).isEqualTo("INC-2025-0823-01"));
        // the replaced PDF, its Arabic edition and their manifest
        assertThat(new OutputFolder(output.root()).revisionsOf(AS_OF)).hasSize(3);
        Path revision = new OutputFolder(output.root()).revisionsOf(AS_OF).stream().filter(p -> p.toString().endsWith("Z.pdf")).findFirst()
                .orElseThrow();
        assertThat(revision.getFileName().toString()).matches("briefing-2026-01-31-\\d{8}T\\d{6}Z\\.pdf");
        assertThat(Files.readAllBytes(revision)).isEqualTo(first);
        assertThat(output.latest()).hasSameBinaryContentAs(output.briefing(AS_OF));

        // the same corrected input again: nothing to do, no new revision
        RunOutcome third = run(null);
        assertThat(third.exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(third.message()).contains("input unchanged");
        assertThat(new OutputFolder(output.root()).revisionsOf(AS_OF)).hasSize(3);
    }

    @Test
    void aFailedRunLeavesTheLastBriefingManifestAndLatestUntouched() throws IOException {
        assertThat(run(null).exitCode()).isEqualTo(ExitCodes.SUCCESS);
        byte[] briefing = Files.readAllBytes(output.briefing(AS_OF));
        byte[] manifest = Files.readAllBytes(output.manifest(AS_OF));
        byte[] latest = Files.readAllBytes(output.latest());

        // tonight's input has more bad rows than the skip limit of 3
        Path broken = Path.of("src/test/resources/ingest/broken/incidents");
        for (String name : new String[] {"04-number.csv", "16-mixed.csv"}) {
            Files.copy(broken.resolve(name), input.resolve("incidents").resolve(name));
        }
        RunOutcome failed = run(null);

        assertThat(failed.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(failed.message()).contains("the last good briefing is unchanged");
        assertThat(Files.readAllBytes(output.briefing(AS_OF))).isEqualTo(briefing);
        assertThat(Files.readAllBytes(output.manifest(AS_OF))).isEqualTo(manifest);
        assertThat(Files.readAllBytes(output.latest())).isEqualTo(latest);
        assertThat(output.revisions()).doesNotExist();
        assertThat(output.root()).isDirectoryNotContaining("glob:**/*.part");
    }

    /**
     * Staging fails part way (here after the rejects and changes files were staged, as on a full disk): the published
     * set stays whole, nothing is archived, nothing temporary is left, and the message says so truthfully.
     */
    @Test
    void aFailureWhileStagingLeavesThePublishedSetWholeAndNoTemporaryFile() throws IOException {
        assertThat(run(null).exitCode()).isEqualTo(ExitCodes.SUCCESS);
        byte[] briefing = Files.readAllBytes(output.briefing(AS_OF));
        byte[] manifest = Files.readAllBytes(output.manifest(AS_OF));
        byte[] latest = Files.readAllBytes(output.latest());

        correctATankerCount();
        // the rejects and changes files are staged by then; the manifest's file counts then fail to be read
        org.mockito.Mockito.doThrow(new java.io.UncheckedIOException(new IOException("No space left on device")))
                .when(ingestFiles).forRun(org.mockito.ArgumentMatchers.anyLong());
        try {
            RunOutcome failed = run(null);
            assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILURE);
            assertThat(failed.message()).contains("no briefing was published; the last good briefing is unchanged")
                    .contains("No space left on device");
        } finally {
            org.mockito.Mockito.reset(ingestFiles);
        }
        assertThat(Files.readAllBytes(output.briefing(AS_OF))).isEqualTo(briefing);
        assertThat(Files.readAllBytes(output.manifest(AS_OF))).isEqualTo(manifest);
        assertThat(Files.readAllBytes(output.latest())).isEqualTo(latest);
        assertThat(output.revisions()).doesNotExist();
        assertThat(output.root()).isDirectoryNotContaining("glob:**/*.part");
        assertThat(Publisher.interrupted(output.root(), AS_OF)).isFalse();

        assertThat(output.work(AS_OF).resolve("staged")).doesNotExist();

        // the next night, with room again, publishes the corrected briefing and keeps the old one as a revision
        assertThat(run(null).exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(Files.readAllBytes(output.briefing(AS_OF))).isNotEqualTo(briefing);
        assertThat(output.latest()).hasSameBinaryContentAs(output.briefing(AS_OF));
        assertThat(output.latest("ar")).hasSameBinaryContentAs(output.briefing(AS_OF, "ar"));
        assertThat(new OutputFolder(output.root()).revisionsOf(AS_OF)).hasSize(3);
    }

    /** An analyst corrects a tanker count in yesterday's file. */
    private void correctATankerCount() throws IOException {
        Path incidents = input.resolve("incidents/incidents-2025.csv");
        String corrected = Files.readString(incidents).replace(
                "INC-2025-0823-01,2025-08-23,SN,SN-RN3,between Lakamané and Diéma,14.47,-9.54,ambush,1,0,0",
                "INC-2025-0823-01,2025-08-23,SN,SN-RN3,between Lakamané and Diéma,14.47,-9.54,ambush,1,1,0");
        assertThat(corrected).isNotEqualTo(Files.readString(incidents));
        Files.writeString(incidents, corrected);
    }

    @Test
    void retentionRemovesTheOldestBriefingsWithTheirFilesAndNeverTheNewest() {
        LocalDate newest = AS_OF;
        LocalDate older = AS_OF.minusDays(1);
        LocalDate oldest = AS_OF.minusDays(2);
        for (LocalDate asOf : new LocalDate[] {oldest, newest, older}) {
            RunOutcome outcome = run(asOf);
            assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.SUCCESS);
        }

        // keep-briefings=2: the oldest went with everything that belonged to it
        assertThat(output.publishedDates()).containsExactly(newest, older);
        assertThat(output.manifest(oldest)).doesNotExist();
        assertThat(output.rejects(oldest)).doesNotExist();
        assertThat(output.changes(oldest)).doesNotExist();
        assertThat(output.work(oldest)).doesNotExist();
        assertThat(output.manifest(older)).exists();
        // latest stays on the newest as-of date, even though an older date was briefed last
        assertThat(output.latest()).hasSameBinaryContentAs(output.briefing(newest));
    }

    @Test
    void aRunIsRefusedWhileAnotherHoldsTheOutputFolder() {
        try (RunLock other = RunLock.tryAcquire(output.root())) {
            assertThat(other).isNotNull();

            RunOutcome refused = run(null);

            assertThat(refused.exitCode()).isEqualTo(ExitCodes.RUN_IN_PROGRESS);
            assertThat(refused.message()).contains("another FuelWatch run holds the lock");
            assertThat(output.briefing(AS_OF)).doesNotExist();
        }
        assertThat(run(null).exitCode()).isEqualTo(ExitCodes.SUCCESS);
    }

    @Test
    void aBriefingOnStaleDataIsMadeAgainEachDaySoItsNoticeStaysTrue() throws IOException {
        clock.set(AS_OF.plusDays(9)); // stale-after-days is 3
        assertThat(run(null).exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(ManifestJson.read(output.manifest(AS_OF)).dataAge())
                .satisfies(age -> assertThat(age.stale()).isTrue())
                .satisfies(age -> assertThat(age.days()).isEqualTo(9));
        assertThat(firstPage(output.briefing(AS_OF))).contains("Stale data: the newest row in the data is from 31 "
                + "January 2026, 9 days before this briefing was made on 9 February 2026");

        // later the same day: nothing to do
        assertThat(run(null).message()).contains("input unchanged");

        // the next day, with still no new data: the briefing is made again, with the new age, and not kept as a
        // revision, since its input did not change
        clock.set(AS_OF.plusDays(10));
        RunOutcome nextDay = run(null);
        assertThat(nextDay.exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(nextDay.message()).doesNotContain("input unchanged");
        assertThat(ManifestJson.read(output.manifest(AS_OF)).dataAge().days()).isEqualTo(10);
        assertThat(firstPage(output.briefing(AS_OF))).contains("10 days before this briefing was made on 10 February");
        assertThat(new OutputFolder(output.root()).revisionsOf(AS_OF)).isEmpty();
    }

    private static String firstPage(Path pdf) throws IOException {
        return TestFiles.pdfPageText(pdf, 1);
    }

    private RunOutcome run(LocalDate asOf) {
        return launcher.launch(new RunOptions(input, output.root(), asOf));
    }
}
