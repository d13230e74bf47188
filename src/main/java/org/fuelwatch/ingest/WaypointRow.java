package org.fuelwatch.ingest;

/** A town on a route, in order from the gateway to Bamako, with its Arabic name if given. Key: route + seq. */
record WaypointRow(String route, int seq, String town, String townAr, String country, double latitude, double longitude,
        String sourceFile, long sourceLine) {

    static final String[] COLUMNS = {"route", "seq", "town", "town_ar", "country", "latitude", "longitude"};
    static final String[] REQUIRED = {"route", "seq", "town", "country", "latitude", "longitude"};

    static WaypointRow parse(RowFields f, ReferenceCodes refs) {
        return new WaypointRow(f.code("route", true, refs.routes(), "route"), f.wholeNumber("seq", true),
                f.requiredText("town"), f.optionalText("town_ar"), f.requiredText("country"), f.latitude("latitude", true),
                f.longitude("longitude", true), f.row().file(), f.row().line());
    }
}
