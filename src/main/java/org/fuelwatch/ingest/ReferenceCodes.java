package org.fuelwatch.ingest;

import java.util.Map;
import java.util.Set;

/**
 * The corridor and route codes known from the reference data, used to validate the other inputs.
 *
 * @param corridors known corridor codes
 * @param routeCorridors each known route code with the corridor it belongs to
 */
public record ReferenceCodes(Set<String> corridors, Map<String, String> routeCorridors) {

    public Set<String> routes() {
        return routeCorridors.keySet();
    }
}
