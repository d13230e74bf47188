/**
 * The ingest stage: reads each input CSV kind, validates every row (with its file, line and column), stores good rows
 * by their natural key (new, unchanged, corrected, conflicting) and records the rejected ones. Restartable at the last
 * committed chunk.
 */
package org.fuelwatch.ingest;
