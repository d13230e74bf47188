package org.fuelwatch.ingest;

import java.time.LocalDate;

/** A dated event that is not an incident: announcement, appointment, operation, biography. Key: eventId. */
record EventRow(String eventId, LocalDate eventDate, LocalDate endDate, String category, String title,
        String description, String person, String marker, String location, String source, String sourceUrl,
        String sourceFile, long sourceLine) {

    static final String[] COLUMNS = {"event_id", "date", "end_date", "category", "title", "description", "person",
        "marker", "location", "source", "source_url"};
    static final String[] REQUIRED = {"event_id", "date", "category", "title", "source"};

    static EventRow parse(RowFields f, ReferenceCodes refs) {
        LocalDate date = f.date("date", true);
        LocalDate end = f.date("end_date", false);
        if (end != null && end.isBefore(date)) {
            throw f.reject("end_date", end.toString(), "end date is before the date " + date);
        }
        return new EventRow(f.requiredText("event_id"), date, end, f.requiredText("category"),
                f.requiredText("title"), f.optionalText("description"),
                f.optionalText("person"), f.optionalText("marker"), f.optionalText("location"),
                f.requiredText("source"), f.optionalText("source_url"), f.row().file(), f.row().line());
    }
}
