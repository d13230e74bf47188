package org.fuelwatch.ingest;

/**
 * One read row after validation: either a good row with its key and content hash, or the reason it was rejected.
 * Rejections travel to the writer with the good rows, so that both are recorded in the same transaction.
 */
record IngestItem<T extends Record>(CsvLine line, T row, Object[] key, String hash, RejectedRowException rejection) {

    static <T extends Record> IngestItem<T> accepted(CsvLine line, T row, Object[] key, String hash) {
        return new IngestItem<>(line, row, key, hash, null);
    }

    static <T extends Record> IngestItem<T> rejected(RejectedRowException rejection) {
        return new IngestItem<>(rejection.row(), null, null, null, rejection);
    }

    boolean isRejected() {
        return rejection != null;
    }
}
