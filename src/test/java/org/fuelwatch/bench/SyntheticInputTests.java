package org.fuelwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic input: deterministic, complete, and shaped as documented. */
class SyntheticInputTests {

    static final Path SAMPLE = Path.of("input");

    @TempDir
    Path tmp;

    @Test
    void sameSeedGivesByteIdenticalFilesAndAnotherSeedOtherIncidents() throws IOException {
        // when
        SyntheticInput.write(SAMPLE, tmp.resolve("a"), 3_000, 42);
        SyntheticInput.write(SAMPLE, tmp.resolve("b"), 3_000, 42);
        SyntheticInput.write(SAMPLE, tmp.resolve("c"), 3_000, 43);

        // then
        List<Path> files = files(tmp.resolve("a"));
        assertThat(files).isEqualTo(files(tmp.resolve("b")));
        for (Path file : files) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(file)))
                    .as(file.toString()).isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(file)));
        }
        assertThat(Files.readAllBytes(tmp.resolve("c/incidents/incidents.csv")))
                .isNotEqualTo(Files.readAllBytes(tmp.resolve("a/incidents/incidents.csv")));
    }

    @Test
    void incidentsAndSupplyCoverASpanSizedToTheRowsWithReferenceEventsAndClaimsCopied() throws IOException {
        // when
        SyntheticInput.Summary summary = SyntheticInput.write(SAMPLE, tmp, 4_000, 7);

        // then: 4,000 incidents over 500 days (8 routes), one supply row per day and route
        assertThat(summary.to()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(summary.from()).isEqualTo(summary.to().minusDays(499));
        assertThat(summary.supplyRows()).isEqualTo(500 * 8);
        for (String copied : List.of("reference/corridors.csv", "reference/routes.csv", "reference/waypoints.csv",
                "reference/outlines.csv", "events/events.csv", "claims/claims.csv")) {
            assertThat(Files.readAllBytes(tmp.resolve(copied))).isEqualTo(Files.readAllBytes(SAMPLE.resolve(copied)));
        }

        List<NamedCsvRecord> incidents = records(tmp.resolve("incidents/incidents.csv"));
        assertThat(incidents).hasSize(4_000);
        assertThat(incidents.stream().map(r -> r.getField("incident_id")).distinct()).hasSize(4_000);
        assertThat(incidents).allSatisfy(r -> {
            assertThat(r.getField("notes").length()).isBetween(50, 400);
            assertThat(Integer.parseInt(r.getField("tankers_destroyed")))
                    .isLessThanOrEqualTo(Integer.parseInt(r.getField("tankers_attacked")));
            assertThat(LocalDate.parse(r.getField("date"))).isBetween(summary.from(), summary.to());
        });
        assertThat(incidents).anySatisfy(r -> assertThat(r.getField("notes")).contains("\""));
        assertThat(incidents).anySatisfy(r -> assertThat(r.getField("notes")).contains("شاحنات"));
        assertThat(incidents.stream().mapToInt(r -> r.getField("notes").length()).summaryStatistics())
                .satisfies(s -> {
                    assertThat(s.getMin()).isLessThan(80);
                    assertThat(s.getMax()).isGreaterThan(370);
                });

        // the sample's own period keeps the sample's supply rows
        List<NamedCsvRecord> supply = records(tmp.resolve("supply/supply.csv"));
        List<NamedCsvRecord> sampleSupply = records(SAMPLE.resolve("supply/supply-2025.csv"));
        assertThat(supply.stream().filter(r -> r.getField("date").equals("2025-10-23")).map(NamedCsvRecord::getFields))
                .containsExactlyElementsOf(sampleSupply.stream().filter(r -> r.getField("date").equals("2025-10-23"))
                        .map(NamedCsvRecord::getFields).toList());
    }

    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    static List<NamedCsvRecord> records(Path file) throws IOException {
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            return csv.stream().toList();
        }
    }
}
