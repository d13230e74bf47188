package org.fuelwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The reader reads and validates ahead of the step, but the place it saves is that of the last row the step took:
 * a restart from it reads exactly the rows after it, across files.
 */
class IngestReaderTests {

    @TempDir
    Path input;

    @Test
    void theSavedPlaceIsTheLastRowTakenNotTheLastRowReadAhead() throws Exception {
        Files.createDirectories(input.resolve("incidents"));
        Files.writeString(input.resolve("incidents/a.csv"), csv("A", 3));
        Files.writeString(input.resolve("incidents/b.csv"), csv("B", 4));

        IngestReader<IncidentRow> first = reader();
        first.open(new ExecutionContext());
        List<String> taken = take(first, 5);
        Thread.sleep(200); // the read-ahead thread reaches the end of b.csv meanwhile
        ExecutionContext saved = new ExecutionContext();
        first.update(saved);
        first.close();

        IngestReader<IncidentRow> restarted = reader();
        restarted.open(saved);
        List<String> rest = take(restarted, 10);
        restarted.close();

        assertThat(taken).containsExactly("incidents/a.csv:2 A-1", "incidents/a.csv:3 A-2", "incidents/a.csv:4 A-3",
                "incidents/b.csv:2 B-1", "incidents/b.csv:3 B-2");
        assertThat(rest).containsExactly("incidents/b.csv:4 B-3", "incidents/b.csv:5 B-4");
    }

    @Test
    void aFailureWhileReadingAheadReachesTheStep() throws Exception {
        Files.createDirectories(input.resolve("incidents"));
        Files.writeString(input.resolve("incidents/a.csv"), csv("A", 3));
        IngestReader<IncidentRow> reader = new IngestReader<>(IngestKind.INCIDENTS, line -> {
            throw new IllegalStateException("the database went away");
        }, 2);
        reader.readFrom(input);
        reader.open(new ExecutionContext());
        try {
            reader.read();
            throw new AssertionError("expected the read-ahead failure");
        } catch (IllegalStateException e) {
            assertThat(e).hasMessage("the database went away");
        } finally {
            reader.close();
        }
    }

    /** A reader whose "validation" only names the row, so that no database is needed. */
    private IngestReader<IncidentRow> reader() {
        IngestReader<IncidentRow> reader = new IngestReader<>(IngestKind.INCIDENTS, line -> new IngestItem<>(line,
                null, null, line.file() + ":" + line.line() + " " + line.fields().get(0), null, false, null), 2);
        reader.readFrom(input);
        return reader;
    }

    private static List<String> take(IngestReader<IncidentRow> reader, int most) throws Exception {
        List<String> names = new ArrayList<>();
        IngestItem<IncidentRow> item;
        while (names.size() < most && (item = reader.read()) != null) {
            names.add(item.keyText());
        }
        return names;
    }

    private static String csv(String prefix, int rows) {
        StringBuilder csv = new StringBuilder("incident_id,date,corridor,location,type,tankers_destroyed,source\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(prefix).append('-').append(i).append(",2025-10-01,CI,Kati,ambush,0,test\n");
        }
        return csv.toString();
    }
}
