package org.fuelwatch.ingest;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes one chunk of validated rows in one transaction: rejected rows to rejected_row, and each good row as the
 * {@link RowClassifier} judges it: inserted when new, counted when a repeat, marked as seen when unchanged since an
 * earlier run, updated and reported in changed_row when corrected, rejected when it conflicts with a row of this run.
 * Only keys the table may hold ({@link IngestItem#mayBeStored}) are looked up. Per-file counts go in the same
 * transaction, and past the skip limit the run stops.
 */
class IngestWriter<T extends Record> implements ItemWriter<IngestItem<T>>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(IngestWriter.class);

    private final KindTable<T> table;
    private final KindStore store;
    private final IngestFiles files;
    private final RejectedRows rejectedRows;
    private final SkipLimit skipLimit;
    private final String keyName;
    private long run;
    private long rowsThisStep;
    private long startedNanos;

    IngestWriter(KindTable<T> table, KindStore store, IngestFiles files, RejectedRows rejectedRows,
            SkipLimit skipLimit) {
        this.table = table;
        this.store = store;
        this.files = files;
        this.rejectedRows = rejectedRows;
        this.skipLimit = skipLimit;
        this.keyName = String.join("+", table.kind().key());
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        run = stepExecution.getJobExecution().getJobInstance().getInstanceId();
        rowsThisStep = 0;
        startedNanos = System.nanoTime();
    }

    @Override
    public void write(Chunk<? extends IngestItem<T>> chunk) {
        ChunkCounts counts = new ChunkCounts(table.kind().name());
        List<IngestItem<T>> accepted = new ArrayList<>();
        for (IngestItem<T> item : chunk) {
            counts.read(item.line().file());
            if (item.isRejected()) {
                reject(item.rejection(), counts);
            } else {
                accepted.add(item);
            }
        }
        RowClassifier classifier = new RowClassifier(run,
                store.stored(accepted.stream().filter(IngestItem::mayBeStored).toList()));
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> upserts = new ArrayList<>();
        List<Object[]> touches = new ArrayList<>();
        for (IngestItem<T> item : accepted) {
            String file = item.line().file();
            RowClassifier.Classified c = classifier.classify(item.keyText(), item.hash(), file, item.line().line());
            switch (c.verdict()) {
                case NEW -> {
                    counts.added(file);
                    inserts.add(KindStore.storedValues(item, run));
                }
                case REPEAT -> counts.duplicate(file);
                case UNCHANGED -> {
                    counts.duplicate(file);
                    touches.add(KindStore.touchValues(item, run));
                }
                case CORRECTED -> {
                    counts.updated(file);
                    String changes = ChangeDiff.describe(table.columns(), table.contentIndexes(),
                            store.row(item.key()), item.values(), c.before());
                    rejectedRows.addChange(run, table.kind().name(), item.line(), item.keyText(), changes);
                    upserts.add(KindStore.storedValues(item, run));
                }
                case CONFLICT -> reject(new RejectedRowException(item.line(), keyName, item.keyText(),
                        "%s %s appears again with different content; the first is kept (%s line %d), this later row is rejected"
                                .formatted(keyName, item.keyText(), c.before().file(), c.before().line())), counts);
            }
        }
        store.insert(inserts);
        store.upsert(upserts);
        store.touch(touches);
        counts.perFile().forEach(c -> files.add(run, c));
        // the total was within the limit after the last chunk, so only a chunk with rejects can take it past
        if (counts.anyRejected()) {
            skipLimit.check(run, table.kind().name(), counts.files());
        }
        logProgress(chunk.size());
    }

    private void reject(RejectedRowException r, ChunkCounts counts) {
        counts.rejected(r.row().file(), "(file)".equals(r.column()) ? r.reason() : null);
        rejectedRows.add(run, r);
    }

    /** A line every 100,000 rows, so that a long ingest shows it is moving and how fast. */
    private void logProgress(int rows) {
        long before = rowsThisStep;
        rowsThisStep += rows;
        if (rowsThisStep / 100_000 > before / 100_000) {
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            log.info("{}: {} rows read, {} rows/s", table.kind().name().toLowerCase(),
                    String.format("%,d", rowsThisStep), String.format("%,.0f", rowsThisStep / seconds));
        }
    }
}
