package org.fuelwatch.run;

/** What the process's exit code means; the README lists these for operators. */
public final class ExitCodes {

    /** The briefing was published (or was already published for exactly this input). */
    public static final int SUCCESS = 0;
    /** Something unexpected failed; the log has the cause. */
    public static final int FAILURE = 1;
    /** Input could not be used: a file unreadable as a whole, or more bad rows than the skip limit. */
    public static final int BAD_INPUT = 2;
    /** A command-line option, setting or template is wrong. */
    public static final int CONFIGURATION = 3;
    /** Another run holds the lock on the output folder. */
    public static final int RUN_IN_PROGRESS = 4;
    /** The briefing was published, but some recipients on the distribution list were not served. */
    public static final int DELIVERY_INCOMPLETE = 5;

    private ExitCodes() {
    }
}
