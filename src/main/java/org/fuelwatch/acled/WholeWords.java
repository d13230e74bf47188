package org.fuelwatch.acled;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The first of a list of words that a text names as a whole word (bounded by a non-letter, non-digit on both
 * sides), in any case, as it is written in the text. A word of one token is looked up token by token in a set, one
 * pass over the text: a regular expression of every word tried at every position took most of the ACLED match step
 * on a region-wide export. Words of several tokens ("fuel truck") fall back to such an expression.
 */
final class WholeWords {

    private final Set<String> tokens = new HashSet<>();
    /** The lengths of the words, so that most tokens are passed over without a lookup. */
    private final BitSet lengths = new BitSet();
    private final Pattern phrases;

    WholeWords(List<String> words) {
        List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        lower.stream().filter(WholeWords::isToken).forEach(tokens::add);
        tokens.forEach(t -> lengths.set(t.length()));
        List<String> several = lower.stream().filter(w -> !isToken(w)).toList();
        this.phrases = several.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                + several.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                        .collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The first listed word in {@code text}, as written there, or empty. */
    Optional<String> firstIn(String text) {
        int phraseAt = Integer.MAX_VALUE;
        String phrase = null;
        if (phrases != null) {
            Matcher m = phrases.matcher(text);
            if (m.find()) {
                phraseAt = m.start();
                phrase = m.group();
            }
        }
        // lower-cased once, not token by token; where that changes the length (a rare letter such as İ) the places
        // would no longer line up, and each token is lower-cased alone
        String lower = text.toLowerCase(Locale.ROOT);
        boolean aligned = lower.length() == text.length();
        int i = 0;
        int n = Math.min(text.length(), phraseAt);
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(cp = text.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            int length = i - start;
            if ((!aligned || length < lengths.length() && lengths.get(length))
                    && tokens.contains(aligned ? lower.substring(start, i)
                            : text.substring(start, i).toLowerCase(Locale.ROOT))) {
                return Optional.of(text.substring(start, i));
            }
        }
        return Optional.ofNullable(phrase);
    }

    /** A letter or number in Unicode's sense, as {@code [\p{L}\p{N}]} in a regular expression. */
    static boolean isWordChar(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static boolean isToken(String word) {
        return !word.isEmpty() && word.codePoints().allMatch(WholeWords::isWordChar);
    }
}
