package org.fuelwatch.ingest;

/** A supply corridor: the fuel from one origin country or port, with its Arabic name if given. Key: corridor. */
record CorridorRow(String corridor, String name, String nameAr, String originCountry, String gateway, String colour,
        String sourceFile, long sourceLine) {

    static final String[] COLUMNS = {"corridor", "name", "name_ar", "origin_country", "gateway", "colour"};
    static final String[] REQUIRED = {"corridor", "name", "origin_country", "colour"};

    static CorridorRow parse(RowFields f, ReferenceCodes refs) {
        String colour = f.requiredText("colour");
        if (!colour.matches("#[0-9a-fA-F]{6}")) {
            throw f.reject("colour", colour, "expected a colour as #RRGGBB");
        }
        return new CorridorRow(f.requiredText("corridor"), f.requiredText("name"), f.optionalText("name_ar"),
                f.requiredText("origin_country"),
                f.optionalText("gateway"), colour, f.row().file(), f.row().line());
    }
}
