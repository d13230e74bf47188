/**
 * The briefing stage: fills the templates with the figures and lays out the PDF/A-2B document with OpenPDF (sections,
 * page furniture, bookmarks, fixed dates for byte-identical output).
 */
package org.fuelwatch.briefing;
