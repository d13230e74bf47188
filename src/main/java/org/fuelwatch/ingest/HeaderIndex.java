package org.fuelwatch.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each column is in a file's header, looked up by name in one step instead of a search of the header for every
 * field of every row. The reader hands every row of a file the same header list, so the index of the last header
 * seen on a thread serves the whole file.
 */
final class HeaderIndex {

    private static final ThreadLocal<HeaderIndex> LAST = new ThreadLocal<>();

    private final List<String> header;
    private final Map<String, Integer> positions;

    private HeaderIndex(List<String> header) {
        this.header = header;
        this.positions = new HashMap<>();
        for (int i = header.size() - 1; i >= 0; i--) {
            positions.put(header.get(i), i);
        }
    }

    static HeaderIndex of(List<String> header) {
        HeaderIndex last = LAST.get();
        if (last == null || last.header != header) {
            last = new HeaderIndex(header);
            LAST.set(last);
        }
        return last;
    }

    /** The first position of the column, as {@link List#indexOf}; -1 when the header lacks it. */
    int indexOf(String column) {
        Integer position = positions.get(column);
        return position == null ? -1 : position;
    }
}
