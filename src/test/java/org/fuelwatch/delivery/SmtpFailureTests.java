package org.fuelwatch.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** How real failures of a real mail client are judged, against real loopback servers. */
class SmtpFailureTests {

    @Test
    void aRefusedConnectionIsTransient() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        SmtpFailure failure = SmtpFailure.of(send(closed, new Properties()));

        assertThat(failure.transientFailure()).isTrue();
        assertThat(failure.reason()).contains("127.0.0.1").containsIgnoringCase("connect");
    }

    @Test
    void aTimeOutIsTransient() throws Exception {
        // a server that accepts the connection and never greets
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Properties timeouts = new Properties();
            timeouts.put("mail.smtp.connectiontimeout", "500");
            timeouts.put("mail.smtp.timeout", "500");
            SmtpFailure failure = SmtpFailure.of(send(silent.getLocalPort(), timeouts));

            assertThat(failure.transientFailure()).as(failure.reason()).isTrue();
            assertThat(failure.reason()).containsIgnoringCase("timed out");
        }
    }

    @Test
    void aRelayWithoutStartTlsIsRefusedForGoodWhenStartTlsIsRequiredAsConfigured() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            Properties required = new Properties();
            required.put("mail.smtp.starttls.enable", "true");
            required.put("mail.smtp.starttls.required", "true");
            SmtpFailure failure = SmtpFailure.of(send(smtp.getSmtp().getPort(), required));

            assertThat(failure.transientFailure()).isFalse();
            assertThat(failure.reason()).contains("STARTTLS");
            assertThat(smtp.getReceivedMessages()).isEmpty();
        } finally {
            smtp.stop();
        }
    }

    private static MailException send(int port, Properties properties) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setJavaMailProperties(properties);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("fuelwatch@example.org");
        message.setTo("awa.traore@example.org");
        message.setText("test");
        return catchThrowableOfType(MailException.class, () -> sender.send(message));
    }
}
