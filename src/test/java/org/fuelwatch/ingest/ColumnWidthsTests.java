package org.fuelwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The widths validation uses are the database's own, and every text a row record holds has one. */
@SpringBootTest
@ActiveProfiles("test")
class ColumnWidthsTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTextColumnOfEveryKindHasTheWidthSchemaSqlDeclares() {
        for (IngestKind<?> kind : IngestKind.ALL) {
            Map<String, Integer> widths = ColumnWidths.of(jdbc, kind.table());

            assertThat(widths).as(kind.table()).isEqualTo(SchemaWidths.of(kind.table()));
            for (RecordComponent c : kind.rowType().getRecordComponents()) {
                if (c.getType() == String.class) {
                    assertThat(widths).as(kind.table() + " column for " + c.getName())
                            .containsKey(KindTable.snake(c.getName()));
                }
            }
        }
        assertThat(ColumnWidths.of(jdbc, "incident")).containsEntry("incident_id", 40).containsEntry("notes", 4000);
    }

    @Test
    void everyTextColumnAParserReadsIsAStoredColumnOfItsKind() {
        // the columns a file may have that are text in the table: their CSV name is the column's name
        for (IngestKind<?> kind : IngestKind.ALL) {
            Map<String, Integer> widths = ColumnWidths.of(jdbc, kind.table());
            Arrays.stream(kind.rowType().getRecordComponents())
                    .filter(c -> c.getType() == String.class)
                    .map(c -> KindTable.snake(c.getName()))
                    .filter(kind.columns()::contains)
                    .forEach(column -> assertThat(widths).containsKey(column));
        }
    }
}
