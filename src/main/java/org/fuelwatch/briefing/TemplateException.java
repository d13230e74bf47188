package org.fuelwatch.briefing;

/** A briefing template that cannot be read or filled in; the message names the template and the line. */
public class TemplateException extends RuntimeException {

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
