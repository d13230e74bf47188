package org.fuelwatch.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * Tells, row after row of one chunk, what a good row is against what is stored for its key: new, a repeat of what this
 * run already stored, unchanged since an earlier run, corrected since an earlier run, or a second row of the key with
 * other content in this run. Remembers each row it lets through, so that a later row of the same chunk is judged
 * against it. Pure: the writer looks the stored rows up and acts on the verdicts.
 */
final class RowClassifier {

    enum Verdict {
        /** The key is not stored: insert. */
        NEW,
        /** Same content as this run already stored for the key: only counted. */
        REPEAT,
        /** Same content as an earlier run stored: counted, and marked as seen by this run. */
        UNCHANGED,
        /** Other content than an earlier run stored: updated and reported as a change. */
        CORRECTED,
        /** Other content than this run already stored for the key: rejected, the first row is kept. */
        CONFLICT
    }

    /** A verdict, with what was stored for the key before the row (null for a new key). */
    record Classified(Verdict verdict, StoredRow before) {
    }

    private final long run;
    private final Map<String, StoredRow> known;

    /** {@code stored}: what the database holds for the chunk's keys, as looked up before the chunk is written. */
    RowClassifier(long run, Map<String, StoredRow> stored) {
        this.run = run;
        this.known = new HashMap<>(stored);
    }

    Classified classify(String key, String hash, String file, long line) {
        StoredRow before = known.get(key);
        StoredRow now = new StoredRow(hash, run, file, line);
        Verdict verdict;
        if (before == null) {
            verdict = Verdict.NEW;
        } else if (before.hash().equals(hash)) {
            verdict = before.run() == run ? Verdict.REPEAT : Verdict.UNCHANGED;
        } else {
            verdict = before.run() == run ? Verdict.CONFLICT : Verdict.CORRECTED;
        }
        if (verdict != Verdict.REPEAT && verdict != Verdict.CONFLICT) {
            known.put(key, now);
        }
        return new Classified(verdict, before);
    }
}
