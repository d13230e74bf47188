package org.fuelwatch.ingest;

/** A vertex of a simplified country outline for the map. Key: country + seq. */
public record OutlinePointRow(String country, int seq, double latitude, double longitude,
        String sourceFile, long sourceLine) {

    static final String[] COLUMNS = {"country", "seq", "latitude", "longitude"};
    static final String[] REQUIRED = COLUMNS;

    static OutlinePointRow parse(RowFields f, ReferenceCodes refs) {
        return new OutlinePointRow(f.requiredText("country"), f.wholeNumber("seq", true),
                f.latitude("latitude", true), f.longitude("longitude", true), f.row().file(), f.row().line());
    }
}
