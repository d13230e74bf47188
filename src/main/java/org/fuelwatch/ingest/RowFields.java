package org.fuelwatch.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Typed, validated access to the fields of one {@link CsvLine} by column name. Each getter throws a
 * {@link RejectedRowException} naming the column, the value and what was expected.
 */
public final class RowFields {

    /** Longest text accepted in a short field (names, codes, places). */
    static final int SHORT_TEXT = 200;
    /** Longest text accepted in a free-text field (notes, descriptions). */
    static final int LONG_TEXT = 4000;

    private final CsvLine row;

    public RowFields(CsvLine row) {
        this.row = row;
        if (row.fields().size() != row.header().size()) {
            throw new RejectedRowException(row, "(row)", String.valueOf(row.fields().size()),
                    "expected %d fields as in the header, found %d".formatted(row.header().size(), row.fields().size()));
        }
    }

    public CsvLine row() {
        return row;
    }

    /** The raw value, stripped of surrounding blanks; null when the column is absent or the value empty. */
    public String value(String column) {
        int index = row.header().indexOf(column);
        if (index < 0) {
            return null;
        }
        String value = row.fields().get(index).strip();
        return value.isEmpty() ? null : value;
    }

    public String text(String column, boolean required, int maxLength) {
        String value = value(column);
        if (value == null) {
            if (required) {
                throw reject(column, null, "a value is required");
            }
            return null;
        }
        if (value.length() > maxLength) {
            throw reject(column, value.substring(0, 40) + "…",
                    "text of %d characters is longer than the %d allowed".formatted(value.length(), maxLength));
        }
        return value;
    }

    public String requiredText(String column) {
        return text(column, true, SHORT_TEXT);
    }

    public String optionalText(String column) {
        return text(column, false, SHORT_TEXT);
    }

    public LocalDate date(String column, boolean required) {
        String value = text(column, required, SHORT_TEXT);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw reject(column, value, "expected a real date as YYYY-MM-DD");
        }
    }

    public Integer wholeNumber(String column, boolean required) {
        String value = text(column, required, SHORT_TEXT);
        if (value == null) {
            return null;
        }
        if (!value.chars().allMatch(Character::isDigit) || value.length() > 9) {
            throw reject(column, value, "expected a whole non-negative number");
        }
        return Integer.valueOf(value);
    }

    public Double decimal(String column, boolean required, double min, double max) {
        String value = text(column, required, SHORT_TEXT);
        if (value == null) {
            return null;
        }
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw reject(column, value, "expected a decimal number");
        }
        if (!(number >= min && number <= max)) {
            throw reject(column, value, "expected a number from %s to %s".formatted(plain(min), plain(max)));
        }
        return number;
    }

    public Double latitude(String column, boolean required) {
        return decimal(column, required, -90, 90);
    }

    public Double longitude(String column, boolean required) {
        return decimal(column, required, -180, 180);
    }

    /** A code that must be one of the known ones (from the reference data). */
    public String code(String column, boolean required, Set<String> known, String what) {
        String value = text(column, required, SHORT_TEXT);
        if (value != null && !known.contains(value)) {
            throw reject(column, value, "not a known " + what + " (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
        }
        return value;
    }

    public RejectedRowException reject(String column, String value, String reason) {
        return new RejectedRowException(row, column, value, reason);
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
