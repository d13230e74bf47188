package org.fuelwatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * FuelWatch: turns incident and supply CSVs into a PDF briefing on a fuel blockade.
 * The process exits with the code of the briefing run (0 when a briefing was published).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FuelWatchApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(FuelWatchApplication.class, args)));
    }
}
