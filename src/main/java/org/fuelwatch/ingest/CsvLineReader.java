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

    private final Path inputRoot;
    private final Collection<String> requiredColumns;
    private final Collection<String> knownColumns;

    private Resource resource;
    private String fileName;
    private List<String> header;
    private CsvReader<CsvRecord> csv;
    private Iterator<CsvRecord> records;
    private CsvLine unusable;

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
        try {
            openChecked(path);
        } catch (InputFileException e) {
            // the file is skipped as a whole and reported; the other files are still read
            log.error("{}: not used: {}", fileName, e.getMessage());
            doClose();
            unusable = CsvLine.unusableFile(fileName, e.getMessage().substring(fileName.length() + 2));
        }
    }

    private void openChecked(Path path) throws IOException {
        checkUtf8(path);
        csv = CsvReader.builder()
                .detectBomHeader(true)
                .skipEmptyLines(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(path, StandardCharsets.UTF_8);
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

    private void checkHeader() {
        List<String> missing = requiredColumns.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            String found = String.join(", ", header);
            throw new InputFileException(fileName, "line 1: missing required column(s) " + String.join(", ", missing)
                    + "; the header has " + (found.length() > 200 ? found.substring(0, 200) + "…" : found));
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
            return new CsvLine(fileName, record.getStartingLineNumber(), header, record.getFields());
        } catch (CsvParseException e) {
            throw new InputFileException(fileName, "not readable as CSV: " + e.getMessage(), e);
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
