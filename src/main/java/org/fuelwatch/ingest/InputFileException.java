package org.fuelwatch.ingest;

/** An input file that cannot be used as a whole: not UTF-8, not CSV, or a required column missing. */
public class InputFileException extends RuntimeException {

    private final String file;

    public InputFileException(String file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public InputFileException(String file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
