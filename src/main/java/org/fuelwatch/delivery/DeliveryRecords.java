package org.fuelwatch.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fuelwatch.system.Edition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code delivery} table. Every change is committed at once in a transaction of its own, outside the step's, so
 * that a run killed between two recipients has recorded everything it did before.
 */
final class DeliveryRecords {

    private static final RowMapper<DeliveryRecord> ROW = (rs, n) -> new DeliveryRecord(rs.getString("briefing_sha256"),
            rs.getString("email"), rs.getObject("as_of", LocalDate.class), rs.getString("edition"),
            rs.getString("recipient_name"), rs.getInt("copy_number"), rs.getInt("copies"),
            DeliveryRecord.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getInt("attempts"),
            rs.getString("last_error"), rs.getString("message_id"),
            rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant());

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;
    private final Clock clock;

    DeliveryRecords(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    Optional<DeliveryRecord> find(String sha256, String email) {
        return own.execute(s -> jdbc.query("SELECT * FROM delivery WHERE briefing_sha256 = ? AND email = ?", ROW,
                sha256, key(email)).stream().findFirst());
    }

    /** The record of this copy, made pending if there is none yet. */
    DeliveryRecord pending(String sha256, String inputFingerprint, LocalDate asOf, Recipient r, int copy, int copies,
            String messageId) {
        return find(sha256, r.email()).orElseGet(() -> {
            own.executeWithoutResult(s -> jdbc.update("""
                    INSERT INTO delivery (briefing_sha256, email, as_of, edition, recipient_name, copy_number, copies,
                        status, attempts, message_id, updated_at, input_fingerprint)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)""", sha256, key(r.email()), asOf,
                    r.edition().code(), r.name(), copy, copies, messageId, now(), inputFingerprint));
            return find(sha256, r.email()).orElseThrow();
        });
    }

    /** Counts a try before it is made, so that a try cut short by a crash is counted too. */
    void trying(String sha256, String email) {
        own.executeWithoutResult(s -> jdbc.update("""
                UPDATE delivery SET attempts = attempts + 1, status = 'pending', updated_at = ?
                WHERE briefing_sha256 = ? AND email = ?""", now(), sha256, key(email)));
    }

    void sent(String sha256, String email) {
        Timestamp now = now();
        own.executeWithoutResult(s -> jdbc.update("""
                UPDATE delivery SET status = 'sent', last_error = NULL, updated_at = ?, sent_at = ?
                WHERE briefing_sha256 = ? AND email = ?""", now, now, sha256, key(email)));
    }

    /** A failed try: still pending while it will be tried again, failed when not. */
    void failedTry(String sha256, String email, String error, boolean final_) {
        own.executeWithoutResult(s -> jdbc.update("""
                UPDATE delivery SET status = ?, last_error = ?, updated_at = ?
                WHERE briefing_sha256 = ? AND email = ?""", final_ ? "failed" : "pending", cut(error), now(),
                sha256, key(email)));
    }

    /** When another briefing of the same as-of date and edition was last sent to this address: it is replaced. */
    Optional<Instant> sentEarlier(LocalDate asOf, Edition edition, String email, String exceptSha256) {
        return own.execute(s -> jdbc.query("""
                SELECT MAX(sent_at) FROM delivery
                WHERE as_of = ? AND edition = ? AND email = ? AND briefing_sha256 <> ? AND status = 'sent'""",
                (rs, n) -> rs.getTimestamp(1), asOf, edition.code(), key(email), exceptSha256).stream()
                .filter(java.util.Objects::nonNull).map(Timestamp::toInstant).findFirst());
    }

    /**
     * The copy of another briefing of this as-of date and edition sent to this address from the same input: the
     * briefing was made again only because the run date moved on, and says nothing new.
     */
    Optional<DeliveryRecord> sentFromSameInput(LocalDate asOf, Edition edition, String email, String inputFingerprint,
            String exceptSha256) {
        return own.execute(s -> jdbc.query("""
                SELECT * FROM delivery
                WHERE as_of = ? AND edition = ? AND email = ? AND input_fingerprint = ? AND briefing_sha256 <> ?
                    AND status = 'sent'
                ORDER BY sent_at DESC""", ROW, asOf, edition.code(), key(email), inputFingerprint, exceptSha256)
                .stream().findFirst());
    }

    List<DeliveryRecord> of(String sha256) {
        return own.execute(s -> jdbc.query("SELECT * FROM delivery WHERE briefing_sha256 = ? ORDER BY copy_number",
                ROW, sha256));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    /** Addresses are matched without regard to case, as the list is checked for repeats. */
    static String key(String email) {
        return email.toLowerCase(Locale.ROOT);
    }

    private static String cut(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 1997) + "...";
    }
}
