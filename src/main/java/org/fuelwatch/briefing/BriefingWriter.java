package org.fuelwatch.briefing;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.FiguresStore;
import org.fuelwatch.system.Edition;
import org.fuelwatch.system.Fonts;
import org.fuelwatch.system.TemplateSource;
import org.fuelwatch.system.Tlp;

/**
 * Writes the briefing PDF from the figures, the charts drawn from them and the templates. The templates are filled
 * in first, so a bad one fails before any PDF is written. The same figures, charts and templates give the same bytes.
 */
final class BriefingWriter {

    /** What the briefing takes from the configuration, and the edition it writes. */
    record Settings(TemplateSource templates, String author, String dataLabel, Edition edition,
            Optional<Tlp> tlp) {
    }

    private final Fonts fonts;
    private final Settings settings;

    BriefingWriter(Fonts fonts, Settings settings) {
        this.fonts = fonts;
        this.settings = settings;
    }

    /** Every template filled in with these figures; throws {@link TemplateException} on the first bad one. */
    BriefingTemplates templates(Figures figures) {
        return BriefingTemplates.of(settings.templates(), settings.edition(), figures, settings.dataLabel());
    }

    Edition edition() {
        return settings.edition();
    }

    void write(Figures figures, Path charts, Path file) {
        BriefingTemplates templates = templates(figures);
        Wording w = templates.wording();

        Layout layout = new Layout(fonts, settings.edition().rightToLeft());
        String asOf = w.longDate(figures.asOf());
        var furniture = new PageFurniture(layout, templates.text("marking"), w.say("asOf", "date", asOf),
                (String) templates.model().get("dataLabel"), settings.tlp(), acledAttribution(figures, w), w.word("pageOf").replace("{n}", "%d"));
        byte[] id = settings.edition() == Edition.EN ? documentId(figures)
                : documentId(figures, settings.edition().code());
        var metadata = new BriefingDocument.Metadata(templates.text("title") + " — " + asOf,
                w.say("meta.subject", "date", asOf), w.say("meta.keywords", "date", figures.asOf()),
                settings.author(), figures.asOf(), id, settings.edition().code());
        try (var document = new BriefingDocument(file, layout, furniture, charts, metadata, fonts)) {
            new BriefingSections(document, figures, templates).writeAll();
        }
    }

    /** ACLED's attribution when its events are among the incidents, as its terms of use ask; else null. */
    static String acledAttribution(Figures figures, Wording w) {
        Figures.AcledUse acled = figures.acled();
        if (acled == null || !acled.used()) {
            return null;
        }
        return w.say("acled.attribution", "date", w.longDate(acled.dataAsOf()));
    }

    /** The first 16 bytes of SHA-256 over the figures, the comparison with the previous briefing included. */
    static byte[] documentId(Figures figures) {
        return documentId(figures, null);
    }

    /** The same for another edition than the English one: each edition is a document of its own. */
    private static byte[] documentId(Figures figures, String edition) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (edition != null) {
                sha.update(edition.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            sha.update(FiguresStore.json(figures));
            return Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
