package org.fuelwatch.ingest;

/** More bad rows of one input kind than the skip limit allows: the run stops before any briefing is written. */
public class TooManyRejectsException extends RuntimeException {

    public TooManyRejectsException(String message) {
        super(message);
    }
}
