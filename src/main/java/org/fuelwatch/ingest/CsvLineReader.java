package org.fuelwatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.google.common.base.Utf8;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.file.ResourceAwareItemReaderItemStream;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.core.io.Resource;

/**
 * Reads one CSV file into {@link CsvLine}s with FastCSV. The whole file is checked before its first row is
 * handed on (UTF-8, header with every required column), so a broken file never half-enters the database.
 * Restartable: the item count is saved by the base class, and a restart skips that many records.
 */
class CsvLineReader extends AbstractItemCountingItemStreamItemReader<CsvLine>
        implements ResourceAwareItemReaderItemStream<CsvLine> {

    private static final Logger log = LoggerFactory.getLogger(CsvLineReader.class);
    /** How much of a refused file's header a message quotes. */
    private static final int HEADER_EXCERPT = 60;

    private final Path inputRoot;
    private final Collection<String> requiredColumns;
    private final Collection<String> knownColumns;

    private Resource resource;
    private String fileName;
    private List<String> header;
    private CsvReader<CsvRecord> csv;
    private Iterator<CsvRecord> records;
    private CsvLine unusable;
    private long lastLine;

    CsvLineReader(Path inputRoot, Collection<String> requiredColumns, Collection<String> knownColumns) {
        this.inputRoot = inputRoot.toAbsolutePath().normalize();
        this.requiredColumns = requiredColumns;
        this.knownColumns = knownColumns;
        setName("csv");
    }

    @Override
    public void setResource(Resource resource) {
        this.resource = resource;
    }

    @Override
    protected void doOpen() throws Exception {
        Path path = resource.getFile().toPath().toAbsolutePath().normalize();
        fileName = (path.startsWith(inputRoot) ? inputRoot.relativize(path) : path).toString().replace('\\', '/');
        unusable = null;
        lastLine = 1;
        try {
            openChecked(usable(path));
        } catch (InputFileException e) {
            // the file is skipped as a whole and reported; the other files are still read
            log.error("{}: not used: {}", fileName, e.getMessage());
            doClose();
            unusable = CsvLine.unusableFile(fileName, e.getMessage().substring(fileName.length() + 2));
        } catch (IOException e) {
            log.error("{}: not used: cannot be read", fileName, e);
            doClose();
            unusable = CsvLine.unusableFile(fileName, "cannot be read: " + cause(e));
        }
    }

    /**
     * The file itself, once it is known to be a regular file inside the input folder: a link is followed only
     * within the input folder, and a folder, device or pipe named like a CSV file is refused before it is read.
     */
    private Path usable(Path path) throws IOException {
        Path real;
        try {
            real = path.toRealPath();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputFileException(fileName, "a link to a file that does not exist; not read");
        }
        if (!real.startsWith(inputRoot.toRealPath())) {
            throw new InputFileException(fileName, "a link to a file outside the input folder; not read");
        }
        if (Files.isDirectory(real)) {
            throw new InputFileException(fileName, "a folder, not a file; not read");
        }
        if (!Files.isRegularFile(real)) {
            throw new InputFileException(fileName, "not a regular file (a device, pipe or socket); not read");
        }
        return real;
    }

    private static String cause(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }

    private void openChecked(Path path) throws IOException {
        checkUtf8(path);
        // the byte-order mark is dropped by the FieldCap, which also keeps one enormous field from stopping the file
        csv = CsvReader.builder()
                .fieldSeparator(separator(path))
                .detectBomHeader(false)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(new FieldCap(new java.io.InputStreamReader(Files.newInputStream(path),
                        StandardCharsets.UTF_8)));
        records = csv.iterator();
        if (!records.hasNext()) {
            log.warn("{}: file is empty", fileName);
            header = List.of();
            return;
        }
        header = records.next().getFields().stream().map(String::strip).toList();
        checkHeader();
        if (!records.hasNext()) {
            log.warn("{}: file has a header but no rows", fileName);
        }
    }

    /**
     * ';' when the header has more semicolons than commas (a file re-saved by a spreadsheet in a locale with a
     * decimal comma), else ','. Only the header decides: column names hold neither.
     */
    static char separator(Path path) throws IOException {
        try (var reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                return ',';
            }
            long semicolons = header.chars().filter(c -> c == ';').count();
            long commas = header.chars().filter(c -> c == ',').count();
            return semicolons > commas ? ';' : ',';
        } catch (java.nio.charset.MalformedInputException e) {
            // not UTF-8: checkUtf8 has reported it before this is asked
            return ',';
        }
    }

    private void checkHeader() {
        List<String> missing = requiredColumns.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            String found = String.join(", ", header);
            // quoted only in part: a file that is not ours should not be copied into logs and rejects
            throw new InputFileException(fileName, "line 1: missing required column(s) " + String.join(", ", missing)
                    + "; the header has " + (found.length() > HEADER_EXCERPT ? found.substring(0, HEADER_EXCERPT) + "…"
                            : found));
        }
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!seen.add(column)) {
                throw new InputFileException(fileName, "column " + column + " appears twice in the header");
            }
            if (!knownColumns.contains(column)) {
                log.warn("{}: unknown column '{}' is ignored", fileName, column);
            }
        }
    }

    /**
     * The whole file must be UTF-8. Checked on the bytes, a block at a time, with Guava's {@link Utf8#isWellFormed}:
     * several times faster than decoding, and this pass reads every byte of the file before the parser does. Only a
     * bad file is decoded, to report its first bad byte by line and position, since it is often Latin-1.
     */
    private void checkUtf8(Path path) throws IOException {
        byte[] block = new byte[1 << 20];
        int carried = 0;
        try (InputStream stream = Files.newInputStream(path)) {
            while (true) {
                int n = stream.readNBytes(block, carried, block.length - carried);
                int end = carried + n;
                boolean last = end < block.length;
                int whole = last ? end : endOfWholeCharacters(block, end);
                if (!Utf8.isWellFormed(block, 0, whole)) {
                    throw notUtf8(path, firstBadByte(path));
                }
                if (last) {
                    return;
                }
                carried = end - whole;
                System.arraycopy(block, whole, block, 0, carried);
            }
        }
    }

    /** Where the last character that may be cut by the end of the block starts; the rest goes to the next block. */
    private static int endOfWholeCharacters(byte[] block, int end) {
        for (int i = end - 1; i >= Math.max(0, end - 4); i--) {
            if ((block[i] & 0xC0) != 0x80) {
                return block[i] < 0 ? i : end;
            }
        }
        return end;
    }

    private static long firstBadByte(Path path) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        long offset = 0;
        try (InputStream stream = Files.newInputStream(path)) {
            boolean end = false;
            while (!end) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                end = n < 0;
                if (!end) {
                    in.position(in.position() + n);
                }
                in.flip();
                if (decoder.decode(in, out, end).isError() || (end && decoder.flush(out).isError())) {
                    return offset + in.position();
                }
                offset += in.position();
                out.clear();
                in.compact();
            }
        }
        throw new IllegalStateException("no bad byte found in " + path);
    }

    private InputFileException notUtf8(Path path, long badOffset) throws IOException {
        long line = 1;
        long lineStart = 0;
        int bad = 0;
        try (InputStream stream = new java.io.BufferedInputStream(Files.newInputStream(path))) {
            for (long i = 0; i <= badOffset; i++) {
                int b = stream.read();
                if (b < 0) {
                    break;
                }
                if (i == badOffset) {
                    bad = b;
                } else if (b == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
        }
        return new InputFileException(fileName, "not UTF-8 text: byte 0x%02X at line %d, byte %d of the line; save the file as UTF-8"
                .formatted(bad, line, badOffset - lineStart + 1));
    }

    @Override
    protected CsvLine doRead() {
        if (unusable != null) {
            CsvLine problem = unusable;
            unusable = null;
            return problem;
        }
        try {
            if (records == null || !records.hasNext()) {
                return null;
            }
            CsvRecord record = records.next();
            lastLine = record.getStartingLineNumber();
            return new CsvLine(fileName, lastLine, header, record.getFields());
        } catch (CsvParseException e) {
            // the parser cannot go on past this place: the rows before it are used, the rest of the file is not
            log.error("{}: not readable as CSV after line {}", fileName, lastLine, e);
            records = null;
            return CsvLine.unreadableFrom(fileName, lastLine + 1, "not readable as CSV after line " + lastLine
                    + ", so the rest of the file is not used: " + RowFields.excerpt(String.valueOf(e.getMessage())));
        }
    }

    @Override
    protected void doClose() throws Exception {
        if (csv != null) {
            csv.close();
        }
        csv = null;
        records = null;
    }
}
