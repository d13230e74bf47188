package org.fuelwatch.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a setting that changes how a run works but not what it publishes (folders, chunk size, schedule, retention).
 * Every other setting counts in the input fingerprint, so a new setting counts unless someone decides it does not.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
@interface Operational {
}
