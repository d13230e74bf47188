package org.fuelwatch.acled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.fuelwatch.system.FuelWatchProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The job on the sample with its synthetic ACLED export: which events count, on which route, merged with which own
 * incident; the audit file; the attribution in the PDF; a newer export's versions and deletions; a rerun that doubles
 * nothing; a match rolled back that leaves the previous one whole; and rejected ACLED rows in the rejects file.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class AcledJobTests {

    static final String AS_OF = "2026-01-31";

    @Autowired
    BriefingLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    FuelWatchProperties properties;

    @TempDir
    Path temp;

    Path input;
    Path output;

    @BeforeEach
    void sampleInput() throws IOException {
        TestData.wipe(jdbc);
        input = temp.resolve("input");
        output = temp.resolve("output");
        FileSystemUtils.copyRecursively(Path.of("input"), input);
    }

    @Test
    void theSampleExportsEventsCountOnTheirRoutesOnceEach() throws IOException {
        run();

        assertThat(jdbc.query("SELECT incident_id, corridor, route, tankers_destroyed, tankers_derived, source "
                + "FROM incident WHERE origin = 'acled' ORDER BY incident_id", (rs, i) -> tuple(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getObject(4), rs.getBoolean(5), rs.getString(6))))
                .containsExactly(
                        tuple("ZZZ1002", "CI", "CI-RN7", 3, true, ATTRIBUTION),
                        tuple("ZZZ1003", "SN", "SN-RN3", null, false, ATTRIBUTION),
                        tuple("ZZZ1004", "SN", "SN-KITA", null, false, ATTRIBUTION),
                        tuple("ZZZ1010", "SN", "SN-RN3", 2, true, ATTRIBUTION));
        // the merged event is the own incident, cited beside it; the own row's values are kept
        assertThat(jdbc.queryForMap("SELECT tankers_destroyed, acled_events FROM incident "
                + "WHERE incident_id = 'INC-2025-1017-01'")).containsEntry("TANKERS_DESTROYED", 50)
                .containsEntry("ACLED_EVENTS", "ZZZ1001");

        List<Map<String, String>> audit = TestFiles.csv(output.resolve("acled-matches-" + AS_OF + ".csv"));
        assertThat(audit.get(0).keySet()).containsExactlyElementsOf(AcledMatches.COLUMNS);
        assertThat(audit).extracting(r -> r.get("event_id_cnty"), r -> r.get("selected"), r -> r.get("route"),
                r -> r.get("shared_with"), r -> r.get("merged_with"), r -> r.get("tankers")).containsExactly(
                        tuple("ZZZ1001", "true", "CI-KAD", "", "INC-2025-1017-01", "40"),
                        tuple("ZZZ1007", "false", "", "", "", ""),
                        tuple("ZZZ1008", "true", "", "", "", ""),
                        tuple("ZZZ1002", "true", "CI-RN7", "CI-KAD", "", "3"),
                        tuple("ZZZ1003", "true", "SN-RN3", "MR-NIO", "", ""),
                        tuple("ZZZ1004", "true", "SN-KITA", "", "", ""),
                        tuple("ZZZ1005", "true", "", "", "", ""),
                        tuple("ZZZ1009", "true", "", "", "", ""),
                        tuple("ZZZ1010", "true", "SN-RN3", "", "", "2"),
                        // the protest, which its type alone leaves out, is counted on a line of its reason
                        tuple("", "false", "", "", "", ""));
        assertThat(audit).extracting(r -> r.get("reason"), r -> r.get("events")).containsExactly(
                tuple("Armed clash; fuel word 'fuel'", "1"),
                tuple("notes name no fuel or freight word", "1"),
                tuple("Looting/property destruction; fuel word 'fuel'; no route within 15.0 km", "1"),
                tuple("Attack; fuel word 'fuel'", "1"),
                tuple("Remote explosive/landmine/IED; freight word 'truck'", "1"),
                tuple("Abduction/forced disappearance; freight word 'lorry'", "1"),
                tuple("deleted by ACLED; Attack; fuel word 'fuel'", "1"),
                tuple("Attack; fuel word 'tanker'; geo_precision 3 (a region's centroid) is not matched to a route",
                        "1"),
                tuple("Attack; fuel word 'citernes'", "1"),
                tuple("event type Protests is never an attack on the supply chain", "1"));
        // the same id twice in one export: the newer version's notes decide
        assertThat(audit.get(5).get("reason")).contains("lorry");
        // no note of ACLED's is reproduced, in the audit or in the briefing
        assertThat(Files.readString(output.resolve("acled-matches-" + AS_OF + ".csv"))).doesNotContain("Synthetic");

        Path pdf = output.resolve("briefing-" + AS_OF + ".pdf");
        String text = TestFiles.pdfText(pdf).replaceAll("\\s+", " ");
        assertThat(text).doesNotContain("Synthetic event").contains(ATTRIBUTION,
                "ACLED events (newest version of each; deleted events left out) are selected",
                "within 1 day and 25 km of it, is that incident",
                // the own incident an event was merged into names it, so its row traces to both sources
                "Also reported by ACLED (ZZZ1001).", "2 attacks with no reported tanker count",
                "tankers (2 incidents with no reported tanker count) and killed");
        for (int page = 1; page <= 3; page++) {
            assertThat(TestFiles.pdfPageText(pdf, page)).as("page %d", page)
                    .contains("Incidents include ACLED data (acleddata.com) as of 11 January 2026");
        }
    }

    @Test
    void aNewerExportReplacesVersionsDeletesEventsAndARerunDoublesNothing() throws IOException {
        run();
        long incidents = count("SELECT COUNT(*) FROM incident");
        run();
        assertThat(count("SELECT COUNT(*) FROM incident")).isEqualTo(incidents);
        assertThat(count("SELECT COUNT(*) FROM acled_match")).isEqualTo(9);
        assertThat(count("SELECT SUM(events) FROM acled_match_summary")).isOne();

        // tomorrow's export: ZZZ1002 revised (four tankers), ZZZ1010 listed again unchanged, ZZZ1007 recoded as a
        // protest, ZZZ1003 and the protest ZZZ1006 deleted; ZZZ1004 is missing from it and stays
        List<String> sample = Files.readAllLines(input.resolve("acled/acled-sample.csv"), StandardCharsets.UTF_8);
        String header = sample.get(0);
        String revised = sample.stream().filter(l -> l.startsWith("ZZZ1002,")).findFirst().orElseThrow()
                .replace("three fuel tankers", "four fuel tankers").replace(",1763800000", ",1763900000");
        String older = sample.stream().filter(l -> l.startsWith("ZZZ1010,")).findFirst().orElseThrow()
                .replace("deux camions", "trois camions").replace(",1768100000", ",1768000000");
        String recoded = sample.stream().filter(l -> l.startsWith("ZZZ1007,")).findFirst().orElseThrow()
                .replace("Political violence,Violence against civilians,Attack",
                        "Demonstrations,Protests,Peaceful protest").replace(",1761900000", ",1762000000");
        Files.delete(input.resolve("acled/acled-sample.csv"));
        Files.write(input.resolve("acled/acled-2.csv"), List.of(header, revised, older, recoded),
                StandardCharsets.UTF_8);
        Files.writeString(input.resolve("acled/deleted-2.csv"),
                "event_id_cnty,deleted_timestamp\nZZZ1003,1769000000\nZZZ1006,1769000000\n");
        run();

        assertThat(jdbc.queryForObject("SELECT tankers_destroyed FROM incident WHERE incident_id = 'ZZZ1002'",
                Integer.class)).isEqualTo(4);
        // an older version changes nothing
        assertThat(jdbc.queryForObject("SELECT tankers_destroyed FROM incident WHERE incident_id = 'ZZZ1010'",
                Integer.class)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM incident WHERE incident_id = 'ZZZ1003'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM incident WHERE incident_id = 'ZZZ1004'")).isOne();
        assertThat(count("SELECT COUNT(*) FROM incident WHERE origin = 'acled'")).isEqualTo(3);

        List<Map<String, String>> changes = TestFiles.csv(output.resolve("changes-" + AS_OF + ".csv"));
        assertThat(changes).extracting(c -> c.get("file"), c -> c.get("key"), c -> c.get("changes"))
                .containsExactly(tuple("acled/acled-2.csv", "ZZZ1002",
                        "timestamp: 1763800000 → 1763900000 (a newer ACLED version replaces it)"),
                        // listed although its new type leaves it out: the previous match kept a row for it
                        tuple("acled/acled-2.csv", "ZZZ1007",
                                "timestamp: 1761900000 → 1762000000 (a newer ACLED version replaces it)"));
        List<Map<String, String>> audit = TestFiles.csv(output.resolve("acled-matches-" + AS_OF + ".csv"));
        assertThat(audit).filteredOn(r -> r.get("event_id_cnty").equals("ZZZ1003")).singleElement()
                .satisfies(r -> assertThat(r.get("reason")).startsWith("deleted by ACLED"));
        // eight events of an attack type keep their rows; the recoded and the deleted protest are counted by reason
        assertThat(audit).hasSize(10).filteredOn(r -> r.get("event_id_cnty").isEmpty())
                .extracting(r -> r.get("reason"), r -> r.get("events")).containsExactlyInAnyOrder(
                        tuple("event type Protests is never an attack on the supply chain", "1"),
                        tuple("deleted by ACLED; event type Protests is never an attack on the supply chain", "1"));
    }

    @Test
    void aMatchThatDoesNotCompleteLeavesThePreviousOneWhole() {
        run();
        List<Object> before = matchState();

        // the match of another run, rolled back as a killed or failed step's transaction is: nothing of it stays
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            new AcledMatchPass(new AcledStore(jdbc, 999_999, false), new AcledAudit(jdbc, 999_999),
                    properties.acled()).run();
            assertThat(count("SELECT COUNT(*) FROM acled_match WHERE match_run = 999999")).isEqualTo(9);
            status.setRollbackOnly();
        });

        assertThat(matchState()).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM acled_match WHERE match_run = 999999")).isZero();
    }

    private List<Object> matchState() {
        return List.of(jdbc.queryForList("SELECT * FROM acled_match ORDER BY event_id_cnty"),
                jdbc.queryForList("SELECT * FROM acled_match_summary ORDER BY source_file, reason"),
                jdbc.queryForList("SELECT incident_id, acled_events FROM incident WHERE origin = 'acled' "
                        + "OR acled_events IS NOT NULL ORDER BY incident_id"));
    }

    @Test
    void badAcledRowsGoToTheRejectsFileAndTheGoodOnesCount() throws IOException {
        List<String> sample = Files.readAllLines(input.resolve("acled/acled-sample.csv"), StandardCharsets.UTF_8);
        String good = sample.stream().filter(l -> l.startsWith("ZZZ1002,")).findFirst().orElseThrow();
        Files.write(input.resolve("acled/acled-bad.csv"), List.of(sample.get(0),
                good.replace("ZZZ1002,2025-11-20,2025", "ZZZ3001,2025-11-20,2024"),
                good.replace("ZZZ1002,2025-11-20", "ZZZ3002,2025-11-31"),
                good.replace("ZZZ1002", "ZZZ3003").replace(",1,Synthetic,", ",4,Synthetic,"),
                good.replace("ZZZ1002", "ZZZ3004").replace("11.41,-7.4", "11.41,-187.4"),
                good.replace("ZZZ1002", ""),
                good.replace("ZZZ1002", "ZZZ3006")), StandardCharsets.UTF_8);
        run();

        assertThat(TestFiles.csv(output.resolve("rejects-" + AS_OF + ".csv")))
                .extracting(r -> r.get("file"), r -> r.get("line"), r -> r.get("column"), r -> r.get("reason"))
                .containsExactly(
                        tuple("acled/acled-bad.csv", "2", "year", "expected the year of event_date (2025)"),
                        tuple("acled/acled-bad.csv", "3", "event_date",
                                "expected a real date as 2025-09-14, 14 September 2025 or 14-Sep-25"),
                        tuple("acled/acled-bad.csv", "4", "geo_precision", "expected a precision code from 1 to 3"),
                        tuple("acled/acled-bad.csv", "5", "longitude", "expected a number from -180 to 180"),
                        tuple("acled/acled-bad.csv", "6", "event_id_cnty", "a value is required"));
        assertThat(count("SELECT COUNT(*) FROM incident WHERE incident_id = 'ZZZ3006'")).isOne();
    }

    static final String ATTRIBUTION = "Armed Conflict Location & Event Data (ACLED), acleddata.com, data as of 2026-01-11";

    private void run() {
        RunOutcome outcome = launcher.launch(new RunOptions(input, output, null));
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.SUCCESS);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
