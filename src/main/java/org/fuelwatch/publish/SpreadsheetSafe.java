package org.fuelwatch.publish;

import java.util.List;

/**
 * Neutralises spreadsheet formulas in the cells of a CSV file staff open in Excel or LibreOffice (the rejects and
 * changes files quote input as it was written): a cell beginning with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return gets a single quote in front, as OWASP's "CSV Injection" guidance recommends, so that it
 * is shown as text and never evaluated. Quoting the cell itself is the CSV writer's job.
 */
final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }

    static List<String> cells(List<String> values) {
        return values.stream().map(SpreadsheetSafe::cell).toList();
    }
}
