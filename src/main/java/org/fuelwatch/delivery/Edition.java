package org.fuelwatch.delivery;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.fuelwatch.system.OutputNames;

/** The editions a recipient can receive, by their code in the distribution list. */
enum Edition {

    EN("en", "Copy %d of %d — issued to %s", false),
    AR("ar", "النسخة %d من %d — صادرة إلى %s", true);

    private final String code;
    private final String stamp;
    private final boolean rightToLeft;

    Edition(String code, String stamp, boolean rightToLeft) {
        this.code = code;
        this.stamp = stamp;
        this.rightToLeft = rightToLeft;
    }

    String code() {
        return code;
    }

    boolean rightToLeft() {
        return rightToLeft;
    }

    /** The words stamped on every page of a numbered copy. */
    String stamp(int copy, int copies, String holder) {
        return String.format(stamp, copy, copies, holder);
    }

    /** The published PDF of this edition: {@code briefing-<as-of>.pdf}, or {@code briefing-<as-of>-ar.pdf}. */
    Path briefing(OutputNames names, LocalDate asOf) {
        return this == EN ? names.briefing(asOf) : names.root().resolve("briefing-" + asOf + "-" + code + ".pdf");
    }

    static Optional<Edition> of(String code) {
        for (Edition e : values()) {
            if (e.code.equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
