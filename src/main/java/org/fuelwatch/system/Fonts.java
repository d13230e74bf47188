package org.fuelwatch.system;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.Map;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

/**
 * The DejaVu Sans family (Latin with French accents, Arabic), loaded once from the jasperreports-fonts jar, and the
 * Amiri text face (regular and bold, shipped in the jar under {@code fonts/amiri/} with its SIL Open Font Licence) for
 * the Arabic edition's text, where DejaVu Sans is the partner for the Latin runs. The same TTF bytes give the AWT fonts
 * that JFreeChart measures with and the PDF fonts embedded in the briefing, so charts and text share one typeface and
 * every glyph is embedded. No font is ever read from the machine.
 */
public final class Fonts implements FontMapper {

    /** The faces FuelWatch uses. */
    public enum Face {
        REGULAR(DEJAVU, "DejaVuSans.ttf"), BOLD(DEJAVU, "DejaVuSans-Bold.ttf"),
        ITALIC(DEJAVU, "DejaVuSans-Oblique.ttf"), CONDENSED(DEJAVU, "DejaVuSansCondensed.ttf"),
        CONDENSED_BOLD(DEJAVU, "DejaVuSansCondensed-Bold.ttf"),
        /** Arabic text face of the Arabic edition. */
        ARABIC(AMIRI, "Amiri-Regular.ttf"), ARABIC_BOLD(AMIRI, "Amiri-Bold.ttf");

        private final String folder;
        private final String file;

        Face(String folder, String file) {
            this.folder = folder;
            this.file = file;
        }
    }

    private static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/";
    private static final String AMIRI = "/fonts/amiri/";

    private final Map<Face, byte[]> bytes = new EnumMap<>(Face.class);
    private final Map<Face, BaseFont> pdf = new EnumMap<>(Face.class);
    private final Map<Face, Font> awt = new EnumMap<>(Face.class);

    public Fonts() {
        for (Face face : Face.values()) {
            try (InputStream in = Fonts.class.getResourceAsStream(face.folder + face.file)) {
                if (in == null) {
                    throw new IllegalStateException("font " + face.file + " is missing from the class path");
                }
                byte[] data = in.readAllBytes();
                bytes.put(face, data);
                awt.put(face, Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(data)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("font " + face.file + " is not a TrueType font", e);
            }
        }
    }

    /** A PDF font for this face, embedded (subset) with Unicode encoding. */
    public synchronized BaseFont pdf(Face face) {
        return pdf.computeIfAbsent(face, f -> {
            try {
                BaseFont font = BaseFont.createFont(f.file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                        bytes.get(f), null);
                // a CIDSet listing only the subset's glyphs breaks PDF/A-2 (it must list every glyph, or be absent)
                font.setIncludeCidSet(false);
                return font;
            } catch (Exception e) {
                throw new IllegalStateException("cannot load font " + f.file, e);
            }
        });
    }

    /**
     * Makes the six-letter subset tags ("ABCDEF+DejaVuSans") of the next document written depend only on this key
     * and the face. OpenPDF draws the tags from each font's random source when it writes the document; a seeded
     * source instead of a random one makes a rerun write the same bytes. Call it before writing each document.
     */
    public synchronized void fixSubsetTags(String document) {
        for (Face face : Face.values()) {
            pdf(face).setSecureRandom(new SeededRandom(document + "/" + face.name()));
        }
    }

    /** A stream of bytes from SHA-256 over a seed and a counter: the same seed gives the same bytes. */
    private static final class SeededRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;
        private long counter;

        SeededRandom(String seed) {
            this.seed = seed.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public synchronized void nextBytes(byte[] bytes) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                for (int i = 0; i < bytes.length; i += 32) {
                    sha.update(seed);
                    sha.update(ByteBuffer.allocate(Long.BYTES).putLong(counter++).array());
                    byte[] block = sha.digest();
                    System.arraycopy(block, 0, bytes, i, Math.min(32, bytes.length - i));
                }
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JDK", e);
            }
        }
    }

    /** An AWT font of this face and size, for charts. */
    public Font awt(Face face, float size) {
        return awt.get(face).deriveFont(size);
    }

    @Override
    public BaseFont awtToPdf(Font font) {
        for (Map.Entry<Face, Font> entry : awt.entrySet()) {
            if (entry.getValue().getFontName().equals(font.getFontName())) {
                return pdf(entry.getKey());
            }
        }
        return pdf(font.isBold() ? Face.BOLD : Face.REGULAR);
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        for (Map.Entry<Face, BaseFont> entry : pdf.entrySet()) {
            if (entry.getValue() == font) {
                return awt(entry.getKey(), size);
            }
        }
        return awt(Face.REGULAR, size);
    }
}
