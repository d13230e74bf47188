/**
 * The figures stage: every number and list the briefing shows, computed in SQL over the ingested tables and stored as
 * one JSON file whose size is set by the briefing, not by the rows. Later stages read it and compute nothing.
 */
package org.fuelwatch.figures;
