package org.fuelwatch.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.fuelwatch.PdfA;
import org.fuelwatch.TestData;
import org.fuelwatch.TestFiles;
import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.FiguresStore;
import org.fuelwatch.run.BriefingLauncher;
import org.fuelwatch.run.ExitCodes;
import org.fuelwatch.run.RunOptions;
import org.fuelwatch.run.RunOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The Arabic edition made from the sample data beside the English one, read back from its PDF. */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArabicEditionTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);

    @Autowired
    BriefingLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    static Path folder;

    Path output;
    Path arabic;
    Figures figures;
    /** The edition's text as PDFBox extracts it, NFKC-normalised (presentation forms back to letters). */
    String text;

    @BeforeAll
    void publishBothEditions() throws IOException {
        output = publish(folder.resolve("first"));
        arabic = output.resolve("briefing-" + AS_OF + "-ar.pdf");
        figures = FiguresStore.read(output.resolve(".work/" + AS_OF + "/figures.json"));
        text = words(TestFiles.pdfText(arabic));
    }

    Path publish(Path out) {
        TestData.wipe(jdbc);
        RunOutcome outcome = launcher.launch(new RunOptions(Path.of("input"), out, AS_OF));
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.SUCCESS);
        return out;
    }

    @Test
    void oneRunPublishesBothEditionsAndTheirLatestCopiesListedInTheManifest() throws IOException {
        assertThat(output.resolve("briefing-" + AS_OF + ".pdf")).exists();
        assertThat(arabic).exists();
        assertThat(Files.mismatch(arabic, output.resolve("latest-ar.pdf"))).isEqualTo(-1L);
        assertThat(Files.readString(output.resolve("briefing-" + AS_OF + ".json")))
                .contains("\"briefing-" + AS_OF + "-ar.pdf\"", "\"briefing-" + AS_OF + ".pdf\"");
    }

    @Test
    void theArabicEditionIsPdfA2bAndTheSameBytesOnARerun() throws Exception {
        assertThat(PdfA.failures(arabic)).isEmpty();
        Path again = publish(folder.resolve("again")).resolve("briefing-" + AS_OF + "-ar.pdf");
        assertThat(Files.mismatch(arabic, again)).isEqualTo(-1L);
    }

    @Test
    void itsDocumentInformationIsArabic() throws IOException {
        try (PDDocument document = Loader.loadPDF(arabic.toFile())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ar");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("حصار الوقود على باماكو — 31 كانون الثاني/يناير 2026");
        }
    }

    @Test
    void theTextReadsInLogicalOrderWithTheSeedsNamesAndTheComputedFigures() {
        var cut = figures.supplyCut();
        assertThat(text).contains("حصار الوقود على باماكو", "حتى تاريخ 31 كانون الثاني/يناير 2026",
                "التقديرات الرئيسية")
                // a key judgement with its figures, as computed (NFKC writes m³ as m3)
                .contains(words("أي بانخفاض نسبته " + TemplateModel.whole(cut.cutPct())
                        + "% عن خط الأساس قبل الحصار البالغ " + TemplateModel.whole(cut.baselineM3PerDay())
                        + " م³ يومياً"))
                .contains("ونقل طريق بوغوني " + TemplateModel.whole(figures.routeShare().sharePct())
                        + "% من الوقود القادم عبر ممرات ساحل العاج")
                // the corridors by their Arabic names from corridors.csv, and the seed's names
                .contains("ممرات ساحل العاج", "ممرات السنغال", "ممر غينيا", "ممر موريتانيا", "طريق النيجر الطارئ")
                .contains("باماكو", "بوغوني", "العميد فاموكي كمارا", "«عملية فوكا كيني»")
                // Western digits and the seed's double month names
                .contains("أيلول/سبتمبر 2025", "صفحة 1 من");
        assertThat(text.codePoints().filter(c -> c >= 0x0660 && c <= 0x0669)).isEmpty();
    }

    @Test
    void itIsAnArabicDocumentWithTheDataThatHasNoArabicFormLeftToRight() {
        // letters of words: web addresses and file names are not prose
        String prose = text.replaceAll("\\S*(https?://|\\.csv)\\S*", " ");
        long arabicLetters = prose.codePoints()
                .filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
                .count();
        long letters = prose.codePoints().filter(Character::isLetter).count();
        assertThat((double) arabicLetters / letters).as("share of Arabic letters").isGreaterThan(0.5);
        // an incident note, data text without an Arabic form, reads as written
        assertThat(text).contains("Illustrative, not a reported event");
    }

    @Test
    void everyFontIsEmbeddedAndEveryCharacterHasAGlyphInTheFontItIsSetIn() throws IOException {
        try (PDDocument document = Loader.loadPDF(arabic.toFile())) {
            List<PDFont> fonts = new ArrayList<>();
            for (var page : document.getPages()) {
                TestFiles.collectFonts(page.getResources(), fonts);
            }
            assertThat(fonts).extracting(PDFont::getName).anyMatch(n -> n.matches("[A-Z]{6}\\+Amiri-Regular"))
                    .anyMatch(n -> n.matches("[A-Z]{6}\\+Amiri-Bold")).anyMatch(n -> n.contains("DejaVuSans"));
            assertThat(fonts).allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());

            List<String> missing = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    for (int code : position.getCharacterCodes()) {
                        try {
                            if (!(position.getFont() instanceof PDVectorFont vector) || !vector.hasGlyph(code)) {
                                missing.add(position.getUnicode() + " in " + position.getFont().getName());
                            }
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    super.processTextPosition(position);
                }
            };
            stripper.writeText(document, new StringWriter());
            assertThat(missing).isEmpty();
        }
    }

    @Test
    void theLayoutIsMirroredTheTitleFlushRight() throws IOException {
        try (PDDocument document = Loader.loadPDF(arabic.toFile())) {
            float width = document.getPage(0).getMediaBox().getWidth();
            List<Float> titleEnds = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    // the title: 22 pt, its Arabic in Amiri a little larger than the 20 pt tile figures
                    if (position.getFontSizeInPt() > 24) {
                        titleEnds.add(position.getXDirAdj() + position.getWidthDirAdj());
                    }
                    super.processTextPosition(position);
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.writeText(document, new StringWriter());
            // the title's last glyph on the right ends at the right margin (40 pt), not at the left one
            assertThat(titleEnds).isNotEmpty();
            assertThat(titleEnds.stream().max(Float::compare).orElseThrow()).isGreaterThan(width - 45);
            assertThat(titleEnds.stream().min(Float::compare).orElseThrow()).isGreaterThan(width / 3);
        }
    }

    /** Presentation forms back to letters, and runs of white space as one space. */
    static String words(String extracted) {
        return Normalizer.normalize(extracted, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
    }
}
