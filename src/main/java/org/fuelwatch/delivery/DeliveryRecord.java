package org.fuelwatch.delivery;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What delivery did for one recipient of one briefing.
 *
 * @param briefingSha256 the SHA-256 of the published PDF the copy was made from
 * @param status         pending (not yet sent, or a try was cut short), sent, or failed
 * @param attempts       tries so far, over every run
 * @param lastError      the relay's reply or the connection problem of the last failed try
 * @param messageId      the Message-ID every send of this copy carries
 * @param sentAt         when the relay accepted it
 */
record DeliveryRecord(String briefingSha256, String email, LocalDate asOf, String edition, String name,
        int copyNumber, int copies, Status status, int attempts, String lastError, String messageId,
        Instant sentAt) {

    enum Status {
        PENDING, SENT, FAILED;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
