package org.fuelwatch.ingest;

import java.time.LocalDate;

/** Fuel that reached Bamako on one day by one route. Key: supplyDate + route. */
public record SupplyRow(LocalDate supplyDate, String route, String corridor, int tankers, int volumeM3,
        String source, String notes, String sourceFile, long sourceLine) {

    static final String[] COLUMNS = {"date", "corridor", "route", "tankers", "volume_m3", "source", "notes"};
    static final String[] REQUIRED = {"date", "corridor", "route", "tankers", "volume_m3", "source"};

    static SupplyRow parse(RowFields f, ReferenceCodes refs) {
        String corridor = f.code("corridor", true, refs.corridors(), "corridor");
        String route = f.code("route", true, refs.routes(), "route");
        if (!refs.routeCorridors().get(route).equals(corridor)) {
            throw f.reject("route", route, "route " + route + " belongs to corridor "
                    + refs.routeCorridors().get(route) + ", not " + corridor);
        }
        return new SupplyRow(f.date("date", true), route, corridor, f.wholeNumber("tankers", true),
                f.wholeNumber("volume_m3", true), f.requiredText("source"), f.text("notes", false, 1000),
                f.row().file(), f.row().line());
    }
}
