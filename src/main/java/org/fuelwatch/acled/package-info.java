/**
 * ACLED events as incidents: which stored events concern the fuel supply chain ({@link SupplyChainSelector}), which
 * route each lies on ({@link RouteMatcher}), which are an own incident seen again ({@link IncidentMerger}) and how
 * many tankers their notes state ({@link TankerCount}). The {@code acledMatchStep} applies them between ingest and
 * figures and writes the counted events into the incident table, the audit of each event of an attack type into
 * acled_match and a count per reason of the others into acled_match_summary.
 * Depends on ingest and system only.
 */
package org.fuelwatch.acled;
