package org.fuelwatch.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.mail.internet.MimeMessage;
import org.fuelwatch.delivery.DeliveryRecord.Status;
import org.fuelwatch.system.ConfigurationException;
import org.fuelwatch.system.Edition;
import org.fuelwatch.system.InputFingerprint;
import org.fuelwatch.system.OutputNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends each recipient on the list their numbered copy of the published briefing, once. A recipient whose record for
 * this briefing says sent is skipped; the others are tried, with transient failures tried again after a growing wait,
 * and every try recorded before and after it is made. Recipients not served are named to the operator.
 */
final class Deliverer {

    private static final Logger log = LoggerFactory.getLogger(Deliverer.class);

    /** How one delivery run is set up. */
    record Settings(Path recipients, Set<Edition> editions, String from, String operator, int attempts,
            Duration backoff) {
    }

    /** Sleeps between tries; a test can make it instant. */
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** What became of one recipient in this run. */
    record Outcome(DeliveryRecord record, boolean sentNow, boolean sentBefore) {

        String line() {
            DeliveryRecord r = record;
            String who = String.format("%s <%s> (%s, copy %d of %d)", r.name(), r.email(), r.edition(),
                    r.copyNumber(), r.copies());
            return switch (r.status()) {
                case SENT -> who + ": " + (sentBefore ? "already sent" : "sent")
                        + (r.attempts() > 1 ? " after " + r.attempts() + " tries" : "");
                case FAILED -> who + ": FAILED after " + r.attempts() + " tr" + (r.attempts() == 1 ? "y" : "ies")
                        + ": " + r.lastError();
                case PENDING -> who + ": not sent: " + r.lastError();
            };
        }
    }

    private final JavaMailSender sender;
    private final DeliveryRecords records;
    private final NumberedCopy copies;
    private final Settings settings;
    private final Pause pause;

    Deliverer(JavaMailSender sender, DeliveryRecords records, NumberedCopy copies, Settings settings, Pause pause) {
        this.sender = sender;
        this.records = records;
        this.copies = copies;
        this.settings = settings;
        this.pause = pause;
    }

    /**
     * Delivers the briefings of this as-of date, made from the input of this fingerprint; returns each recipient's
     * outcome in list order.
     */
    List<Outcome> deliver(OutputNames names, LocalDate asOf, String inputFingerprint, MailComposer composer)
            throws InterruptedException {
        List<Recipient> list;
        try {
            list = DistributionList.read(settings.recipients(), settings.editions());
        } catch (ConfigurationException e) {
            // nobody gets the briefing: the operator must hear of it, not only the console
            tellOperator(() -> composer.listNotice(settings.operator(), e.getMessage()), "the distribution list's "
                    + "problems");
            throw e;
        }
        Map<Edition, List<Recipient>> byEdition = new LinkedHashMap<>();
        list.forEach(r -> byEdition.computeIfAbsent(r.edition(), e -> new ArrayList<>()).add(r));

        Map<Recipient, Outcome> outcomes = new LinkedHashMap<>();
        for (var entry : byEdition.entrySet()) {
            Edition edition = entry.getKey();
            Path master = names.briefing(asOf, edition.code());
            byte[] bytes = read(master);
            String sha256 = InputFingerprint.sha256(master);
            List<Recipient> readers = entry.getValue();
            for (int i = 0; i < readers.size(); i++) {
                Recipient r = readers.get(i);
                outcomes.put(r, deliverOne(r, i + 1, readers.size(), asOf, inputFingerprint, master, bytes, sha256,
                        composer));
            }
        }
        List<Outcome> inListOrder = list.stream().map(outcomes::get).toList();
        List<DeliveryRecord> failed = inListOrder.stream().map(Outcome::record)
                .filter(r -> r.status() != Status.SENT).toList();
        if (!failed.isEmpty()) {
            tellOperator(() -> composer.notice(settings.operator(), failed, list.size()), "the " + failed.size()
                    + " recipient(s) not served");
        }
        if (composer.stale()) {
            // the inputs have stopped arriving: recipients already hold this date's briefing, the operator must act
            long sentNow = inListOrder.stream().filter(Outcome::sentNow).count();
            tellOperator(() -> composer.staleNotice(settings.operator(), sentNow, list.size()), "the stale data");
        }
        return inListOrder;
    }

    private Outcome deliverOne(Recipient r, int copy, int copiesOf, LocalDate asOf, String inputFingerprint,
            Path master, byte[] bytes, String sha256, MailComposer composer) throws InterruptedException {
        if (records.find(sha256, r.email()).isEmpty()) {
            Optional<DeliveryRecord> same = records.sentFromSameInput(asOf, r.edition(), r.email(), inputFingerprint,
                    sha256);
            if (same.isPresent()) {
                log.info("{} <{}> has the briefing as of {} made from the same input (sent {}); made again only "
                        + "because the data grew older, it is not sent again", r.name(), r.email(), asOf,
                        same.get().sentAt());
                return new Outcome(same.get(), false, true);
            }
        }
        String messageId = MailComposer.messageId(sha256, r.email(), settings.from());
        DeliveryRecord record = records.pending(sha256, inputFingerprint, asOf, r, copy, copiesOf, messageId);
        if (record.status() == Status.SENT) {
            return new Outcome(record, false, true);
        }
        // a copy keeps the number it was first given, should the list change between a crash and the restart
        int number = record.copyNumber();
        int of = record.copies();
        Optional<java.time.Instant> replaces = records.sentEarlier(asOf, r.edition(), r.email(), sha256);
        byte[] copyBytes = copies.make(bytes, r.edition(), composer.stamp(r, number, of));
        MailComposer.Letter letter = composer.letter(r, number, of, replaces);
        String attachment = master.getFileName().toString().replace(".pdf", "-copy-" + number + ".pdf");
        Duration wait = settings.backoff();
        for (int attempt = 1; ; attempt++) {
            MimeMessage message = composer.message(r, letter, record.messageId(), attachment, copyBytes);
            records.trying(sha256, r.email());
            try {
                sender.send(message);
                records.sent(sha256, r.email());
                log.info("sent copy {} of {} of the briefing as of {} to {} <{}>", number, of, asOf, r.name(),
                        r.email());
                return new Outcome(records.find(sha256, r.email()).orElseThrow(), true, false);
            } catch (RuntimeException e) {
                SmtpFailure failure = SmtpFailure.of(e);
                boolean last = !failure.transientFailure() || attempt >= settings.attempts();
                records.failedTry(sha256, r.email(), failure.reason(), last);
                if (last) {
                    log.error("could not send the briefing to {} <{}>: {} ({} tr{})", r.name(), r.email(),
                            failure.reason(), attempt, attempt == 1 ? "y" : "ies");
                    return new Outcome(records.find(sha256, r.email()).orElseThrow(), false, false);
                }
                log.warn("sending to {} failed ({}); trying again in {} s", r.email(), failure.reason(),
                        wait.toMillis() / 1000.0);
                pause.sleep(wait);
                wait = wait.multipliedBy(2);
            }
        }
    }

    /** Sends the operator a notice, tried again like a recipient's message; a failure to do so is logged. */
    private void tellOperator(Supplier<MimeMessage> notice, String what) throws InterruptedException {
        if (settings.operator() == null || settings.operator().isBlank()) {
            log.warn("no operator (fuelwatch.delivery.operator) to tell of {}", what);
            return;
        }
        Duration wait = settings.backoff();
        for (int attempt = 1; ; attempt++) {
            try {
                sender.send(notice.get());
                log.info("told the operator {} of {}", settings.operator(), what);
                return;
            } catch (RuntimeException e) {
                SmtpFailure failure = SmtpFailure.of(e);
                if (!failure.transientFailure() || attempt >= settings.attempts()) {
                    log.error("could not send the operator's notice to {}: {}", settings.operator(),
                            failure.reason());
                    return;
                }
                pause.sleep(wait);
                wait = wait.multipliedBy(2);
            }
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the published briefing " + file, e);
        }
    }
}
