/**
 * The publish stage: switches the output folder to the new set of files (briefing, manifest, rejects, changes, latest,
 * revisions) all at once or not at all, and prunes old briefings.
 */
package org.fuelwatch.publish;
