package org.fuelwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.io.FileSystemResource;

/**
 * ACLED export rows in the forms real exports come in (three date forms, text or numeric inter codes, a byte-order
 * mark, CRLF, ';' from a spreadsheet, older and unknown columns), and the rows that are rejected, with the column and
 * the reason.
 */
class AcledEventRowTests {

    static final RowLimits LIMITS = SchemaWidths.limits(IngestKind.ACLED_EVENTS, LocalDate.of(2026, 2, 1));
    static final ReferenceCodes NO_REFS = new ReferenceCodes(java.util.Set.of(), Map.of());
    static final String HEADER = "data_id,event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,inter1,actor2,inter2,interaction,iso3,country,admin1,location,latitude,longitude,"
            + "geo_precision,source,notes,fatalities,tags,timestamp,population_best";

    @TempDir
    Path input;

    @Test
    void theExportToolsFileWithTextCodesBomAndCrlf() throws Exception {
        String text = "\uFEFF" + HEADER + "\r\n"
                + "9001,ZZZ2001,14 September 2025,2025,1,Political violence,Violence against civilians,Attack,JNIM,"
                + "Rebel group,Civilians (Mali),Civilians,Rebel group-Civilians,MLI,Mali,Kayes,Lakamané,14.4,-9.9,1,"
                + "Synthetic,\"Synthetic test row: a convoy attacked, \"\"many\"\" tankers burned; é à\",3,,1757900000,1200"
                + "\r\n";
        AcledEventRow row = only(file("tool.csv", text));
        assertThat(row.eventIdCnty()).isEqualTo("ZZZ2001");
        assertThat(row.eventDate()).isEqualTo(LocalDate.of(2025, 9, 14));
        assertThat(row.inter1()).isEqualTo("Rebel group");
        assertThat(row.inter2()).isEqualTo("Civilians");
        assertThat(row.interaction()).isEqualTo("Rebel group-Civilians");
        assertThat(row.notes()).isEqualTo("Synthetic test row: a convoy attacked, \"many\" tankers burned; é à");
        assertThat(row.acledTimestamp()).isEqualTo(1757900000L);
        assertThat(row.geoPrecision()).isEqualTo(1);
    }

    @Test
    void aSpreadsheetsResaveWithSemicolonsTwoDigitYearsAndNumericCodes() throws Exception {
        String text = HEADER.replace(',', ';') + "\n"
                + "9002;ZZZ2002;14-Sep-25;2025;2;Political violence;Battles;Armed clash;JNIM;2;Military Forces of Mali;1;"
                + "12;MLI;Mali;Kayes;Diéma;14,54;-9,18;2;Synthetic;Synthetic test row, with a comma;0;;1757900001;\n"
                + "9003;ZZZ2003;2025-09-15;2025;1;Political violence;Explosions/Remote violence;"
                + "Remote explosive/landmine/IED;JNIM;2;;0;20;MLI;Mali;Kayes;Diéma;14.54;-9.18;1;Synthetic;IED;0;;"
                + "1757900002;\n";
        List<Object> rows = read(file("resaved.csv", text));
        AcledEventRow first = (AcledEventRow) rows.get(0);
        assertThat(first.eventDate()).isEqualTo(LocalDate.of(2025, 9, 14));
        // the spreadsheet's decimal commas
        assertThat(first.latitude()).isEqualTo(14.54);
        assertThat(first.longitude()).isEqualTo(-9.18);
        assertThat(first.inter1()).isEqualTo("Rebel group");
        assertThat(first.inter2()).isEqualTo("State forces");
        assertThat(first.interaction()).isEqualTo("State forces-Rebel group");
        assertThat(first.notes()).isEqualTo("Synthetic test row, with a comma");
        AcledEventRow row = (AcledEventRow) rows.get(1);
        assertThat(row.eventDate()).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(row.inter1()).isEqualTo("Rebel group");
        assertThat(row.inter2()).isNull();
        assertThat(row.interaction()).isEqualTo("Rebel group only");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            interaction | 12 | State forces-Rebel group
            interaction | 27 | Rebel group-Civilians
            interaction | 80 | External/Other forces only
            interaction | Rebel Groups-Civilians | Rebel group-Civilians
            interaction | STATE FORCES ONLY | State forces only
            inter1 | 3 | Political militia
            inter1 | Identity Militias | Identity militia
            inter1 | 8 | External/Other forces
            """)
    void interCodesAsNumbersOrNamesReadAsOneForm(String column, String value, String expected) {
        AcledEventRow row = AcledEventRow.parse(fields(Map.of(column, value)), NO_REFS);
        assertThat(column.equals("inter1") ? row.inter1() : row.interaction()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            event_id_cnty | '' | a value is required
            event_date | 2025-02-30 | expected a real date as 2025-09-14, 14 September 2025 or 14-Sep-25
            event_date | 31 June 2025 | expected a real date as 2025-09-14, 14 September 2025 or 14-Sep-25
            event_date | 09/14/2025 | expected a real date as 2025-09-14, 14 September 2025 or 14-Sep-25
            event_date | 1899-12-31 | date before 1900-01-01, the earliest accepted (fuelwatch.ingest.earliest-date)
            event_date | 03-Feb-26 | date after the run date 2026-02-01 (with 1 day(s) of margin, fuelwatch.ingest.future-days)
            year | 2024 | expected the year of event_date (2025)
            latitude | 91 | expected a number from -90 to 90
            longitude | -181 | expected a number from -180 to 180
            geo_precision | 4 | expected a precision code from 1 to 3
            geo_precision | 0 | expected a precision code from 1 to 3
            time_precision | 5 | expected a precision code from 1 to 3
            inter1 | 9 | expected an ACLED actor type, 0-8 or one of State forces, Rebel group, Political militia, Identity militia, Rioters, Protesters, Civilians, External/Other forces
            interaction | 19 | expected an ACLED interaction, a two-digit code such as 27 or a text such as Rebel group-Civilians
            interaction | Rebels-Civilians | expected an ACLED interaction, a two-digit code such as 27 or a text such as Rebel group-Civilians
            timestamp | 2025-09-14 | expected a Unix time in whole seconds
            """)
    void badValuesAreRejectedNamingTheColumnAndWhatWasExpected(String column, String value, String reason) {
        assertThatThrownBy(() -> AcledEventRow.parse(fields(Map.of(column, value)), NO_REFS))
                .isInstanceOfSatisfying(RejectedRowException.class, e -> {
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.reason()).isEqualTo(reason);
                });
    }

    @Test
    void aDeletedListRow() {
        CsvLine line = new CsvLine("acled/deleted.csv", 2, List.of("event_id_cnty", "deleted_timestamp"),
                List.of("ZZZ2001", "1760000000"));
        RowLimits limits = SchemaWidths.limits(IngestKind.ACLED_DELETIONS, LocalDate.of(2026, 2, 1));
        assertThat(AcledDeletionRow.parse(new RowFields(line, limits), NO_REFS))
                .isEqualTo(new AcledDeletionRow("ZZZ2001", 1760000000L, "acled/deleted.csv", 2));
    }

    @Test
    void theEventKindLeavesTheDeletedListsToTheirOwnKind() {
        assertThat(IngestKind.ACLED_EVENTS.includes("acled-2025.csv")).isTrue();
        assertThat(IngestKind.ACLED_EVENTS.includes("deleted-2025.csv")).isFalse();
        assertThat(IngestKind.ACLED_DELETIONS.includes("deleted-2025.csv")).isTrue();
    }

    /** A good row of every required column, with the given values in place of the defaults. */
    static RowFields fields(Map<String, String> changes) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("event_id_cnty", "ZZZ2100");
        values.put("event_date", "2025-09-14");
        values.put("year", "2025");
        values.put("time_precision", "1");
        values.put("event_type", "Battles");
        values.put("sub_event_type", "Armed clash");
        values.put("inter1", "Rebel group");
        values.put("interaction", "Rebel group-Civilians");
        values.put("location", "Diéma");
        values.put("latitude", "14.54");
        values.put("longitude", "-9.18");
        values.put("geo_precision", "1");
        values.put("notes", "Synthetic test row");
        values.put("timestamp", "1757900000");
        values.putAll(changes);
        return new RowFields(new CsvLine("acled/t.csv", 2, List.copyOf(values.keySet()),
                List.copyOf(values.values())), LIMITS);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(input.resolve(name), text, StandardCharsets.UTF_8);
    }

    private AcledEventRow only(Path file) throws Exception {
        List<Object> rows = read(file);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).isInstanceOf(AcledEventRow.class);
        return (AcledEventRow) rows.get(0);
    }

    /** Each row of the file: its record, or the rejection. */
    private List<Object> read(Path file) throws Exception {
        CsvLineReader reader = new CsvLineReader(input, IngestKind.ACLED_EVENTS.required(),
                IngestKind.ACLED_EVENTS.columns());
        reader.setResource(new FileSystemResource(file));
        reader.open(new ExecutionContext());
        List<Object> rows = new ArrayList<>();
        try {
            for (CsvLine line = reader.read(); line != null; line = reader.read()) {
                assertThat(line.problem()).isNull();
                try {
                    rows.add(AcledEventRow.parse(new RowFields(line, LIMITS), NO_REFS));
                } catch (RejectedRowException e) {
                    rows.add(e);
                }
            }
        } finally {
            reader.close();
        }
        return rows;
    }
}
