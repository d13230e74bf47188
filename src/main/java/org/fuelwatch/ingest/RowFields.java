package org.fuelwatch.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Typed, validated access to the fields of one {@link CsvLine} by column name. Each getter throws a
 * {@link RejectedRowException} naming the column, the value and what was expected.
 *
 * <p>The one grammar of values (the README's "Validation rules" states it): a value is stripped of blanks at both
 * ends, and empty means absent. A whole number is ASCII digits 0-9 only, at most 9 of them. A decimal is an optional
 * minus, ASCII digits, and optionally a point and more digits: no plus sign, exponent, hexadecimal, type suffix,
 * thousands separator, NaN or Infinity, and no other script's digits. A date is YYYY-MM-DD in ASCII digits, a real
 * day, within the {@link RowLimits}. Text is at most as long as its column in the database.
 */
final class RowFields {

    /** Longest text accepted where a value is not stored as a column of its own. */
    static final int SHORT_TEXT = 200;

    /** How much of a bad value a rejection quotes. */
    private static final int EXCERPT = 40;

    private final CsvLine row;
    private final RowLimits limits;

    public RowFields(CsvLine row, RowLimits limits) {
        this.row = row;
        this.limits = limits;
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
        int index = HeaderIndex.of(row.header()).indexOf(column);
        if (index < 0) {
            return null;
        }
        String value = row.fields().get(index).strip();
        return value.isEmpty() ? null : value;
    }

    /** Text stored in the column of the same name: at most as long as the column is wide. */
    public String text(String column, boolean required) {
        Integer width = limits.widths().get(column);
        if (width == null) {
            throw new IllegalStateException("no column " + column + " in the table: give the longest text allowed");
        }
        return text(column, required, width);
    }

    /** Text of at most {@code maxLength} characters (counted as Unicode code points, as the database does). */
    public String text(String column, boolean required, int maxLength) {
        String value = value(column);
        if (value == null) {
            if (required) {
                throw reject(column, null, "a value is required");
            }
            return null;
        }
        if (value.length() > maxLength && value.codePointCount(0, value.length()) > maxLength) {
            String length = value.length() > FieldCap.MOST ? "more than %,d".formatted(FieldCap.MOST)
                    : String.valueOf(value.codePointCount(0, value.length()));
            throw reject(column, excerpt(value),
                    "text of %s characters is longer than the %d allowed".formatted(length, maxLength));
        }
        return value;
    }

    public String requiredText(String column) {
        return text(column, true);
    }

    public String optionalText(String column) {
        return text(column, false);
    }

    /** A real date as YYYY-MM-DD, from the earliest date accepted to the run date (and its margin). */
    public LocalDate date(String column, boolean required) {
        String value = text(column, required, SHORT_TEXT);
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            if (!isDate(value)) {
                throw reject(column, excerpt(value), "expected a real date as YYYY-MM-DD");
            }
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw reject(column, value, "expected a real date as YYYY-MM-DD");
        }
        return withinLimits(column, value, date);
    }

    /** The date read from this column's value, if it lies from the earliest date accepted to the run date's margin. */
    LocalDate withinLimits(String column, String value, LocalDate date) {
        if (date.isBefore(limits.earliestDate())) {
            throw reject(column, value, "date before %s, the earliest accepted (fuelwatch.ingest.earliest-date)"
                    .formatted(limits.earliestDate()));
        }
        if (date.isAfter(limits.latestDate())) {
            throw reject(column, value, "date after the run date %s (with %d day(s) of margin, fuelwatch.ingest.future-days)"
                    .formatted(limits.runDate(), limits.futureDays()));
        }
        return date;
    }

    /** A whole non-negative number: ASCII digits only, at most 9. */
    public Integer wholeNumber(String column, boolean required) {
        String value = text(column, required, SHORT_TEXT);
        if (value == null) {
            return null;
        }
        if (digits(value, 0, value.length()) < 1 || value.length() > 9) {
            throw reject(column, excerpt(value), "expected a whole non-negative number");
        }
        return Integer.valueOf(value);
    }

    /** A decimal number from {@code min} to {@code max}, as the grammar above has it. */
    public Double decimal(String column, boolean required, double min, double max) {
        BigDecimal number = exactDecimal(column, required, min, max);
        return number == null ? null : number.doubleValue();
    }

    /** A decimal number from {@code min} to {@code max}, exactly as written. */
    public BigDecimal exactDecimal(String column, boolean required, double min, double max) {
        String value = text(column, required, SHORT_TEXT);
        if (value == null) {
            return null;
        }
        if (!isDecimal(value)) {
            throw reject(column, excerpt(value), "expected a decimal number such as 12.5 or -7.48");
        }
        BigDecimal number = new BigDecimal(value);
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
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
        if (value != null && known.isEmpty()) {
            // every row would be rejected for it: stop with the cause instead
            throw new InputFileException(row.file(), "no " + what + " is known, so its rows cannot be checked: the "
                    + "reference data is missing (no usable reference/ files in the input folder, none stored)");
        }
        if (value != null && !known.contains(value)) {
            throw reject(column, excerpt(value), "not a known " + what + " (known: "
                    + String.join(", ", known.stream().sorted().toList()) + ")");
        }
        return value;
    }

    public RejectedRowException reject(String column, String value, String reason) {
        return new RejectedRowException(row, column, value, reason);
    }

    /** YYYY-MM-DD in ASCII digits (whether it is a real day is for the date parser). */
    static boolean isDate(String value) {
        return value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-' && digits(value, 0, 4) == 4
                && digits(value, 5, 7) == 2 && digits(value, 8, 10) == 2;
    }

    /** An optional minus, 1-15 ASCII digits, optionally a point and 1-15 more. Written out: this runs per value. */
    static boolean isDecimal(String value) {
        int start = value.startsWith("-") ? 1 : 0;
        int point = value.indexOf('.', start);
        int end = point < 0 ? value.length() : point;
        int whole = digits(value, start, end);
        if (whole < 1 || whole > 15 || whole != end - start) {
            return false;
        }
        if (point < 0) {
            return true;
        }
        int fraction = digits(value, point + 1, value.length());
        return fraction >= 1 && fraction <= 15 && fraction == value.length() - point - 1;
    }

    /** How many ASCII digits {@code value} has from {@code from} up to {@code to}, or -1 when another character is there. */
    private static int digits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return to - from;
    }

    /** A bad value as a rejection quotes it: whole when short, else its first characters. */
    static String excerpt(String value) {
        return value == null || value.length() <= EXCERPT ? value : value.substring(0, EXCERPT) + "…";
    }

    private static String plain(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
