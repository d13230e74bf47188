package org.fuelwatch.delivery;

import org.fuelwatch.system.Edition;

/**
 * One person on the distribution list.
 *
 * @param name    the holder's name, as stamped on their copy
 * @param email   where the briefing goes
 * @param edition the edition they read
 * @param line    the list file's line, for messages
 */
record Recipient(String name, String email, Edition edition, long line) {
}
