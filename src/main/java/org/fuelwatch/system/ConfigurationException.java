package org.fuelwatch.system;

/** A run option or setting that makes the run impossible; the run exits with code 3 (configuration). */
public class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }
}
