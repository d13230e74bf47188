package org.fuelwatch.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads CSV text with every field cut to a little over {@link #MOST} characters, so that one enormous field (a 20 MB
 * note) is a row to reject, not a parser that runs out of buffer and stops the whole file. Quotes and line breaks are
 * always kept, so that quoting and the physical line numbers stay as in the file; a byte-order mark at the start is
 * dropped. A cut field is longer than {@code MOST}, which every column's width is far below, so its row is rejected
 * as too long.
 */
final class FieldCap extends FilterReader {

    /** Characters of one field kept: far more than the widest column (8,000), far less than the parser's buffer. */
    static final int MOST = 100_000;

    private boolean first = true;
    private boolean quoted;
    private int length;

    FieldCap(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        if (count == 0) {
            return 0;
        }
        while (true) {
            int n = in.read(buffer, offset, count);
            if (n < 0) {
                return -1;
            }
            int kept = keep(buffer, offset, n);
            if (kept > 0) {
                return kept;
            }
        }
    }

    /** Moves the characters kept to the front of the range; returns how many there are. */
    private int keep(char[] buffer, int offset, int n) {
        int to = offset;
        for (int i = offset; i < offset + n; i++) {
            char c = buffer[i];
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    continue;
                }
            }
            if (c == '"') {
                quoted = !quoted;
                length++;
                buffer[to++] = c;
            } else if (c == '\n' || c == '\r') {
                if (!quoted) {
                    length = 0;
                }
                buffer[to++] = c;
            } else if (c == ',' && !quoted) {
                length = 0;
                buffer[to++] = c;
            } else if (length++ <= MOST + 2) {
                buffer[to++] = c;
            }
        }
        return to - offset;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0];
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
