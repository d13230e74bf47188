package org.fuelwatch.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a row's content (every column but its place in the file), to tell a repeat from a change. Not
 * thread-safe: the digest is reused for every row, since a digest per row costs more than the hashing.
 */
final class ContentHash {

    private final int[] contentIndexes;
    private final MessageDigest digest;

    ContentHash(int[] contentIndexes) {
        this.contentIndexes = contentIndexes.clone();
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hash of a row's {@link KindTable#values}. */
    String of(Object[] values) {
        for (int i : contentIndexes) {
            digest.update(String.valueOf(values[i]).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
