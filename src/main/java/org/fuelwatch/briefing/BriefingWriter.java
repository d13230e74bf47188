package org.fuelwatch.briefing;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.FiguresStore;
import org.fuelwatch.system.Fonts;
import org.fuelwatch.system.TemplateSource;
import org.fuelwatch.system.Tlp;

/**
 * Writes the briefing PDF from the figures, the charts drawn from them and the templates. The templates are filled
 * in first, so a bad one fails before any PDF is written. The same figures, charts and templates give the same bytes.
 */
final class BriefingWriter {

    /** What the briefing takes from the configuration. */
    record Settings(TemplateSource templates, String author, String dataLabel, boolean rightToLeft,
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
        Map<String, Object> model = TemplateModel.of(figures, settings.dataLabel());
        return BriefingTemplates.load(settings.templates(), model);
    }

    void write(Figures figures, Path charts, Path file) {
        BriefingTemplates templates = templates(figures);

        Layout layout = new Layout(fonts, settings.rightToLeft());
        String asOf = TemplateModel.LONG_DATE.format(figures.asOf());
        var furniture = new PageFurniture(layout, templates.text("marking"), asOf, settings.dataLabel(),
                settings.tlp(), acledAttribution(figures));
        var metadata = new BriefingDocument.Metadata(templates.text("title") + " — " + asOf,
                "Fuel supply to Bamako and attacks on the supply chain, as of " + asOf,
                "fuel, blockade, Bamako, Mali, supply, convoys, incidents, FuelWatch, " + figures.asOf(),
                settings.author(), figures.asOf(), documentId(figures));
        try (var document = new BriefingDocument(file, layout, furniture, charts, metadata, fonts)) {
            new BriefingSections(document, figures, templates).writeAll();
        }
    }

    /** ACLED's attribution when its events are among the incidents, as its terms of use ask; else null. */
    static String acledAttribution(Figures figures) {
        Figures.AcledUse acled = figures.acled();
        if (acled == null || !acled.used()) {
            return null;
        }
        return "Incidents include ACLED data (acleddata.com) as of " + TemplateModel.LONG_DATE.format(acled.dataAsOf())
                + ", selected, matched and merged by FuelWatch (see Method).";
    }

    /** The first 16 bytes of SHA-256 over the figures, the comparison with the previous briefing included. */
    static byte[] documentId(Figures figures) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(FiguresStore.json(figures));
            return Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
