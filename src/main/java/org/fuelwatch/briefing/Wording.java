package org.fuelwatch.briefing;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import org.fuelwatch.system.Placeholders;
import org.fuelwatch.system.TemplateSource;

/**
 * The fixed wording of an edition that is not a whole template: table headers, captions, labels and the sentences
 * built around figures, from {@code wording.properties} in the edition's templates folder, so that staff edit it
 * without a rebuild. A value may name placeholders as {@code {name}}; {@link #say} fills them in and fails on one it
 * was not given. Dates are written with the edition's month names; counts with the noun form the edition's plural
 * rules ask for ({@code count.incident.one}, {@code .two}, {@code .few}, {@code .many}, {@code .other}).
 */
final class Wording {


    private final String file;
    private final Properties words = new Properties();
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter tableDate;
    private final PluralRules plurals;

    private Wording(TemplateSource source, String name, Locale language) {
        this.file = source.describe(name);
        try (Reader reader = new StringReader(BriefingTemplates.read(source, name))) {
            words.load(reader);
        } catch (IOException e) {
            throw new TemplateException("cannot read template " + file + ": " + e.getMessage(), e);
        }
        Map<Long, String> months = months("months");
        Map<Long, String> shortMonths = words.containsKey("months.short") ? months("months.short") : months;
        this.shortDate = formatter(word("date.short"), months, shortMonths, language);
        this.longDate = formatter(word("date.long"), months, shortMonths, language);
        this.tableDate = words.containsKey("date.table")
                ? formatter(word("date.table"), months, shortMonths, language) : shortDate;
        this.plurals = PluralRules.forLocale(ULocale.forLocale(language));
    }

    /** The wording of an edition, from its folder among the templates ({@code ar/}, or empty for English). */
    static Wording load(TemplateSource source, String edition, Locale language) {
        return new Wording(source, edition + "wording.properties", language);
    }

    /** The 12 month names under this key, comma-separated; none when the key is absent. */
    private Map<Long, String> months(String key) {
        Map<Long, String> months = new HashMap<>();
        String names = words.getProperty(key);
        if (names != null) {
            List<String> list = List.of(names.split("\\s*,\\s*"));
            if (list.size() != 12) {
                throw new TemplateException("template " + file + ": " + key + " must name 12 months, found "
                        + list.size(), null);
            }
            for (int i = 0; i < 12; i++) {
                months.put(i + 1L, list.get(i).strip());
            }
        }
        return months;
    }

    /**
     * A date pattern ("d MMM yyyy"), with the month written from the edition's own names when it has them: MMMM
     * from months, MMM from months.short (or months).
     */
    private DateTimeFormatter formatter(String pattern, Map<Long, String> months, Map<Long, String> shortMonths,
            Locale language) {
        Matcher m = Pattern.compile("M{3,4}").matcher(pattern);
        if (months.isEmpty() || !m.find()) {
            return DateTimeFormatter.ofPattern(pattern, language);
        }
        return new DateTimeFormatterBuilder().appendPattern(pattern.substring(0, m.start()))
                .appendText(ChronoField.MONTH_OF_YEAR, m.group().length() == 4 ? months : shortMonths)
                .appendPattern(pattern.substring(m.end())).toFormatter(language);
    }

    /** The word or sentence under this key, as written (a trailing space kept: "Page {n} of "). */
    String word(String key) {
        String value = words.getProperty(key);
        if (value == null) {
            throw new TemplateException("template " + file + ": no wording for '" + key + "'", null);
        }
        return value;
    }

    /** True when the edition has wording under this key (for optional words such as an incident type's). */
    boolean has(String key) {
        return words.containsKey(key);
    }

    /** The sentence under this key with its placeholders filled in from name, value pairs. */
    String say(String key, Object... pairs) {
        try {
            return Placeholders.fill(word(key), pairs);
        } catch (IllegalArgumentException e) {
            throw new TemplateException("template " + file + ": '" + key + "' " + e.getMessage(), null);
        }
    }

    /** A count with its noun, in the form the edition's plural rules choose: "1 incident", "3 incidents". */
    String count(long n, String noun) {
        String category = plurals.select(n);
        String key = "count." + noun + "." + category;
        return say(words.containsKey(key) ? key : "count." + noun + ".other", "n", TemplateModel.whole(n));
    }

    String date(LocalDate date) {
        return date == null ? "" : shortDate.format(date);
    }

    /** A date in a table cell, where room is short: date.table, or the short date. */
    String tableDate(LocalDate date) {
        return date == null ? "" : tableDate.format(date);
    }

    String longDate(LocalDate date) {
        return date == null ? "" : longDate.format(date);
    }
}
