package org.fuelwatch.delivery;

import java.util.Map;

import org.fuelwatch.system.FuelWatchProperties;
import org.fuelwatch.system.TemplateSource;
import org.fuelwatch.system.Tlp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells the operator when a nightly run published no briefing, so that a failed night is not silent: where delivery
 * is set up, the recipients wait for a briefing that does not come. One try, no wait: the run has already failed, and
 * a relay that is down is named in the console instead.
 */
@Component
public class RunFailureNotice {

    private static final Logger log = LoggerFactory.getLogger(RunFailureNotice.class);

    private final FuelWatchProperties properties;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TemplateSource templates;

    RunFailureNotice(FuelWatchProperties properties, ObjectProvider<JavaMailSender> mailSender,
            TemplateSource templates) {
        this.properties = properties;
        this.mailSender = mailSender;
        this.templates = templates;
    }

    /**
     * Sends the notice of a run that failed before its briefing was published, when delivery is set up (a list, an
     * operator and a relay); otherwise does nothing.
     *
     * @param exitCode the run's exit code
     * @param message  the run's one-line outcome
     */
    public void runFailed(int exitCode, String message) {
        var delivery = properties.delivery();
        JavaMailSender sender = mailSender.getIfAvailable();
        if (delivery.recipients() == null || blank(delivery.operator()) || blank(delivery.from()) || sender == null) {
            return;
        }
        try {
            String subject = "FuelWatch: the run failed (exit " + exitCode + "); no briefing was published or sent";
            String text = MailComposer.fillText(templates, "mail-operator-failed.txt.mustache",
                    Map.of("exitCode", exitCode, "message", message));
            sender.send(MailComposer.operatorMessage(delivery.from(), Tlp.of(properties.briefing().tlp()),
                    delivery.operator(), subject, text));
            log.info("told the operator {} that the run failed", delivery.operator());
        } catch (RuntimeException e) {
            log.error("could not tell the operator {} that the run failed: {}", delivery.operator(),
                    SmtpFailure.of(e).reason());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
