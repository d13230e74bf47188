package org.fuelwatch.ingest;

/**
 * An entry of ACLED's list of deleted events: the event, and when ACLED deleted it. Versions of the event not newer
 * than that are left out of every figure, but kept for the audit. Key: the event id.
 */
record AcledDeletionRow(String eventIdCnty, long deletedTimestamp, String sourceFile, long sourceLine) {

    static final String[] COLUMNS = {"event_id_cnty", "deleted_timestamp"};
    static final String[] REQUIRED = COLUMNS;

    static AcledDeletionRow parse(RowFields f, ReferenceCodes refs) {
        return new AcledDeletionRow(f.requiredText("event_id_cnty"), AcledValues.timestamp(f, "deleted_timestamp"),
                f.row().file(), f.row().line());
    }
}
