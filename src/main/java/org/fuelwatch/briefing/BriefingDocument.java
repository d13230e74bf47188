package org.fuelwatch.briefing;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;

import org.fuelwatch.charts.ChartKind;
import org.fuelwatch.system.Fonts;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * An open briefing PDF: A4 pages with the running header and footer, a bookmark per section, and the charts placed
 * as vector pages. Sections add their content through {@link #add}, {@link #heading} and {@link #chart}.
 */
final class BriefingDocument implements AutoCloseable {

    private final Document document;
    private final PdfWriter writer;
    private final OutputStream out;
    private final Layout layout;
    private final Path charts;

    BriefingDocument(Path file, Layout layout, PageFurniture furniture, Path charts, Metadata metadata,
            Fonts fonts) {
        this.layout = layout;
        this.charts = charts;
        // the font subset tags follow from the document, not from chance, so that a rerun writes the same bytes
        fonts.fixSubsetTags(metadata.language().equals("en") ? "briefing" : "briefing-" + metadata.language());
        try {
            Files.createDirectories(file.getParent());
            this.out = Files.newOutputStream(file);
            this.document = new Document(PageSize.A4, 40, 40, 48, 44);
            this.writer = PdfWriter.getInstance(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        // PDF/A-2B: PDF 1.7, every colour in sRGB through the output intent, XMP metadata written at close
        writer.setPDFXConformance(PdfWriter.PDFA2B);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setPageEvent(furniture);
        // a chart that does not fit moves to the next page with the text after it, never behind it
        writer.setStrictImageSequence(true);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        document.addTitle(metadata.title());
        document.addSubject(metadata.subject());
        document.addKeywords(metadata.keywords());
        document.addAuthor(metadata.author());
        document.addCreator("FuelWatch");
        // fixed dates and identifier instead of the clock and a random number: same figures, same bytes
        PdfDate date = new PdfDate(GregorianCalendar.from(metadata.date().atStartOfDay(ZoneOffset.UTC)));
        document.addModificationDate(date);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(metadata.id(), metadata.id()));
        document.setDocumentLanguage(metadata.language());
        document.open();
        // opening the document stamps the clock as creation date; the fixed one goes in after
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        // the language of the document's text, for readers and screen readers (ar: right to left)
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(metadata.language()));
        try {
            writer.setOutputIntents("sRGB IEC61966-2.1", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed the sRGB profile", e);
        }
    }

    /**
     * Document information shown by PDF readers, the date the document says it was made (its as-of date) and its
     * 16-byte identifier.
     */
    record Metadata(String title, String subject, String keywords, String author, LocalDate date, byte[] id,
            String language) {
    }

    Layout layout() {
        return layout;
    }

    void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot add to the briefing", e);
        }
    }

    /** A section heading with a bookmark pointing at it. */
    void heading(String text) {
        heading(text, 110);
    }

    /** A section heading that starts a new page unless this much room is left below it for what follows. */
    void heading(String text, float keepWithNext) {
        // a heading never ends a page
        if (writer.getVerticalPosition(false) - document.bottom() < keepWithNext + 40) {
            document.newPage();
        }
        PdfPTable table = layout.table(1);
        PdfPCell cell = layout.text(text, layout.heading);
        cell.setPaddingTop(10);
        cell.setPaddingBottom(6);
        table.addCell(cell);
        table.setKeepTogether(true);
        add(table);
        float y = writer.getVerticalPosition(false) + 30;
        new PdfOutline(writer.getRootOutline(), new PdfDestination(PdfDestination.FITH, y), text, true);
    }

    void newPage() {
        document.newPage();
    }

    /** Places a chart drawn by the charts step, at full text width. */
    void chart(ChartKind kind) {
        Path file = charts.resolve(kind.fileName());
        try {
            PdfReader reader = new PdfReader(file.toString());
            Image image = Image.getInstance(writer.getImportedPage(reader, 1));
            image.scaleToFit(document.right() - document.left(), kind.height());
            image.setAlignment(Element.ALIGN_CENTER);
            image.setSpacingAfter(4);
            add(image);
            // writes the chart's objects now, in page order: left to the end, they would come out in the order of
            // a hash map keyed by reader identity, and a rerun would not give the same bytes
            writer.freeReader(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read chart " + file, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot place chart " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            if (document.isOpen()) {
                // from the document information as it stands now, with the fixed dates
                writer.createXmpMetadata();
                document.close();
            }
        } finally {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
