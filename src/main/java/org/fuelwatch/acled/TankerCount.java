package org.fuelwatch.acled;

import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tanker count stated in an event's notes, since ACLED does not code one: a number in digits or words before
 * "tanker(s)" or "citerne(s)", with up to two words between ("about 40 tankers", "three fuel tankers", "12
 * camions-citernes"). Where several are stated, the first in a sentence that says tankers were burned or destroyed is
 * taken, else the first. No number stated means the count is unknown, never zero.
 */
final class TankerCount {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("a hundred", 100),
            Map.entry("one hundred", 100), Map.entry("a dozen", 12),
            Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5),
            Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10),
            Map.entry("douze", 12), Map.entry("quinze", 15), Map.entry("vingt", 20), Map.entry("trente", 30),
            Map.entry("quarante", 40), Map.entry("cinquante", 50), Map.entry("soixante", 60), Map.entry("cent", 100));

    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})*|(?:" + TENS + ")[- ](?:" + UNITS + ")|"
            + "a hundred|one hundred|a dozen|" + String.join("|", WORDS.keySet().stream()
                    .filter(w -> !w.contains(" ")).sorted((a, b) -> b.length() - a.length()).toList()) + ")";
    /** The number, up to two words such as "fuel", "oil", "camions-", then the tanker word. */
    private static final Pattern COUNT = Pattern.compile("(?<![\\p{L}\\p{N}])" + NUMBER
            + "\\s+(?:[\\p{L}]+[\\s-]+){0,2}?(?:tankers?|citernes?|tanker trucks?)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DESTROYED = Pattern.compile(
            "burn|burnt|torch|destroy|set (?:on )?fire|set alight|incendi|br[uû]l|d[ée]trui",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private TankerCount() {
    }

    static OptionalInt in(String notes) {
        if (notes == null) {
            return OptionalInt.empty();
        }
        Matcher m = COUNT.matcher(notes);
        OptionalInt first = OptionalInt.empty();
        while (m.find()) {
            int count = number(m.group(1));
            if (first.isEmpty()) {
                first = OptionalInt.of(count);
            }
            if (DESTROYED.matcher(sentence(notes, m.start(), m.end())).find()) {
                return OptionalInt.of(count);
            }
        }
        return first;
    }

    private static String sentence(String text, int start, int end) {
        int from = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf("; ", start)) + 1;
        int to = text.indexOf(". ", end);
        int semi = text.indexOf("; ", end);
        to = to < 0 ? text.length() : to;
        to = semi >= 0 ? Math.min(to, semi) : to;
        return text.substring(from, to);
    }

    private static int number(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (Character.isDigit(t.charAt(0))) {
            return Integer.parseInt(t.replace(",", ""));
        }
        Integer whole = WORDS.get(t);
        if (whole != null) {
            return whole;
        }
        String[] parts = t.split("[- ]");
        return WORDS.get(parts[0]) + WORDS.get(parts[1]);
    }
}
