package org.fuelwatch.system;

/** Names of the briefing job's parameters. */
public final class JobParameterNames {

    /** Folder with the input CSVs. */
    public static final String INPUT = "input";
    /** Folder the briefing is published to. */
    public static final String OUTPUT = "output";
    /** Date the briefing covers (YYYY-MM-DD); absent means the latest date in the data. */
    public static final String AS_OF = "asOf";
    /** SHA-256 over the input files, templates and figure settings: the same input is the same job instance. */
    public static final String FINGERPRINT = "fingerprint";

    private JobParameterNames() {
    }
}
