package org.fuelwatch.briefing;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import org.fuelwatch.system.TemplateSource;

/**
 * The wording of the briefing, read at run time from {@link TemplateSource} (built in, or a file of the same name in
 * the templates folder) so that staff can edit it without a rebuild. Mustache templates ({@code name.mustache}) are filled in with the figures; a placeholder with no figure
 * behind it fails the run naming the template and line, before any PDF is written.
 */
public final class BriefingTemplates {

    /** Every template the briefing uses. */
    public static final List<String> NAMES = List.of("title", "subtitle", "marking", "distribution", "summary",
            "analyst-note", "data-note", "commander", "stale-data");

    /** Every heading the briefing uses, in headings.properties. */
    public static final List<String> HEADINGS = List.of("kicker", "summary", "keyFigures", "daysSince", "corridors",
            "changes", "newIncidents", "supply", "supplyMarkers", "corridorSupply", "routes", "map", "incidents",
            "recentIncidents", "timeline", "commander", "claims", "method", "dataNote", "sources");

    private static final Mustache.Compiler COMPILER = Mustache.compiler().escapeHTML(false);

    private final TemplateSource source;
    private final String edition;
    private final Map<String, String> rendered;
    private final Properties headings = new Properties();
    private final Wording wording;
    private final Names names;

    private BriefingTemplates(TemplateSource source, String edition, Map<String, Object> model, Wording wording,
            Names names) {
        this.source = source;
        this.edition = edition;
        this.wording = wording;
        this.names = names;
        this.rendered = NAMES.stream().collect(Collectors.toUnmodifiableMap(n -> n, n -> fill(n, model)));
        String file = edition + "headings.properties";
        try (Reader reader = new StringReader(read(file))) {
            headings.load(reader);
        } catch (IOException e) {
            throw new TemplateException("cannot read template " + source.describe(file) + ": " + e.getMessage(), e);
        }
        List<String> missing = HEADINGS.stream().filter(k -> headings.getProperty(k) == null).toList();
        if (!missing.isEmpty()) {
            throw new TemplateException("template " + source.describe(file) + ": no heading for "
                    + String.join(", ", missing), null);
        }
    }

    /**
     * The values the English templates are filled in with for these figures, by placeholder name, for other wording
     * made from the same figures (the e-mail that carries the briefing).
     */
    public static Map<String, Object> model(org.fuelwatch.figures.Figures figures, String dataLabel) {
        return TemplateModel.of(figures, dataLabel, Wording.load(TemplateSource.builtIn(), "", Locale.UK),
                Names.asInData());
    }

    /** Reads and fills in every English template with the model; fails on the first bad one. */
    public static BriefingTemplates load(TemplateSource source, Map<String, Object> model) {
        return new BriefingTemplates(source, "", model, Wording.load(source, "", Locale.UK), Names.asInData());
    }

    /**
     * Reads and fills in every template of an edition with the model; fails on the first bad one.
     *
     * @param edition the edition's folder among the templates: empty for English, {@code ar/} for Arabic
     */
    static BriefingTemplates load(TemplateSource source, String edition, Map<String, Object> model, Wording wording,
            Names names) {
        return new BriefingTemplates(source, edition, model, wording, names);
    }

    /** The edition's fixed wording: headers, captions, labels. */
    Wording wording() {
        return wording;
    }

    /** Names as the edition writes them. */
    Names names() {
        return names;
    }

    private String fill(String name, Map<String, Object> model) {
        String file = edition + name + ".mustache";
        String text = read(file);
        try {
            Template template = COMPILER.compile(text);
            return template.execute(model).strip();
        } catch (MustacheException e) {
            throw new TemplateException("template " + source.describe(file) + ": " + e.getMessage(), e);
        }
    }

    static String read(TemplateSource source, String file) {
        try {
            return source.read(file);
        } catch (UncheckedIOException e) {
            throw new TemplateException(e.getMessage(), e);
        }
    }

    private String read(String file) {
        try {
            return source.read(file);
        } catch (UncheckedIOException e) {
            throw new TemplateException(e.getMessage(), e);
        }
    }

    /** The filled-in text of a template; blank when the template is empty. */
    public String text(String name) {
        String text = rendered.get(name);
        if (text == null) {
            throw new IllegalArgumentException("no template " + name);
        }
        return text;
    }

    /** The heading of a section, from headings.properties. */
    public String heading(String key) {
        String heading = headings.getProperty(key);
        if (heading == null) {
            throw new TemplateException("template " + source.describe(edition + "headings.properties")
                    + ": no heading for '" + key + "'", null);
        }
        return heading.strip();
    }
}
