package org.fuelwatch.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fuelwatch.system.Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout in both directions: French and Arabic text set in embedded fonts (Arabic in Amiri, Latin in DejaVu). */
class LayoutTests {

    static final Fonts FONTS = new Fonts();

    @TempDir
    Path folder;

    @Test
    void arabicAndFrenchAreSetInEmbeddedFontsInARightToLeftLayout() throws IOException {
        // given: an Arabic edition's layout
        Path file = folder.resolve("rtl.pdf");
        Layout layout = new Layout(FONTS, true);
        var furniture = new PageFurniture(layout, "للاستخدام الرسمي فقط", "31 يناير 2026", "بيانات توضيحية",
                java.util.Optional.of(org.fuelwatch.system.Tlp.RED), null, "صفحة %d من ");
        var metadata = new BriefingDocument.Metadata("حصار الوقود", "test", "test", "FuelWatch",
                LocalDate.of(2026, 1, 31), new byte[16], "ar");

        // when
        try (var document = new BriefingDocument(file, layout, furniture, folder, metadata, FONTS)) {
            document.heading("حصار الوقود على باماكو");
            document.add(layout.paragraph("Kolondiéba, Kourémalé — Côte d'Ivoire", layout.body, 2));
        }

        // then: the Arabic comes back as Arabic letters (shaped presentation forms or base letters)
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Kolondiéba", "Kourémalé");
            assertThat(text.codePoints().filter(c -> (c >= 0x0600 && c <= 0x06FF) || (c >= 0xFE70 && c <= 0xFEFF))
                    .count()).isGreaterThan(10);
            PDResources resources = pdf.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                assertThat(resources.getFont(name).isEmbedded()).isTrue();
                // Arabic in Amiri, the Latin run in its DejaVu partner
                assertThat(resources.getFont(name).getName()).matches("[A-Z]{6}\\+(DejaVuSans|Amiri).*");
            }
        }
    }
}
