package org.fuelwatch.charts;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

import org.fuelwatch.system.Placeholders;
import org.fuelwatch.system.ConfigurationException;
import org.fuelwatch.system.Edition;
import org.fuelwatch.system.TemplateSource;

/**
 * The words of the charts of one edition (titles, axes, legends, lanes, date ticks), from {@code charts.properties}
 * in the edition's templates folder, so that staff edit them without a rebuild. A value may name placeholders as
 * {@code {name}}.
 */
final class ChartWording {


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
        try {
            return Placeholders.fill(word(key), pairs);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("template " + file + ": '" + key + "' " + e.getMessage());
        }
    }
}
