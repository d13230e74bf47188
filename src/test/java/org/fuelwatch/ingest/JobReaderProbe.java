package org.fuelwatch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.io.FileSystemResource;

/**
 * The job's own CSV reader and row validation for incidents, without Spring Batch and without a database, so that the
 * benchmark can time them apart from writing. Lives in the ingest package because the reader is package-private;
 * it only calls what the ingest step calls, and changes nothing there.
 */
public final class JobReaderProbe {

    /** Keeps the JIT from dropping work whose result nobody reads. */
    static volatile long sink;

    private JobReaderProbe() {
    }

    /**
     * Reads every incident file of {@code input} as the ingest step does and returns the rows read; with
     * {@code refs} set, also validates each row into an {@link IncidentRow}, as the step's processor does.
     */
    public static long readIncidents(Path input, ReferenceCodes refs) {
        IngestKind<IncidentRow> kind = IngestKind.INCIDENTS;
        long rows = 0;
        long checksum = 0;
        RowLimits limits = SchemaWidths.limits(kind, java.time.LocalDate.now());
        for (Path file : files(input.resolve("incidents"))) {
            CsvLineReader reader = new CsvLineReader(input, kind.required(), kind.columns());
            reader.setResource(new FileSystemResource(file));
            reader.open(new ExecutionContext());
            try {
                CsvLine line;
                while ((line = reader.read()) != null) {
                    rows++;
                    if (refs != null) {
                        checksum += kind.parser().parse(new RowFields(line, limits), refs).tankersDestroyed();
                    } else {
                        checksum += line.fields().size();
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException("reading " + file + " failed", e);
            } finally {
                reader.close();
            }
        }
        sink = checksum;
        return rows;
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
