package org.fuelwatch.delivery;

/**
 * Delivery ended with recipients not served: the briefing is published, and the run exits with its own code. The
 * message names each failed recipient and the reason.
 */
public class DeliveryIncompleteException extends RuntimeException {

    DeliveryIncompleteException(String message) {
        super(message);
    }
}
