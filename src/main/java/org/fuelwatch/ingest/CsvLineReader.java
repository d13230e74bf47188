package org.fuelwatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
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
        fileName = path.startsWith(inputRoot) ? inputRoot.relativize(path).toString() : path.toString();
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
            throw new InputFileException(fileName, "missing required column(s) " + String.join(", ", missing)
                    + "; the header has " + String.join(", ", header));
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

    private void checkUtf8(Path path) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        long offset = 0;
        try (InputStream stream = Files.newInputStream(path)) {
            int n;
            while ((n = stream.read(in.array(), in.position(), in.remaining())) >= 0) {
                in.position(in.position() + n);
                in.flip();
                if (decoder.decode(in, out, false).isError()) {
                    throw new InputFileException(fileName,
                            "not UTF-8 text (invalid byte near offset " + (offset + in.position()) + ")");
                }
                offset += in.position();
                out.clear();
                in.compact();
            }
            in.flip();
            if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
                throw new InputFileException(fileName, "not UTF-8 text (truncated character at the end)");
            }
        } catch (CharacterCodingException e) {
            throw new InputFileException(fileName, "not UTF-8 text", e);
        }
    }

    @Override
    protected CsvLine doRead() {
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
