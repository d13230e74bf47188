package org.fuelwatch.charts;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fuelwatch.system.ConfigurationException;
import org.fuelwatch.system.Edition;
import org.fuelwatch.system.TemplateSource;

/**
 * The words of the charts of one edition (titles, axes, legends, lanes, date ticks), from {@code charts.properties}
 * in the edition's templates folder, so that staff edit them without a rebuild. A value may name placeholders as
 * {@code {name}}.
 */
final class ChartWording {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

    private final String file;
    private final Properties words = new Properties();
    private final boolean rightToLeft;

    private ChartWording(TemplateSource source, String name, boolean rightToLeft) {
        this.file = source.describe(name);
        this.rightToLeft = rightToLeft;
        try (Reader reader = new StringReader(source.read(name))) {
            words.load(reader);
        } catch (IOException | UncheckedIOException e) {
            throw new ConfigurationException("cannot read template " + file + ": " + e.getMessage());
        }
    }

    /** The chart words of an edition, from its folder among the templates. */
    public static ChartWording load(TemplateSource templates, Edition edition) {
        return new ChartWording(templates, edition.templates() + "charts.properties", edition.rightToLeft());
    }

    boolean rightToLeft() {
        return rightToLeft;
    }

    boolean has(String key) {
        return words.containsKey(key);
    }

    String word(String key) {
        String value = words.getProperty(key);
        if (value == null) {
            throw new ConfigurationException("template " + file + ": no chart wording for '" + key + "'");
        }
        return value;
    }

    String say(String key, Object... pairs) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        Matcher m = PLACEHOLDER.matcher(word(key));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (!values.containsKey(m.group(1))) {
                throw new ConfigurationException("template " + file + ": '" + key + "' has a placeholder {"
                        + m.group(1) + "} that is not one of " + values.keySet());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(values.get(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
