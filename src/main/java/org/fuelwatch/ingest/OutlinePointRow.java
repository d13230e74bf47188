package org.fuelwatch.ingest;

/**
 * A vertex of a simplified country outline for the map. The country's Arabic name may be given on any one of its
 * vertices (the sample gives it on the first). Key: country + seq.
 */
record OutlinePointRow(String country, String nameAr, int seq, double latitude, double longitude,
        String sourceFile, long sourceLine) {

    static final String[] COLUMNS = {"country", "name_ar", "seq", "latitude", "longitude"};
    static final String[] REQUIRED = {"country", "seq", "latitude", "longitude"};

    static OutlinePointRow parse(RowFields f, ReferenceCodes refs) {
        return new OutlinePointRow(f.requiredText("country"), f.optionalText("name_ar"), f.wholeNumber("seq", true),
                f.latitude("latitude", true), f.longitude("longitude", true), f.row().file(), f.row().line());
    }
}
