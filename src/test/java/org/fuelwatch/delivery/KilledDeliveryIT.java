package org.fuelwatch.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.fuelwatch.FuelWatchProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * A job process killed (SIGKILL) in the middle of delivery and started again with the same command: every recipient
 * is served, and a recipient who got the message twice got the same message (the same Message-ID) twice.
 */
class KilledDeliveryIT {

    static final Duration RUN = Duration.ofMinutes(3);
    static final int RECIPIENTS = 10;

    @TempDir
    Path temp;

    @Test
    void aRunKilledDuringDeliveryIsFinishedByTheNextStartAndNobodyGetsTwoDifferentMessages() throws Exception {
        Path input = temp.resolve("input");
        FileSystemUtils.copyRecursively(Path.of("input"), input);
        StringBuilder list = new StringBuilder("name,email,edition\n");
        for (int i = 1; i <= RECIPIENTS; i++) {
            list.append("Reader ").append(i).append(",reader").append(i).append("@example.org,en\n");
        }
        Path recipients = Files.writeString(temp.resolve("distribution.csv"), list);
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try (FaultyRelay relay = new FaultyRelay(smtp.getSmtp().getPort())) {
            // each message takes a while, so that the kill lands in the middle of the list
            relay.holdEndOfData(400);
            String[] args = {"--input=" + input, "--output=" + temp.resolve("output"),
                    "--fuelwatch.delivery.recipients=" + recipients, "--fuelwatch.delivery.from=fuelwatch@example.org",
                    "--fuelwatch.delivery.backoff=50ms", "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + relay.port(), "--spring.mail.properties[mail.smtp.starttls.enable]=false",
                    "--spring.mail.properties[mail.smtp.starttls.required]=false"};

            try (FuelWatchProcess first = FuelWatchProcess.start(temp.resolve("data"), temp.resolve("first.log"),
                    args)) {
                assertThat(first.await(() -> smtp.getReceivedMessages().length >= 3, RUN))
                        .as("three messages sent before the kill; log:\n%s", first.log()).isTrue();
                first.kill();
            }
            int beforeRestart = smtp.getReceivedMessages().length;
            assertThat(beforeRestart).isLessThan(RECIPIENTS);

            relay.holdEndOfData(0);
            try (FuelWatchProcess second = FuelWatchProcess.start(temp.resolve("data"), temp.resolve("second.log"),
                    args)) {
                assertThat(second.exitCode(RUN)).as(second.log()).isZero();
                assertThat(second.log()).contains("recovering it to restart");
            }
        }
        try {
            Map<String, List<String>> idsByRecipient = new HashMap<>();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                idsByRecipient.computeIfAbsent(MailTestSupport.to(m), k -> new ArrayList<>()).add(m.getMessageID());
            }
            assertThat(idsByRecipient).hasSize(RECIPIENTS);
            Set<String> distinct = new HashSet<>();
            idsByRecipient.forEach((to, ids) -> {
                assertThat(Set.copyOf(ids)).as("Message-IDs of %s", to).hasSize(1);
                distinct.add(ids.getFirst());
            });
            assertThat(distinct).hasSize(RECIPIENTS);
            // at most the message in flight at the kill went twice
            assertThat(smtp.getReceivedMessages().length).isBetween(RECIPIENTS, RECIPIENTS + 1);
        } finally {
            smtp.stop();
        }
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + temp.resolve("data/fuelwatch"), "sa", "");
                ResultSet rows = db.createStatement().executeQuery(
                        "SELECT status, COUNT(*) FROM delivery GROUP BY status")) {
            Map<String, Integer> byStatus = new HashMap<>();
            while (rows.next()) {
                byStatus.put(rows.getString(1), rows.getInt(2));
            }
            assertThat(byStatus).containsExactly(Map.entry("sent", RECIPIENTS));
        }
    }
}
