package org.fuelwatch.system;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} placeholders in a line of wording (wording.properties, charts.properties) from name, value
 * pairs. A placeholder with no value is an error, so a typo in an edited wording file fails the run instead of
 * printing braces.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

    private Placeholders() {
    }

    /**
     * @throws IllegalArgumentException naming the placeholder that has no value, worded to follow "'key' "
     */
    public static String fill(String text, Object... pairs) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (!values.containsKey(m.group(1))) {
                throw new IllegalArgumentException("has a placeholder {" + m.group(1) + "} that is not one of "
                        + values.keySet());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(values.get(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
