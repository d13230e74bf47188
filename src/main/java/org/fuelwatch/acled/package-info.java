/**
 * ACLED events as incidents: which stored events concern the fuel supply chain ({@link SupplyChainSelector}), which
 * route each lies on ({@link RouteMatcher}), which are an own incident seen again ({@link IncidentMerger}) and how
 * many tankers their notes state ({@link TankerCount}). The {@code acledMatchStep} applies them between ingest and
 * figures and writes the counted events into the incident table and the audit of every event into acled_match.
 * Depends on ingest and system only.
 */
package org.fuelwatch.acled;
