package org.fuelwatch.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fuelwatch.ColouredText;
import org.fuelwatch.PdfA;
import org.fuelwatch.TestData;
import org.fuelwatch.TestFiles;
import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.FiguresStore;
import org.fuelwatch.run.BriefingLauncher;
import org.fuelwatch.run.ExitCodes;
import org.fuelwatch.system.ConfigurationException;
import org.fuelwatch.system.Edition;
import org.fuelwatch.system.Fonts;
import org.fuelwatch.system.TemplateSource;
import org.fuelwatch.system.Tlp;
import org.fuelwatch.system.FuelWatchProperties;
import org.fuelwatch.run.RunOptions;
import org.fuelwatch.run.RunOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The briefing made from the sample data in input/, read back from the PDF. */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BriefingPdfTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);

    /** The sections in reading order, by their key in templates/headings.properties. */
    static final List<String> SECTIONS = List.of("summary", "keyFigures", "corridors", "changes", "supply",
            "corridorSupply", "routes", "map", "incidents", "recentIncidents", "timeline", "commander", "claims",
            "method", "dataNote", "sources");

    @Autowired
    BriefingLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fonts fonts;

    @Autowired
    FuelWatchProperties properties;

    /** One folder for the whole class: the tests share the briefing published once. */
    @TempDir
    static Path folder;

    Path pdf;

    /** The steps of the first run, in the order they ran. */
    List<String> steps;

    Properties headings = new Properties();

    @BeforeAll
    void publishTheSampleBriefing() throws IOException {
        pdf = publish(folder.resolve("first"), null);
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/templates/headings.properties"))) {
            headings.load(reader);
        }
    }

    /** Runs the job on input/ from a database that has seen no input, so the data note counts every row as new. */
    Path publish(Path output, LocalDate asOf) {
        TestData.wipe(jdbc);
        RunOutcome outcome = launcher.launch(new RunOptions(Path.of("input"), output, asOf));
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.SUCCESS);
        if (steps == null) {
            steps = outcome.execution().getStepExecutions().stream().sorted(Comparator.comparing(StepExecution::getId))
                    .map(StepExecution::getStepName).toList();
        }
        return outcome.briefing();
    }

    @Test
    void everySectionHasABookmarkInReadingOrderPointingAtItsHeading() throws IOException {
        try (PDDocument document = load(pdf)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                PDPage page = item.findDestinationPage(document);
                assertThat(page).as(item.getTitle()).isNotNull();
                assertThat(text(document, document.getPages().indexOf(page) + 1)).contains(item.getTitle());
            }
            assertThat(titles).containsExactlyElementsOf(SECTIONS.stream().map(headings::getProperty).toList());
        }
    }

    @Test
    void metadataComesFromTheTemplatesTheConfigurationAndTheAsOfDate() throws IOException {
        try (PDDocument document = load(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Fuel blockade of Bamako — 31 January 2026");
            assertThat(info.getAuthor()).isEqualTo(properties.briefing().author());
            assertThat(info.getSubject()).contains("as of 31 January 2026");
            assertThat(info.getKeywords()).contains("blockade", "2026-01-31");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant());
            assertThat(info.getModificationDate().toInstant()).isEqualTo(info.getCreationDate().toInstant());
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>",
                    "2026-01-31T00:00:00Z");
        }
    }

    @Test
    void everyPageHasTheMarkingTheAsOfDateAndPageXOfY() throws IOException {
        try (PDDocument document = load(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isBetween(8, 16);
            for (int p = 1; p <= pages; p++) {
                assertThat(text(document, p)).as("page %d", p)
                        .contains("FOR OFFICIAL USE ONLY", "As of 31 January 2026", "Page " + p + " of " + pages);
            }
        }
    }

    @Test
    void everyFontIsAnEmbeddedSubsetOfDejaVuChartsIncluded() throws IOException {
        try (PDDocument document = load(pdf)) {
            List<PDFont> used = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                TestFiles.collectFonts(page.getResources(), used);
            }
            assertThat(used).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans.*");
            });
            // the chart pages (form XObjects) carry fonts of their own: the charts are text, not outlines
            assertThat(used.stream().map(PDFont::getName).distinct().count()).isGreaterThan(4);
        }
        assertThat(TestFiles.pdfText(pdf)).contains("Kolondiéba", "Kourémalé", "Côte d'Ivoire");
    }

    @Test
    void theSameInputAndAsOfDateGiveTheSameBytes() throws IOException {
        Path again = publish(folder.resolve("second"), null);

        assertThat(again).isNotEqualTo(pdf);
        assertThat(Files.mismatch(pdf, again)).as("first differing byte").isEqualTo(-1L);
    }

    @Test
    void theBriefingIsValidPdfA2b() throws Exception {
        assertThat(PdfA.failures(pdf)).isEmpty();
    }

    @Test
    void theTlpLabelIsInTheHeaderAndFooterOfEveryPageInItsColourOnBlackAndTheBriefingStaysPdfA() throws Exception {
        Path out = folder.resolve("tlp-amber-strict.pdf");
        writer(TemplateSource.builtIn(), Optional.of(Tlp.AMBER_STRICT)).write(figures(), charts(), out);

        try (PDDocument document = load(out)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int p = 0; p < document.getNumberOfPages(); p++) {
                List<ColouredText.Line> labels = ColouredText.lines(document, p + 1).stream()
                        .filter(line -> line.text().contains("TLP:")).toList();
                assertThat(labels).as("page %d", p + 1).hasSize(2).allSatisfy(line -> {
                    assertThat(line.text()).isEqualTo("TLP:AMBER+STRICT");
                    assertThat(line.colours()).containsExactly(0xFFC000);
                });
                // one at the top of the page, one at the bottom
                float height = document.getPage(p).getMediaBox().getHeight();
                assertThat(labels.get(0).y()).isLessThan(height * 0.1f);
                assertThat(labels.get(1).y()).isGreaterThan(height * 0.9f);
                BufferedImage image = renderer.renderImage(p, 2);
                for (ColouredText.Line label : labels) {
                    // the box behind the label is black: sample just above the baseline between two letters' bodies
                    int black = 0;
                    int amber = 0;
                    for (int x = (int) (label.x() * 2); x < (int) ((label.x() + label.width()) * 2); x++) {
                        for (int y = (int) ((label.y() - 6) * 2); y < (int) (label.y() * 2); y++) {
                            int rgb = image.getRGB(x, y) & 0xFFFFFF;
                            black += rgb == 0 ? 1 : 0;
                            amber += Math.abs((rgb >> 16) - 0xFF) < 40 && Math.abs(((rgb >> 8) & 0xFF) - 0xC0) < 40
                                    && (rgb & 0xFF) < 60 ? 1 : 0;
                        }
                    }
                    assertThat(black).as("black pixels behind the label on page %d", p + 1).isGreaterThan(200);
                    assertThat(amber).as("amber pixels of the label on page %d", p + 1).isGreaterThan(50);
                }
            }
        }
        assertThat(TestFiles.pdfText(out)).contains("FOR OFFICIAL USE ONLY");
        assertThat(PdfA.failures(out)).isEmpty();
        Path again = folder.resolve("tlp-amber-strict-again.pdf");
        writer(TemplateSource.builtIn(), Optional.of(Tlp.AMBER_STRICT)).write(figures(), charts(), again);
        assertThat(Files.mismatch(out, again)).isEqualTo(-1L);
    }

    @Test
    void aTlpSettingIsReadAsTheStandardWritesItOrRefusedNamingTheSetting() {
        assertThat(Tlp.of("AMBER+STRICT")).contains(Tlp.AMBER_STRICT);
        assertThat(Tlp.of("tlp:red")).contains(Tlp.RED);
        assertThat(Tlp.of("")).isEmpty();
        assertThat(Stream.of(Tlp.values()).map(Tlp::label))
                .containsExactly("TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED");
        assertThat(Stream.of(Tlp.values()).map(Tlp::hex))
                .containsExactly("#FFFFFF", "#33FF00", "#FFC000", "#FFC000", "#FF2B2B");
        assertThatThrownBy(() -> Tlp.of("AMBER STRICT")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("fuelwatch.briefing.tlp=AMBER STRICT")
                .hasMessageContaining("CLEAR, GREEN, AMBER, AMBER+STRICT, RED");
    }

    @Test
    void aTemplateChangeShowsUpInTheBriefing() throws IOException {
        Path templates = overrideFolder(folder.resolve("edited-templates"));
        Files.writeString(templates.resolve("title.mustache"), "Bamako fuel, {{asOf}}");
        Files.writeString(templates.resolve("analyst-note.mustache"), "Analyst: convoys resume on {{shareRouteName}}.");
        Path out = folder.resolve("edited.pdf");

        writer(templates).write(figures(), charts(), out);

        String text = TestFiles.pdfText(out);
        assertThat(text).contains("Bamako fuel, 31 January 2026")
                .contains("Analyst: convoys resume on " + figures().routeShare().routeName());
        try (PDDocument document = load(out)) {
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Bamako fuel, 31 January 2026");
        }
    }

    @Test
    void aBadPlaceholderFailsNamingTheTemplateAndLineBeforeAnyPdfIsWritten() throws IOException {
        Path templates = overrideFolder(folder.resolve("bad-placeholder"));
        Files.writeString(templates.resolve("summary.mustache"), "Fine first line.\nThe cut was {{cutPercent}}%.");
        Path out = folder.resolve("bad-placeholder.pdf");

        assertThatThrownBy(() -> writer(templates).write(figures(), charts(), out))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("summary.mustache")
                .hasMessageContaining("cutPercent")
                .hasMessageContaining("line 2");
        assertThat(out).doesNotExist();
        // and in the job the templates are filled in before any chart, the first PDFs, is drawn
        assertThat(steps).containsSubsequence("figuresStep", "templatesStep", "chartsStep", "briefingStep");
    }

    @Test
    void aBrokenTemplateOrAMissingHeadingFailsNamingTheTemplate() throws IOException {
        Path templates = overrideFolder(folder.resolve("broken"));
        Files.writeString(templates.resolve("data-note.mustache"), "About the data.\n\n{{#lastIncident}} never closed");

        assertThatThrownBy(() -> writer(templates).templates(figures()))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("data-note.mustache")
                .hasMessageContaining("line 3");

        Path headingless = overrideFolder(folder.resolve("headingless"));
        Files.writeString(headingless.resolve("headings.properties"), "summary=Key judgements\n");
        assertThatThrownBy(() -> writer(headingless).templates(figures()))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("headings.properties")
                .hasMessageContaining("keyFigures");
    }

    @Test
    void theNextBriefingSaysWhatChangedSinceThePreviousOne() throws IOException {
        Path output = folder.resolve("weekly");
        LocalDate before = AS_OF.minusDays(14);
        publish(output, before);
        Path now = publish(output, null);

        Figures previous = FiguresStore.read(output.resolve(".work/" + before + "/figures.json"));
        Figures current = FiguresStore.read(output.resolve(".work/" + AS_OF + "/figures.json"));
        long added = current.totals().sinceBlockade().incidents() - previous.totals().sinceBlockade().incidents();
        assertThat(added).isPositive();
        String text = TestFiles.pdfText(now);
        assertThat(text).contains("Compared with the briefing as of 17 Jan 2026: " + added + " new incident")
                .contains(headings.getProperty("newIncidents"))
                .contains("Tankers destroyed, last 7 days");
        assertThat(TestFiles.pdfText(output.resolve("briefing-" + before + ".pdf")))
                .contains("There is no previous briefing before 17 Jan 2026");
    }

    private BriefingWriter writer(Path templates) {
        return writer(TemplateSource.of(templates), Optional.empty());
    }

    private BriefingWriter writer(TemplateSource templates, Optional<Tlp> tlp) {
        return new BriefingWriter(fonts, new BriefingWriter.Settings(templates, "FuelWatch test",
                properties.briefing().dataLabel(), Edition.EN, tlp));
    }

    private Figures figures() {
        return FiguresStore.read(work().resolve("figures.json"));
    }

    private Path charts() {
        return work().resolve("charts");
    }

    private Path work() {
        return folder.resolve("first/.work/" + AS_OF);
    }

    /** An override folder: it holds only the templates a test changes, the others come built in. */
    private static Path overrideFolder(Path target) throws IOException {
        return Files.createDirectories(target);
    }

    private static PDDocument load(Path file) throws IOException {
        return Loader.loadPDF(Files.readAllBytes(file));
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
