package org.fuelwatch.system;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A language edition of the briefing. Every edition is made in the same run from the same figures; its wording lives
 * in its own templates folder ({@code templates/} for English, {@code templates/ar/} for Arabic), its files carry its
 * suffix ({@code briefing-<as-of>-ar.pdf}), and a right-to-left edition mirrors the layout.
 */
public enum Edition {
    EN("en", "", false),
    AR("ar", "-ar", true);

    private final String code;
    private final String suffix;
    private final boolean rightToLeft;

    Edition(String code, String suffix, boolean rightToLeft) {
        this.code = code;
        this.suffix = suffix;
        this.rightToLeft = rightToLeft;
    }

    /** The language code, as in {@code fuelwatch.briefing.editions} and the document's language. */
    public String code() {
        return code;
    }

    /** What the edition's file names carry before the extension: nothing for English, {@code -ar} for Arabic. */
    public String suffix() {
        return suffix;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /**
     * The locale of the edition's words: its plural rules and, where its templates give no month names, its month
     * names (British English for the English edition, as it always was).
     */
    public Locale locale() {
        return this == EN ? Locale.UK : Locale.forLanguageTag(code);
    }

    /** The locale numbers are formatted in: Western digits in every edition, as the Arabic seed writes them. */
    public Locale numberLocale() {
        return Locale.UK;
    }

    /** The edition's folder among the templates, as a prefix of their names: empty for English, {@code ar/}. */
    public String templates() {
        return suffix.isEmpty() ? "" : code + "/";
    }

    /** The edition of this language code ({@code en}, {@code ar}), any case; empty when there is none. */
    public static java.util.Optional<Edition> of(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equalsIgnoreCase(code)).findFirst();
    }

    /** The editions named in a setting such as {@code en,ar}; a name that is not an edition is a configuration error. */
    public static List<Edition> parse(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw new ConfigurationException("fuelwatch.briefing.editions is empty; name at least one of "
                    + Arrays.stream(values()).map(Edition::code).toList());
        }
        return codes.stream().flatMap(c -> Arrays.stream(c.split(","))).map(String::strip).map(c -> of(c)
                .orElseThrow(() -> new ConfigurationException("fuelwatch.briefing.editions: '" + c
                        + "' is not an edition (known: " + Arrays.stream(values()).map(Edition::code).toList() + ")")))
                .distinct().toList();
    }

    /**
     * The configured editions, English first. English is always among them: its file names, manifest and
     * {@code latest.pdf} are what revisions, retention and the previous-briefing comparison are keyed on.
     */
    public static List<Edition> configured(List<String> codes) {
        List<Edition> editions = parse(codes);
        if (!editions.contains(EN)) {
            throw new ConfigurationException("fuelwatch.briefing.editions=" + String.join(",", codes)
                    + ": the English edition (en) is always published; add en");
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(EN),
                editions.stream().filter(e -> e != EN)).toList();
    }
}
