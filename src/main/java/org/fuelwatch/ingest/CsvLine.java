package org.fuelwatch.ingest;

import java.io.StringWriter;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * One record of an input CSV as read, before validation.
 *
 * @param file   the file, relative to the input folder
 * @param line   physical line where the record starts (the header is line 1)
 * @param header the column names of the file, in file order
 * @param fields  the values of this record, in file order
 * @param problem set instead of fields when the file as a whole cannot be used (line 0): the reason
 */
record CsvLine(String file, long line, List<String> header, List<String> fields, String problem) {

    public CsvLine(String file, long line, List<String> header, List<String> fields) {
        this(file, line, header, fields, null);
    }

    /** Stands for a whole file that cannot be used, so that it is reported like a rejected row. */
    static CsvLine unusableFile(String file, String reason) {
        return new CsvLine(file, 0, List.of(), List.of(), reason);
    }

    /** Stands for the rest of a file that cannot be read on from {@code line}. */
    static CsvLine unreadableFrom(String file, long line, String reason) {
        return new CsvLine(file, line, List.of(), List.of(), reason);
    }

    /** The record as CSV text again, for the rejects file. */
    public String raw() {
        if (problem != null) {
            return "";
        }
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
            csv.writeRecord(fields);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String text = out.toString();
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
