package org.fuelwatch.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Fuel that reached Bamako on one day by one route. Key: supplyDate + route. */
record SupplyRow(LocalDate supplyDate, String route, String corridor, int tankers, BigDecimal volumeM3,
        String source, String notes, String sourceFile, long sourceLine) {

    static final String[] COLUMNS = {"date", "corridor", "route", "tankers", "volume_m3", "source", "notes"};
    static final String[] REQUIRED = {"date", "corridor", "route", "tankers", "volume_m3", "source"};
    /** More fuel than this in a day on one route (25,000 tankers) is a typing error, not a delivery. */
    static final double MOST_M3 = 1_000_000;
    /** A litre: the volume column keeps three decimals. */
    static final int VOLUME_DECIMALS = 3;

    static SupplyRow parse(RowFields f, ReferenceCodes refs) {
        String corridor = f.code("corridor", true, refs.corridors(), "corridor");
        String route = f.code("route", true, refs.routes(), "route");
        if (!refs.routeCorridors().get(route).equals(corridor)) {
            throw f.reject("route", route, "route " + route + " belongs to corridor "
                    + refs.routeCorridors().get(route) + ", not " + corridor);
        }
        BigDecimal volume = f.exactDecimal("volume_m3", true, 0, MOST_M3);
        if (volume.scale() > VOLUME_DECIMALS) {
            throw f.reject("volume_m3", volume.toPlainString(), "expected at most 3 decimals (a litre)");
        }
        return new SupplyRow(f.date("date", true), route, corridor, f.wholeNumber("tankers", true), volume,
                f.requiredText("source"), f.optionalText("notes"), f.row().file(), f.row().line());
    }
}
