package org.fuelwatch.ingest;

import java.time.LocalDate;

/**
 * One version of an ACLED event, as the ACLED export has it (2023 format onward, columns by name). Key: the event id
 * and its {@code timestamp}, so that each version is stored once and the newest is taken by the ACLED match step.
 * Columns FuelWatch does not use are known, so that they raise no warning, but not stored.
 */
record AcledEventRow(String eventIdCnty, LocalDate eventDate, int timePrecision, String eventType,
        String subEventType, String actor1, String inter1, String actor2, String inter2, String interaction,
        String country, String admin1, String location, double latitude, double longitude, int geoPrecision,
        String source, String notes, Integer fatalities, long acledTimestamp, String sourceFile, long sourceLine) {

    static final String[] COLUMNS = {"event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
        "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
        "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
        "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags",
        "timestamp", "population_1km", "population_2km", "population_5km", "population_best", "data_id",
        "event_id_no_cnty", "iso3"};
    static final String[] REQUIRED = {"event_id_cnty", "event_date", "year", "event_type", "sub_event_type",
        "location", "latitude", "longitude", "geo_precision", "notes", "timestamp"};

    static AcledEventRow parse(RowFields f, ReferenceCodes refs) {
        String id = f.requiredText("event_id_cnty");
        LocalDate date = AcledValues.date(f, "event_date");
        Integer year = f.wholeNumber("year", true);
        if (year != date.getYear()) {
            throw f.reject("year", String.valueOf(year), "expected the year of event_date (" + date.getYear() + ")");
        }
        Integer timePrecision = AcledValues.precision(f, "time_precision", false);
        return new AcledEventRow(id, date, timePrecision == null ? 1 : timePrecision, f.requiredText("event_type"),
                f.requiredText("sub_event_type"), f.optionalText("actor1"), AcledValues.actorType(f, "inter1"),
                f.optionalText("actor2"), AcledValues.actorType(f, "inter2"), AcledValues.interaction(f),
                f.optionalText("country"), f.optionalText("admin1"), f.requiredText("location"),
                AcledValues.coordinate(f, "latitude", 90), AcledValues.coordinate(f, "longitude", 180),
                AcledValues.precision(f, "geo_precision", true), f.text("source", false, 1000),
                f.text("notes", false, AcledValues.NOTES), f.wholeNumber("fatalities", false),
                AcledValues.timestamp(f, "timestamp"), f.row().file(), f.row().line());
    }
}
