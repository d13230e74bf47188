/**
 * Delivery: after the briefing is published, each recipient on the distribution list gets one message with their own
 * numbered copy attached. A record per (briefing, recipient) makes a rerun or a restart send only what is not yet
 * sent, under the same Message-ID.
 */
package org.fuelwatch.delivery;
