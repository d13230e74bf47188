package org.fuelwatch.acled;

import java.time.LocalDate;

/**
 * The newest stored version of one ACLED event, as the match step needs it. {@code notes} is read only for events
 * whose type may select them; {@code deleted} when ACLED's deleted list names it at or after this version.
 */
record AcledEvent(String eventId, long timestamp, LocalDate date, String eventType, String subEventType,
        String location, GeoPoint place, int geoPrecision, Integer fatalities, String actor1, String notes,
        String sourceFile, long sourceLine, String contentHash, boolean deleted) {

    /** The same event without its notes, to be held until the merge once it is decided. */
    AcledEvent withoutNotes() {
        return new AcledEvent(eventId, timestamp, date, eventType, subEventType, location, place, geoPrecision,
                fatalities, actor1, null, sourceFile, sourceLine, contentHash, deleted);
    }
}
