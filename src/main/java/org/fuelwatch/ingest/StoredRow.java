package org.fuelwatch.ingest;

/** What the database holds for a key, or what this chunk has just stored: content hash, run, file and line. */
record StoredRow(String hash, long run, String file, long line) {
}
