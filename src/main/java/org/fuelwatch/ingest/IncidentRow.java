package org.fuelwatch.ingest;

import java.time.LocalDate;

/** One attack or other incident on the fuel supply chain. Key: incidentId. */
record IncidentRow(String incidentId, LocalDate incidentDate, String corridor, String route, String location,
        Double latitude, Double longitude, String type, Integer tankersAttacked, int tankersDestroyed,
        Integer fatalities, String actor, String source, String sourceUrl, String notes,
        String sourceFile, long sourceLine) {

    static final String[] COLUMNS = {"incident_id", "date", "corridor", "route", "location", "latitude", "longitude",
        "type", "tankers_attacked", "tankers_destroyed", "fatalities", "actor", "source", "source_url", "notes"};
    static final String[] REQUIRED = {"incident_id", "date", "corridor", "location", "type", "tankers_destroyed",
        "source"};

    static IncidentRow parse(RowFields f, ReferenceCodes refs) {
        String corridor = f.code("corridor", true, refs.corridors(), "corridor");
        String route = f.code("route", false, refs.routes(), "route");
        if (route != null && !refs.routeCorridors().get(route).equals(corridor)) {
            throw f.reject("route", route, "route " + route + " belongs to corridor "
                    + refs.routeCorridors().get(route) + ", not " + corridor);
        }
        Integer attacked = f.wholeNumber("tankers_attacked", false);
        int destroyed = f.wholeNumber("tankers_destroyed", true);
        if (attacked != null && destroyed > attacked) {
            throw f.reject("tankers_destroyed", String.valueOf(destroyed),
                    "more tankers destroyed than attacked (" + attacked + ")");
        }
        return new IncidentRow(f.requiredText("incident_id"), f.date("date", true), corridor, route,
                f.requiredText("location"), f.latitude("latitude", false), f.longitude("longitude", false),
                f.requiredText("type"), attacked, destroyed, f.wholeNumber("fatalities", false),
                f.optionalText("actor"), f.requiredText("source"), f.optionalText("source_url"),
                f.optionalText("notes"), f.row().file(), f.row().line());
    }
}
