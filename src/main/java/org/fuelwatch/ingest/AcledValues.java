package org.fuelwatch.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * The ACLED export's value forms, read into one form each: dates in the three forms exports come in, actor types
 * ("inter" codes) as their text names whether the file has the names or the older numbers, and Unix timestamps.
 */
final class AcledValues {

    /** ACLED notes run longer than other notes; none seen near this. */
    static final int NOTES = 8000;

    /** The actor types by their inter code (index); 0 is "no actor". Text forms of the 2023 codebook. */
    static final List<String> ACTOR_TYPES = List.of("", "State forces", "Rebel group", "Political militia",
            "Identity militia", "Rioters", "Protesters", "Civilians", "External/Other forces");

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            // a spreadsheet's re-save: two-digit years are 1950-2049, and the year column checks them
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d-MMM-")
                    .appendValueReduced(ChronoField.YEAR, 2, 2, 1950).toFormatter(Locale.ENGLISH));

    private AcledValues() {
    }

    /** A date in one of ACLED's forms, within the limits every input date is held to. */
    static LocalDate date(RowFields f, String column) {
        String value = f.text(column, true, RowFields.SHORT_TEXT);
        for (DateTimeFormatter format : DATES) {
            LocalDate date;
            try {
                date = LocalDate.parse(value, format.withResolverStyle(ResolverStyle.STRICT));
            } catch (DateTimeParseException e) {
                continue; // try the next form
            }
            // held to the same limits as the own rows' dates
            return f.withinLimits(column, value, date);
        }
        throw f.reject(column, value, "expected a real date as 2025-09-14, 14 September 2025 or 14-Sep-25");
    }

    /**
     * A latitude or longitude in degrees, within ±{@code limit}. A decimal comma (14,54) is read as a point: a
     * spreadsheet that saves with ';' between fields writes numbers so.
     */
    static double coordinate(RowFields f, String column, int limit) {
        String value = f.text(column, true, RowFields.SHORT_TEXT);
        String number = value.matches("-?\\d+,\\d+") ? value.replace(',', '.') : value;
        double degrees;
        try {
            degrees = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            throw f.reject(column, value, "expected a decimal number");
        }
        if (!(degrees >= -limit && degrees <= limit)) {
            throw f.reject(column, value, "expected a number from -" + limit + " to " + limit);
        }
        return degrees;
    }

    /** A precision code 1 (exact) to 3 (least precise). */
    static Integer precision(RowFields f, String column, boolean required) {
        Integer code = f.wholeNumber(column, required);
        if (code != null && (code < 1 || code > 3)) {
            throw f.reject(column, String.valueOf(code), "expected a precision code from 1 to 3");
        }
        return code;
    }

    /** Seconds since 1970-01-01 UTC. */
    static long timestamp(RowFields f, String column) {
        String value = f.text(column, true, RowFields.SHORT_TEXT);
        if (!value.chars().allMatch(Character::isDigit) || value.length() > 12) {
            throw f.reject(column, value, "expected a Unix time in whole seconds");
        }
        return Long.parseLong(value);
    }

    /** inter1, inter2: the actor type's name; a number 0-8 is read as its code. Empty or 0 is no actor. */
    static String actorType(RowFields f, String column) {
        String value = f.value(column);
        if (value == null) {
            return null;
        }
        String name = actorTypeName(value);
        if (name == null) {
            throw f.reject(column, value, "expected an ACLED actor type, 0-8 or one of "
                    + String.join(", ", ACTOR_TYPES.subList(1, ACTOR_TYPES.size())));
        }
        return name.isEmpty() ? null : name;
    }

    /**
     * interaction: the two actor types as "Rebel group-Civilians" or "Rebel group only"; the older two-digit code
     * (27, 20) is read as the two inter codes, the lower first, 0 meaning the actor acted alone.
     */
    static String interaction(RowFields f) {
        String value = f.value("interaction");
        if (value == null) {
            return null;
        }
        String reason = "expected an ACLED interaction, a two-digit code such as 27 or a text such as Rebel group-Civilians";
        if (value.chars().allMatch(Character::isDigit)) {
            if (value.length() != 2 || value.charAt(0) == '0' || value.charAt(0) > '8' || value.charAt(1) > '8') {
                throw f.reject("interaction", value, reason);
            }
            String first = ACTOR_TYPES.get(value.charAt(0) - '0');
            String second = ACTOR_TYPES.get(value.charAt(1) - '0');
            return second.isEmpty() ? first + " only" : first + "-" + second;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.endsWith(" only")) {
            String one = actorTypeName(value.substring(0, value.length() - 5));
            if (one == null || one.isEmpty()) {
                throw f.reject("interaction", value, reason);
            }
            return one + " only";
        }
        // the names hold no hyphen, so the first hyphen parts the two
        int dash = value.indexOf('-');
        String first = dash < 0 ? null : actorTypeName(value.substring(0, dash));
        String second = dash < 0 ? null : actorTypeName(value.substring(dash + 1));
        if (first == null || second == null || first.isEmpty() || second.isEmpty()) {
            throw f.reject("interaction", value, reason);
        }
        return first + "-" + second;
    }

    /** The canonical name of an actor type given as a code or a name (older exports spell them in the plural). */
    static String actorTypeName(String value) {
        String v = value.strip();
        if (v.length() == 1 && Character.isDigit(v.charAt(0))) {
            int code = v.charAt(0) - '0';
            return code < ACTOR_TYPES.size() ? ACTOR_TYPES.get(code) : null;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        for (String name : ACTOR_TYPES.subList(1, ACTOR_TYPES.size())) {
            String n = name.toLowerCase(Locale.ROOT);
            if (lower.equals(n) || lower.equals(n + "s") || lower.equals(n.replace("militia", "militias"))
                    || lower.equals(n.replace("forces", "force"))) {
                return name;
            }
        }
        return null;
    }
}
