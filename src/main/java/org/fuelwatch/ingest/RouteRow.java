package org.fuelwatch.ingest;

/** A road that a corridor's fuel takes to Bamako, with its Arabic name if given. Key: route. */
record RouteRow(String route, String corridor, String name, String nameAr, String road, String via,
        String sourceFile, long sourceLine) {

    static final String[] COLUMNS = {"route", "corridor", "name", "name_ar", "road", "via"};
    static final String[] REQUIRED = {"route", "corridor", "name"};

    static RouteRow parse(RowFields f, ReferenceCodes refs) {
        return new RouteRow(f.requiredText("route"), f.code("corridor", true, refs.corridors(), "corridor"),
                f.requiredText("name"), f.optionalText("name_ar"), f.optionalText("road"), f.optionalText("via"),
                f.row().file(), f.row().line());
    }
}
