/**
 * The charts stage: JFreeChart charts made from the figures (dataset factories apart from the drawing) and rendered as
 * vector PDF pages for the briefing to place.
 */
package org.fuelwatch.charts;
