package org.fuelwatch.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import com.samskivert.mustache.Mustache;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.fuelwatch.system.FuelWatchProperties;
import org.fuelwatch.system.TemplateSource;
import org.fuelwatch.system.Tlp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Tells the operator when a nightly run published no briefing, so that a failed night is not silent: where delivery
 * is set up, the recipients wait for a briefing that does not come. One try, no wait: the run has already failed, and
 * a relay that is down is named in the console instead.
 */
@Component
public class RunFailureNotice {

    private static final Logger log = LoggerFactory.getLogger(RunFailureNotice.class);
    private static final Session SESSION = Session.getInstance(new Properties());

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
            MimeMessage notice = new MimeMessage(SESSION);
            MimeMessageHelper helper = new MimeMessageHelper(notice, false, StandardCharsets.UTF_8.name());
            helper.setFrom(delivery.from());
            helper.setTo(delivery.operator());
            Optional<Tlp> tlp = Tlp.of(properties.briefing().tlp());
            helper.setSubject(tlp.map(t -> t.label() + " ").orElse("") + "FuelWatch: the run failed (exit " + exitCode
                    + "); no briefing was published or sent");
            helper.setText(Mustache.compiler().escapeHTML(false).compile(templates.read("mail-operator-failed.txt"
                    + ".mustache")).execute(Map.of("exitCode", exitCode, "message", message)).strip());
            sender.send(notice);
            log.info("told the operator {} that the run failed", delivery.operator());
        } catch (MessagingException | RuntimeException e) {
            log.error("could not tell the operator {} that the run failed: {}", delivery.operator(),
                    SmtpFailure.of(e).reason());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
