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
 * @param fields the values of this record, in file order
 */
public record CsvLine(String file, long line, List<String> header, List<String> fields) {

    /** The record as CSV text again, for the rejects file. */
    public String raw() {
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
