package org.fuelwatch.ingest;

/**
 * One read row after validation: either a good row with its column values, key and content hash, or the reason it
 * was rejected. Rejections travel to the writer with the good rows, so that both are recorded in the same
 * transaction.
 *
 * @param <T>     the row record of the kind; the item keeps what the writer needs of it, not the record itself
 * @param values  the row's column values in {@link KindTable#columns()} order, read from the record once
 * @param key     the key's values, the parameters of a lookup by key
 * @param keyText the key as one text ({@link KindTable#key})
 * @param mayBeStored false when the key is surely not stored yet ({@link KnownKeys}), so the writer need not look it up
 */
record IngestItem<T extends Record>(CsvLine line, Object[] values, Object[] key, String keyText, String hash,
        boolean mayBeStored, RejectedRowException rejection) {

    static <T extends Record> IngestItem<T> accepted(CsvLine line, Object[] values, Object[] key, String keyText,
            String hash, boolean mayBeStored) {
        return new IngestItem<>(line, values, key, keyText, hash, mayBeStored, null);
    }

    static <T extends Record> IngestItem<T> rejected(RejectedRowException rejection) {
        return new IngestItem<>(rejection.row(), null, null, null, null, false, rejection);
    }

    boolean isRejected() {
        return rejection != null;
    }
}
