/**
 * What every stage uses and nothing above it: settings ({@code FuelWatchProperties}), fonts, the run context, the names
 * of the output files ({@code OutputNames}), atomic writes, the templates' source, the input fingerprint and the
 * database dialect. It imports no other FuelWatch package.
 */
package org.fuelwatch.system;
