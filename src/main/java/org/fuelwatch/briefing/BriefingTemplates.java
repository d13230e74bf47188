package org.fuelwatch.briefing;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import org.fuelwatch.figures.Figures;
import org.fuelwatch.system.Edition;
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
    private final Map<String, Object> model;

    private BriefingTemplates(TemplateSource source, String edition, Map<String, Object> model, Wording wording,
            Names names) {
        this.source = source;
        this.edition = edition;
        this.wording = wording;
        this.names = names;
        this.model = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(model));
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
     * Every template of an edition filled in with these figures, for the briefing and for other wording made from
     * the same figures (the e-mail that carries it); fails on the first bad template.
     *
     * @param dataLabel the configured data label, used where the edition's wording has none of its own
     */
    public static BriefingTemplates of(TemplateSource source, Edition edition, Figures figures, String dataLabel) {
        String folder = edition.templates();
        Wording wording = Wording.load(source, folder, edition.locale());
        Names names = edition == Edition.EN ? Names.asInData() : Names.arabic(figures, source, folder);
        String label = wording.has("dataLabel") ? wording.word("dataLabel") : dataLabel;
        return new BriefingTemplates(source, folder, TemplateModel.of(figures, label, wording, names), wording, names);
    }

    /** The placeholders the templates were filled in with, by name: the figures as this edition writes them. */
    public Map<String, Object> model() {
        return model;
    }

    /** A sentence of the edition's wording with its placeholders filled in from name, value pairs. */
    public String say(String key, Object... pairs) {
        return wording.say(key, pairs);
    }

    /** A date as the edition writes it in prose: "31 January 2026". */
    public String longDate(java.time.LocalDate date) {
        return wording.longDate(date);
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
