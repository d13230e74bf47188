package org.fuelwatch.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HashMap;
import java.util.Map;

import org.fuelwatch.system.Edition;
import org.fuelwatch.system.Fonts;
import org.fuelwatch.system.Fonts.Face;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.xml.xmp.XmpWriter;

/**
 * Makes a recipient's numbered copy of a published briefing: a stamp such as "Copy 3 of 12 — issued to <name>" (the
 * edition's {@code copy.stamp} wording) at the foot of every page and in the document information, so that a forwarded copy traces back to its holder. The master is read, never
 * changed. A copy keeps the master's dates and is PDF/A-2B like it; its identifier comes from the master and the
 * stamp, so the same briefing and list give the same bytes.
 */
final class NumberedCopy {

    /** Document-information key of the stamp, beside the standard entries. */
    static final String INFO_KEY = "FuelWatchCopy";

    /** Where the stamp's baseline sits, in points above the foot of the page. */
    static final float STAMP_BASELINE = 35;

    private static final java.awt.Color INK = new java.awt.Color(0x22, 0x2b, 0x36);

    private final Fonts fonts;

    NumberedCopy(Fonts fonts) {
        this.fonts = fonts;
    }

    /** The copy of the master (an edition's published PDF) with this stamp, in the edition's direction. */
    byte[] make(byte[] master, Edition edition, String stamp) {
        fonts.fixSubsetTags("copy/" + stamp);
        try (PdfReader reader = new PdfReader(master)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(master.length + 64 * 1024);
            PdfStamper stamper = new PdfStamper(reader, out);
            writePagesInOrder(stamper);
            Font font = new Font(fonts.pdf(Face.CONDENSED_BOLD), 7.5f, Font.NORMAL, INK);
            int direction = edition.rightToLeft() ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                Rectangle size = reader.getPageSize(page);
                PdfContentByte canvas = stamper.getOverContent(page);
                // centred just above the footer's rule (at 32 pt), below the text (which ends at 44 pt); the
                // footer's own lines fill the room under the rule
                ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(stamp, font),
                        (size.getLeft() + size.getRight()) / 2, size.getBottom() + STAMP_BASELINE, 0, direction, 0);
            }

            PdfDictionary info = reader.getTrailer().getAsDict(PdfName.INFO);
            Calendar modified = PdfDate.decode(info.getAsString(PdfName.MODDATE).toUnicodeString());
            Map<String, String> moreInfo = new HashMap<>();
            moreInfo.put(INFO_KEY, stamp);
            moreInfo.put("Subject", info.getAsString(PdfName.SUBJECT).toUnicodeString() + " — " + stamp);
            stamper.setInfoDictionary(moreInfo);
            stamper.setEnforcedModificationDate(modified);
            byte[] id = id(master, stamp);
            stamper.setOverrideFileId(PdfEncryption.createInfoId(id, id));
            stamper.setXmpMetadata(xmp(info, moreInfo, modified));
            stamper.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stamp the copy " + stamp, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot stamp the copy " + stamp, e);
        }
    }

    /**
     * OpenPDF's stamper keeps the pages it stamps in a hash map keyed by identity and writes their content in that
     * map's order, which changes from one run to the next; the same order every time makes the same bytes. The map
     * is replaced, before any page is stamped, by one that keeps the pages in the order they were stamped.
     */
    private static void writePagesInOrder(PdfStamper stamper) {
        try {
            java.lang.reflect.Field imp = PdfStamper.class.getDeclaredField("stamper");
            imp.setAccessible(true);
            Object stamperImp = imp.get(stamper);
            java.lang.reflect.Field pages = stamperImp.getClass().getDeclaredField("pagesToContent");
            pages.setAccessible(true);
            pages.set(stamperImp, new java.util.LinkedHashMap<>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this OpenPDF's stamper cannot be made to write the same bytes twice", e);
        }
    }

    /** XMP from the copy's document information, as PDF/A requires them to agree. */
    private static byte[] xmp(PdfDictionary masterInfo, Map<String, String> moreInfo, Calendar modified)
            throws IOException {
        PdfDictionary info = new PdfDictionary();
        info.merge(masterInfo);
        moreInfo.forEach((k, v) -> info.put(new PdfName(k), new PdfString(v, PdfString.TEXT_UNICODE)));
        // the XMP writer takes dates as dates, not as the strings a reader gives
        info.put(PdfName.MODDATE, new PdfDate(modified));
        PdfString created = masterInfo.getAsString(PdfName.CREATIONDATE);
        if (created != null) {
            info.put(PdfName.CREATIONDATE, new PdfDate(PdfDate.decode(created.toUnicodeString())));
        }
        ByteArrayOutputStream xmp = new ByteArrayOutputStream();
        try (XmpWriter writer = new XmpWriter(xmp, info, PdfWriter.PDFA2B)) {
            // written when closed
        }
        return xmp.toByteArray();
    }

    private static byte[] id(byte[] master, String stamp) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(master);
            sha.update(stamp.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
