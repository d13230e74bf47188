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

    static final String WIDEST_ID = "T-WD-" + "x".repeat(35);
    static final String AFTER_RUN_DATE = "date after the run date 2026-02-01 (with 1 day(s) of margin, "
            + "fuelwatch.ingest.future-days)";
    static final String NOT_DECIMAL = "expected a decimal number such as 12.5 or -7.48";

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
                .containsExactly("T-DT-6", "T-DU-1", "T-FC-1", "T-MX-1", "T-MX-3", "T-MX-5", "T-NM-8", "T-OK-1",
                        "T-OK-2", WIDEST_ID);
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
                        tuple("incidents/16-mixed.csv", "5", "date"),
                        tuple("incidents/17-width.csv", "3", "incident_id"),
                        tuple("incidents/18-dates.csv", "2", "date"),
                        tuple("incidents/18-dates.csv", "3", "date"),
                        tuple("incidents/18-dates.csv", "4", "date"),
                        tuple("incidents/18-dates.csv", "5", "date"),
                        tuple("incidents/18-dates.csv", "6", "date"),
                        tuple("incidents/19-numbers.csv", "2", "latitude"),
                        tuple("incidents/19-numbers.csv", "3", "longitude"),
                        tuple("incidents/19-numbers.csv", "4", "tankers_attacked"),
                        tuple("incidents/19-numbers.csv", "5", "fatalities"),
                        tuple("incidents/19-numbers.csv", "6", "latitude"),
                        tuple("incidents/19-numbers.csv", "7", "longitude"),
                        tuple("incidents/19-numbers.csv", "8", "tankers_destroyed"),
                        tuple("incidents/19-numbers.csv", "10", "latitude"));
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
                        + "source; the header has {\"incidents\": [{\"incident_id\": \"T-JS-1\", \"date\": \"2025-10-01…",
                "more tankers destroyed than attacked (5)",
                "expected a real date as YYYY-MM-DD",
                // the width is the column's in schema.sql: 40 for an id, where 200 was documented
                "text of 41 characters is longer than the 40 allowed",
                AFTER_RUN_DATE,
                "expected a real date as YYYY-MM-DD",
                "date before 1900-01-01, the earliest accepted (fuelwatch.ingest.earliest-date)",
                "date before 1900-01-01, the earliest accepted (fuelwatch.ingest.earliest-date)",
                AFTER_RUN_DATE,
                NOT_DECIMAL, NOT_DECIMAL,
                "expected a whole non-negative number",
                "expected a whole non-negative number",
                NOT_DECIMAL, NOT_DECIMAL,
                "expected a whole non-negative number",
                NOT_DECIMAL);
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

    @Test
    void anEnormousFieldAFolderAndALinkOutOfTheInputAreRefusedAndTheRestIsStored(CapturedOutput log)
            throws IOException {
        Path input = inputWith(Path.of("src/test/resources/ingest/broken/incidents/16-mixed.csv"));
        // a 20 MB note, then a good row: the parser's buffer (16 MiB) used to stop the whole run
        Files.writeString(input.resolve("incidents/20-huge-field.csv"), HEADER
                + "T-HG-1,2025-10-05,CI,CI-RN7,Bougouni,11.42,-7.48,ambush,3,1,0,JNIM,Test,,\"" + "n".repeat(20 << 20)
                + "\"\nT-HG-2,2025-10-06,CI,CI-RN7,Bougouni,11.42,-7.48,ambush,3,1,0,JNIM,Test,,after the huge one\n");
        Files.createDirectory(input.resolve("incidents/zz.csv"));
        Path passwd = Files.writeString(temp.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.createSymbolicLink(input.resolve("incidents/zz-link.csv"), passwd);
        Path output = temp.resolve("output");

        RunOutcome outcome = launcher.launch(new RunOptions(input, output, null));

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(jdbc.queryForList("SELECT incident_id FROM incident ORDER BY incident_id", String.class))
                .containsExactly("T-HG-2", "T-MX-1", "T-MX-3", "T-MX-5");
        List<Map<String, String>> rejects = TestFiles.csv(output.resolve("rejects-2026-01-31.csv"));
        assertThat(rejects).filteredOn(r -> !r.get("file").equals("incidents/16-mixed.csv"))
                .extracting(r -> r.get("file"), r -> r.get("line"), r -> r.get("column"), r -> r.get("reason"))
                .containsExactly(
                        tuple("incidents/20-huge-field.csv", "2", "notes",
                                "text of more than 100,000 characters is longer than the 4000 allowed"),
                        tuple("incidents/zz-link.csv", "0", "(file)",
                                "a link to a file outside the input folder; not read"),
                        tuple("incidents/zz.csv", "0", "(file)", "a folder, not a file; not read"));
        // nothing of the linked file is quoted anywhere
        assertThat(Files.readString(output.resolve("rejects-2026-01-31.csv"))).doesNotContain("root:");
        assertThat(Files.readString(output.resolve("briefing-2026-01-31.json"))).doesNotContain("root:");
        assertThat(log.getOut()).doesNotContain("root:x");
        assertThat(rejects.get(0).get("raw_line")).hasSizeLessThanOrEqualTo(8000);
    }

    @Test
    void anEmptyInputFolderIsBadInput() throws IOException {
        Path input = Files.createDirectories(temp.resolve("input"));

        RunOutcome outcome = launcher.launch(new RunOptions(input, temp.resolve("output"), null));

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(outcome.message()).contains("the input folder holds no input files");
    }

    @Test
    void missingReferenceDataIsSaidPlainly() throws IOException {
        Path input = temp.resolve("input");
        FileSystemUtils.copyRecursively(Path.of("input/incidents"), input.resolve("incidents"));

        RunOutcome outcome = launcher.launch(new RunOptions(input, temp.resolve("output"), null));

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(outcome.message()).contains("no corridor is known", "the reference data is missing")
                .doesNotContain("(known: )");
    }

    @Test
    void supplyVolumesMayHaveDecimals() throws IOException {
        Path input = temp.resolve("input");
        FileSystemUtils.copyRecursively(Path.of("input/reference"), input.resolve("reference"));
        FileSystemUtils.copyRecursively(Path.of("input/supply"), input.resolve("supply"));
        Path supply = input.resolve("supply/supply-2026.csv");
        List<String> lines = Files.readAllLines(supply);
        String first = lines.get(1);
        List<String> header = List.of(lines.get(0).split(","));
        String[] fields = first.split(",", -1);
        fields[header.indexOf("volume_m3")] = "3083.8";
        lines.set(1, String.join(",", fields));
        Files.write(supply, lines);

        RunOutcome outcome = launcher.launch(new RunOptions(input, temp.resolve("output"), null));

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(jdbc.queryForObject("SELECT volume_m3 FROM supply WHERE source_file = 'supply/supply-2026.csv' "
                + "AND source_line = 2", java.math.BigDecimal.class)).isEqualByComparingTo("3083.8");
    }

    private static final String HEADER = "incident_id,date,corridor,route,location,latitude,longitude,type,"
            + "tankers_attacked,tankers_destroyed,fatalities,actor,source,source_url,notes\n";

    private Path inputWith(Path incidents) throws IOException {
        Path input = temp.resolve("input");
        FileSystemUtils.copyRecursively(Path.of("input/reference"), input.resolve("reference"));
        FileSystemUtils.copyRecursively(Path.of("input/supply"), input.resolve("supply"));
        if (Files.isDirectory(incidents)) {
            FileSystemUtils.copyRecursively(incidents, input.resolve("incidents"));
        } else {
            Files.createDirectories(input.resolve("incidents"));
            Files.copy(incidents, input.resolve("incidents").resolve(incidents.getFileName()));
        }
        return input;
    }
}
