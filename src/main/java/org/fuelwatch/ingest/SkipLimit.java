package org.fuelwatch.ingest;

import java.util.Collection;
import java.util.List;

/**
 * Stops a kind's step once more of its rows were rejected in this run than {@code fuelwatch.ingest.skip-limit},
 * naming the files and the first reasons.
 */
final class SkipLimit {

    private final long limit;
    private final IngestFiles files;
    private final RejectedRows rejectedRows;

    SkipLimit(long limit, IngestFiles files, RejectedRows rejectedRows) {
        this.limit = limit;
        this.files = files;
        this.rejectedRows = rejectedRows;
    }

    /** Call after a chunk's counts are added; {@code chunkFiles} are the files the chunk read from. */
    void check(long run, String kind, Collection<String> chunkFiles) {
        long rejected = files.rejected(run, kind);
        if (rejected <= limit) {
            return;
        }
        List<String> reasons = rejectedRows.first(run, chunkFiles, 5).stream()
                .map(r -> r.file() + " line " + r.line() + ", " + r.column() + ": " + r.reason()).toList();
        throw new TooManyRejectsException("%d rejected %s rows, more than the skip limit of %d (fuelwatch.ingest.skip-limit); stopped in %s. First reasons: %s"
                .formatted(rejected, kind.toLowerCase(), limit, String.join(", ", chunkFiles),
                        String.join("; ", reasons)));
    }
}
