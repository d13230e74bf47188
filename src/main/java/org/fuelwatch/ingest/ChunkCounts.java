package org.fuelwatch.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What happened to the rows of one chunk, per file: read, new, updated, repeats and rejected. */
final class ChunkCounts {

    private final String kind;
    private final Map<String, Counter> files = new LinkedHashMap<>();

    ChunkCounts(String kind) {
        this.kind = kind;
    }

    void read(String file) {
        counter(file).read++;
    }

    void added(String file) {
        counter(file).added++;
    }

    void updated(String file) {
        counter(file).updated++;
    }

    void duplicate(String file) {
        counter(file).duplicates++;
    }

    /** A rejected row; {@code wholeFile} with the reason when the file could not be used at all (line 0). */
    void rejected(String file, String wholeFile) {
        Counter counter = counter(file);
        counter.rejected++;
        if (wholeFile != null) {
            counter.problem = wholeFile;
        }
    }

    boolean anyRejected() {
        return files.values().stream().anyMatch(c -> c.rejected > 0);
    }

    Set<String> files() {
        return files.keySet();
    }

    List<IngestFiles.FileCounts> perFile() {
        return files.values().stream().map(c -> new IngestFiles.FileCounts(kind, c.file, c.read, c.added, c.updated,
                c.duplicates, c.rejected, c.problem)).toList();
    }

    private Counter counter(String file) {
        return files.computeIfAbsent(file, Counter::new);
    }

    private static final class Counter {
        final String file;
        long read;
        long added;
        long updated;
        long duplicates;
        long rejected;
        String problem;

        Counter(String file) {
            this.file = file;
        }
    }
}
