package org.fuelwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fuelwatch.TestData;
import org.fuelwatch.TestFiles;
import org.fuelwatch.run.BriefingLauncher;
import org.fuelwatch.run.ExitCodes;
import org.fuelwatch.run.RunOptions;
import org.fuelwatch.run.RunOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * Every validation rule, one broken file per fault (src/test/resources/ingest/broken/incidents), plus a file
 * mixing good and bad rows: exactly the good rows are ingested and exactly the bad ones rejected, with their places
 * and reasons.
 */
@SpringBootTest(properties = "fuelwatch.ingest.skip-limit=100")
@ActiveProfiles("test")
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class IngestRulesTests {

    @Autowired
    BriefingLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IngestFiles files;

    @TempDir
    Path temp;

    @BeforeEach
    void emptyTheDatabase() {
        TestData.wipe(jdbc);
    }

    @Test
    void brokenFilesLoseNoGoodRowAndExplainEveryRejectedOne(CapturedOutput log) throws IOException {
        Path input = inputWith(Path.of("src/test/resources/ingest/broken/incidents"));
        Path output = temp.resolve("output");

        RunOutcome outcome = launcher.launch(new RunOptions(input, output, null));

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(jdbc.queryForList("SELECT incident_id FROM incident ORDER BY incident_id", String.class))
                .containsExactly("T-DU-1", "T-FC-1", "T-MX-1", "T-MX-3", "T-MX-5", "T-OK-1", "T-OK-2");
        // the first of two rows with one id and different content is kept
        assertThat(jdbc.queryForObject("SELECT tankers_destroyed FROM incident WHERE incident_id = 'T-DU-1'",
                Integer.class)).isEqualTo(1);

        List<Map<String, String>> rejects = TestFiles.csv(output.resolve("rejects-2026-01-31.csv"));
        assertThat(rejects).extracting(r -> r.get("file"), r -> r.get("line"), r -> r.get("column"))
                .containsExactly(
                        tuple("incidents/01-field-count.csv", "3", "(row)"),
                        tuple("incidents/01-field-count.csv", "4", "(row)"),
                        tuple("incidents/02-required.csv", "2", "location"),
                        tuple("incidents/02-required.csv", "3", "tankers_destroyed"),
                        tuple("incidents/03-date.csv", "2", "date"),
                        tuple("incidents/03-date.csv", "3", "date"),
                        tuple("incidents/04-number.csv", "2", "tankers_attacked"),
                        tuple("incidents/04-number.csv", "3", "tankers_destroyed"),
                        tuple("incidents/04-number.csv", "4", "fatalities"),
                        tuple("incidents/05-destroyed-over-attacked.csv", "2", "tankers_destroyed"),
                        tuple("incidents/06-coordinates.csv", "2", "latitude"),
                        tuple("incidents/06-coordinates.csv", "3", "longitude"),
                        tuple("incidents/07-reference.csv", "2", "corridor"),
                        tuple("incidents/07-reference.csv", "3", "route"),
                        tuple("incidents/07-reference.csv", "4", "route"),
                        tuple("incidents/08-length.csv", "2", "location"),
                        tuple("incidents/08-length.csv", "3", "notes"),
                        tuple("incidents/09-duplicate-id.csv", "4", "incident_id"),
                        tuple("incidents/10-missing-column.csv", "0", "(file)"),
                        tuple("incidents/11-not-utf8.csv", "0", "(file)"),
                        tuple("incidents/12-not-csv.csv", "0", "(file)"),
                        tuple("incidents/16-mixed.csv", "3", "tankers_destroyed"),
                        tuple("incidents/16-mixed.csv", "5", "date"));
        assertThat(rejects).extracting(r -> r.get("reason")).containsExactly(
                "expected 15 fields as in the header, found 14",
                "expected 15 fields as in the header, found 16",
                "a value is required",
                "a value is required",
                "expected a real date as YYYY-MM-DD",
                "expected a real date as YYYY-MM-DD",
                "expected a whole non-negative number",
                "expected a whole non-negative number",
                "expected a whole non-negative number",
                "more tankers destroyed than attacked (3)",
                "expected a number from -90 to 90",
                "expected a number from -180 to 180",
                "not a known corridor (known: CI, GN, MR, NE, SN)",
                "not a known route (known: CI-KAD, CI-RN7, CI-SEG, GN-RN5, MR-NIO, NE-NIA, SN-KITA, SN-RN3)",
                "route CI-RN7 belongs to corridor CI, not SN",
                "text of 250 characters is longer than the 200 allowed",
                "text of 4100 characters is longer than the 4000 allowed",
                "incident_id T-DU-1 appears again with different content; the first is kept "
                        + "(incidents/09-duplicate-id.csv line 2), this later row is rejected",
                "line 1: missing required column(s) tankers_destroyed; the header has incident_id, date, corridor, "
                        + "location, type, source, notes",
                "not UTF-8 text: byte 0xE9 at line 2, byte 30 of the line; save the file as UTF-8",
                "line 1: missing required column(s) incident_id, date, corridor, location, type, tankers_destroyed, "
                        + "source; the header has {\"incidents\": [{\"incident_id\": \"T-JS-1\", \"date\": \"2025-10-01\"}]}",
                "more tankers destroyed than attacked (5)",
                "expected a real date as YYYY-MM-DD");
        assertThat(rejects.get(0).get("raw_line"))
                .isEqualTo("T-FC-2,2025-10-02,CI,CI-RN7,Bougouni,11.42,-7.48,ambush,3,1,0,JNIM,Test,");

        // quoting, byte-order mark, CRLF and a line break inside a field read as written
        assertThat(jdbc.queryForMap("SELECT location, notes FROM incident WHERE incident_id = 'T-OK-1'"))
                .containsEntry("LOCATION", "Kolokani, Kati road")
                .containsEntry("NOTES", "He said \"stop\", then left;\r\nsecond line of the note");
        // text is data: formulas, markup and template syntax are printed as written
        String text = TestFiles.pdfText(output.resolve("briefing-2026-01-31.pdf"));
        assertThat(text).contains("=HYPERLINK(\"http://x\") <b>bold</b> {{cutPct}}");

        assertThat(log.getOut()).contains("incidents/13-empty.csv: file is empty",
                "incidents/14-header-only.csv: file has a header but no rows",
                "incidents/15-bom-crlf-quotes.csv: unknown column 'extra_column' is ignored");
        long run = outcome.execution().getJobInstance().getInstanceId();
        assertThat(files.forRun(run)).filteredOn(f -> f.file().equals("incidents/16-mixed.csv")).singleElement()
                .isEqualTo(new IngestFiles.FileCounts("Incidents", "incidents/16-mixed.csv", 5, 3, 0, 0, 2, null));
        assertThat(files.forRun(run)).filteredOn(f -> f.file().equals("incidents/09-duplicate-id.csv"))
                .singleElement()
                .isEqualTo(new IngestFiles.FileCounts("Incidents", "incidents/09-duplicate-id.csv", 3, 1, 0, 1, 1,
                        null));
    }

    @Test
    void ingestingAgainDoublesNothingAndACorrectedRowIsUpdatedAndReported() throws IOException {
        Path input = inputWith(Path.of("src/test/resources/ingest/broken/incidents"));
        Path output = temp.resolve("output");
        RunOutcome first = launcher.launch(new RunOptions(input, output, null));
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM incident", Integer.class);

        // tomorrow: a new file brings a new row and repeats one unchanged; a row is corrected where it stands
        Files.writeString(input.resolve("incidents/17-tomorrow.csv"), """
                incident_id,date,corridor,route,location,latitude,longitude,type,tankers_attacked,tankers_destroyed,fatalities,actor,source,source_url,notes
                T-MX-1,2025-10-07,CI,CI-KAD,Kadiana,10.75,-6.5,ambush,5,5,2,JNIM,Test,,good
                T-NW-1,2025-10-10,SN,SN-KITA,Kita,13.04,-9.49,arson,1,1,0,,Test,,new tomorrow
                """);
        Path mixed = input.resolve("incidents/16-mixed.csv");
        Files.writeString(mixed, Files.readString(mixed).replace(
                "T-MX-3,2025-10-08,GN,GN-RN5,Kourémalé,11.97,-8.78,other,0,0,0,,Test,,good",
                "T-MX-3,2025-10-08,GN,GN-RN5,Kourémalé,11.97,-8.78,other,3,2,0,,Test,,corrected count"));
        RunOutcome second = launcher.launch(new RunOptions(input, output, null));

        assertThat(first.exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(second.exitCode()).as(second.message()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(second.execution().getJobInstance().getInstanceId())
                .isNotEqualTo(first.execution().getJobInstance().getInstanceId());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM incident", Integer.class)).isEqualTo(rows + 1);
        assertThat(jdbc.queryForObject("SELECT tankers_destroyed FROM incident WHERE incident_id = 'T-MX-3'",
                Integer.class)).isEqualTo(2);
        long run = second.execution().getJobInstance().getInstanceId();
        assertThat(files.forRun(run)).filteredOn(f -> f.file().equals("incidents/16-mixed.csv")).singleElement()
                .isEqualTo(new IngestFiles.FileCounts("Incidents", "incidents/16-mixed.csv", 5, 0, 1, 2, 2, null));
        assertThat(files.forRun(run)).filteredOn(f -> f.file().equals("incidents/17-tomorrow.csv")).singleElement()
                .isEqualTo(new IngestFiles.FileCounts("Incidents", "incidents/17-tomorrow.csv", 2, 1, 0, 1, 0, null));
        assertThat(TestFiles.csv(output.resolve("changes-2026-01-31.csv"))).singleElement().satisfies(change -> {
            assertThat(change.get("file")).isEqualTo("incidents/16-mixed.csv");
            assertThat(change.get("line")).isEqualTo("4");
            assertThat(change.get("key")).isEqualTo("T-MX-3");
            assertThat(change.get("changes")).isEqualTo("tankers_attacked: 0 → 3; tankers_destroyed: 0 → 2; "
                    + "notes: good → corrected count (was incidents/16-mixed.csv line 4)");
        });
        // the supply rows of the first run are all unchanged repeats
        assertThat(files.forRun(run)).filteredOn(f -> f.file().startsWith("supply/"))
                .allSatisfy(f -> assertThat(f.duplicates()).isEqualTo(f.read()));
    }

    private Path inputWith(Path incidents) throws IOException {
        Path input = temp.resolve("input");
        FileSystemUtils.copyRecursively(Path.of("input/reference"), input.resolve("reference"));
        FileSystemUtils.copyRecursively(Path.of("input/supply"), input.resolve("supply"));
        FileSystemUtils.copyRecursively(incidents, input.resolve("incidents"));
        return input;
    }
}
