package org.fuelwatch.acled;

import java.util.List;

import org.fuelwatch.system.FuelWatchProperties;

/** The default ACLED settings, as application.yml has them. */
final class AcledSettings {

    private AcledSettings() {
    }

    static FuelWatchProperties.Acled defaults() {
        return new FuelWatchProperties.Acled(
                List.of("Armed clash", "Attack", "Abduction/forced disappearance", "Looting/property destruction",
                        "Remote explosive/landmine/IED", "Air/drone strike"),
                List.of("Protests", "Riots"),
                List.of("fuel", "tanker", "petrol", "diesel", "gasoline", "cistern", "hydrocarbon", "citerne",
                        "carburant", "gasoil", "essence"),
                List.of("convoy", "truck", "lorry", "trailer", "driver", "transporter", "blockade", "embargo", "escort",
                        "convoi", "camion"),
                15, 30, 1, 25, 1);
    }
}
