package org.fuelwatch.ingest;

/**
 * A row that failed validation. Carries everything the rejects file shows: where, which column,
 * the offending value and the reason in plain words.
 */
class RejectedRowException extends RuntimeException {

    private final transient CsvLine row;
    private final String column;
    private final String value;
    private final String reason;

    public RejectedRowException(CsvLine row, String column, String value, String reason) {
        super("%s line %d, column %s: %s".formatted(row.file(), row.line(), column, reason));
        this.row = row;
        this.column = column;
        this.value = value;
        this.reason = reason;
    }

    public CsvLine row() {
        return row;
    }

    public String column() {
        return column;
    }

    public String value() {
        return value;
    }

    public String reason() {
        return reason;
    }
}
