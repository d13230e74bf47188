package org.fuelwatch.ingest;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The keys a kind's table may hold, as a Bloom filter. A key the filter has never seen is surely not stored, so a new
 * row, the common case, is inserted without looking it up; a key it may have seen is looked up. The filter can only
 * err towards a lookup: a rolled-back chunk leaves keys in it that are not stored, which costs a lookup, never a
 * wrong answer.
 */
final class KnownKeys {

    /** A false positive costs one key in a lookup query, so a few percent is cheap; fewer bits mean fewer misses. */
    private static final double FALSE_POSITIVES = 0.02;
    /**
     * Bytes of input per row assumed to size the filter. Supply rows are about 60 bytes, incident rows about 300: an
     * input of shorter rows fills the filter past its size, which only raises the share of keys looked up.
     */
    private static final int BYTES_PER_ROW = 64;
    /** Caps the filter at about 50 MB; past this many keys more of them are looked up, which is slower, not wrong. */
    private static final long MOST_KEYS = 50_000_000L;

    private final BloomFilter<CharSequence> filter;

    private KnownKeys(BloomFilter<CharSequence> filter) {
        this.filter = filter;
    }

    /**
     * Reads every stored key of the table. Call it inside a transaction, so that PostgreSQL streams the keys in
     * pieces of the fetch size instead of holding them all.
     */
    static KnownKeys load(KindTable<?> table, JdbcTemplate jdbc, long inputBytes) {
        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM " + table.kind().table(), Long.class);
        long expected = Math.max(1_000, Math.min(MOST_KEYS, stored + inputBytes / BYTES_PER_ROW));
        KnownKeys keys = new KnownKeys(BloomFilter.create(Funnels.unencodedCharsFunnel(), expected,
                FALSE_POSITIVES));
        if (stored > 0) {
            JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
            streaming.setFetchSize(10_000);
            int columns = table.kind().key().size();
            streaming.query(table.sql().keys(), rs -> {
                Object[] key = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    key[i] = rs.getObject(i + 1, table.keyType(i));
                }
                keys.add(KindTable.key(key));
            });
        }
        return keys;
    }

    boolean mayHold(String key) {
        return filter.mightContain(key);
    }

    void add(String key) {
        filter.put(key);
    }
}
