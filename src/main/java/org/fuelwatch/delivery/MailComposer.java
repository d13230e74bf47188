package org.fuelwatch.delivery;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.fuelwatch.briefing.BriefingTemplates;
import org.fuelwatch.briefing.TemplateException;
import org.fuelwatch.figures.Figures;
import org.fuelwatch.system.Edition;
import org.fuelwatch.system.TemplateSource;
import org.fuelwatch.system.Tlp;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The messages delivery sends, worded by the mail templates beside the briefing's ({@code mail-subject.mustache},
 * {@code mail-body.txt.mustache}, {@code mail-body.html.mustache}, {@code mail-operator.txt.mustache}) and filled in
 * with the briefing's figures. A recipient's message is in their edition's language, from its folder among the
 * templates ({@code ar/} for Arabic); the operator's notice is in English. The subject starts with the TLP label when
 * there is one, never translated.
 */
final class MailComposer {

    private static final Mustache.Compiler TEXT = Mustache.compiler().escapeHTML(false);
    private static final Mustache.Compiler HTML = Mustache.compiler().escapeHTML(true);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK)
            .withZone(ZoneOffset.UTC);
    /** Only to build messages; the mail sender sends them through its own session. */
    private static final Session SESSION = Session.getInstance(new Properties());

    private final TemplateSource templates;
    private final Optional<Tlp> tlp;
    private final String from;
    private final Map<Edition, Words> editions = new EnumMap<>(Edition.class);
    private final boolean stale;

    /** An edition's templates filled in with the figures, and the placeholders its mail templates take. */
    private record Words(BriefingTemplates briefing, Map<String, Object> model) {
    }

    /** Composes the messages of one briefing, from its figures, in each of these editions (English among them). */
    MailComposer(TemplateSource templates, Optional<Tlp> tlp, String from, Figures figures, String dataLabel,
            List<Edition> editions) {
        this.templates = templates;
        this.tlp = tlp;
        this.from = from;
        this.stale = figures.dataAge().stale();
        for (Edition edition : editions) {
            BriefingTemplates briefing = BriefingTemplates.of(templates, edition, figures, dataLabel);
            Map<String, Object> m = new HashMap<>(briefing.model());
            m.put("marking", briefing.text("marking"));
            m.put("keyJudgements", Arrays.stream(briefing.text("summary").split("\\n\\s*\\n")).map(String::strip)
                    .filter(p -> !p.isEmpty()).toList());
            m.put("tlp", tlp.map(Tlp::label).orElse(null));
            m.put("tlpColour", tlp.map(Tlp::hex).orElse(null));
            this.editions.put(edition, new Words(briefing, Map.copyOf(withoutNulls(m))));
        }
        if (!this.editions.containsKey(Edition.EN)) {
            throw new IllegalArgumentException("the operator's notice needs the English edition");
        }
    }

    /** What one recipient's message says. */
    record Letter(String subject, String text, String html) {
    }

    Letter letter(Recipient r, int copy, int copies, Optional<Instant> replaces) {
        Words words = words(r.edition());
        Map<String, Object> m = new HashMap<>(words.model());
        m.put("recipientName", r.name());
        m.put("copyNumber", copy);
        m.put("copies", copies);
        m.put("replaces", replaces.<Object>map(at -> Map.of("sentOn", words.briefing().say("mail.sentOn", "date",
                words.briefing().longDate(LocalDate.ofInstant(at, ZoneOffset.UTC)), "time", TIME.format(at))))
                .orElse(false));
        String folder = r.edition().templates();
        String subject = fill(folder + "mail-subject.mustache", TEXT, m).replaceAll("\\s+", " ");
        return new Letter(tlp.map(t -> t.label() + " ").orElse("") + subject,
                fill(folder + "mail-body.txt.mustache", TEXT, m), fill(folder + "mail-body.html.mustache", HTML, m));
    }

    /** The words stamped on every page of a recipient's copy, in their edition: "Copy 3 of 12 — issued to …". */
    String stamp(Recipient r, int copy, int copies) {
        return words(r.edition()).briefing().say("copy.stamp", "copy", copy, "copies", copies, "holder", r.name());
    }

    private Words words(Edition edition) {
        Words words = editions.get(edition);
        if (words == null) {
            throw new IllegalArgumentException("no " + edition.code() + " edition is made");
        }
        return words;
    }

    /** The message to a recipient, with their copy attached and the Message-ID of this (briefing, recipient). */
    MimeMessage message(Recipient r, Letter letter, String messageId, String attachmentName, byte[] copy) {
        try {
            MimeMessage message = new FixedIdMessage(SESSION, messageId);
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(new InternetAddress(r.email(), r.name(), StandardCharsets.UTF_8.name()));
            helper.setSubject(letter.subject());
            helper.setText(letter.text(), letter.html());
            helper.addAttachment(attachmentName, new ByteArrayResource(copy), "application/pdf");
            return message;
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("cannot compose the message to " + r.email(), e);
        }
    }

    /** The operator's notice naming the recipients not served and why. */
    MimeMessage notice(String operator, List<DeliveryRecord> failed, int recipients) {
        Map<String, Object> model = editions.get(Edition.EN).model();
        Map<String, Object> m = new HashMap<>(model);
        m.put("failedCount", failed.size());
        m.put("recipientCount", recipients);
        m.put("failed", failed.stream().map(f -> Map.<String, Object>of("name", f.name(), "email", f.email(),
                "edition", f.edition(), "copyNumber", f.copyNumber(), "copies", f.copies(), "error",
                String.valueOf(f.lastError()), "attempts", f.attempts(), "oneAttempt", f.attempts() == 1)).toList());
        return operatorMessage(operator, "FuelWatch: delivery of the briefing as of " + model.get("asOf")
                + " incomplete, " + failed.size() + " of " + recipients + " not served",
                fill("mail-operator.txt.mustache", TEXT, m));
    }

    /** Whether the briefing says its data is stale (its newest row older than fuelwatch.figures.stale-after-days). */
    boolean stale() {
        return stale;
    }

    /** The operator's notice that the data is stale, sent with every delivery of a stale briefing. */
    MimeMessage staleNotice(String operator, long sentNow, int recipients) {
        Map<String, Object> m = new HashMap<>(editions.get(Edition.EN).model());
        m.put("sentNow", sentNow);
        m.put("recipientCount", recipients);
        m.put("noneSent", sentNow == 0);
        return operatorMessage(operator, "FuelWatch: the data is stale, its newest row " + m.get("dataAgeDaysText")
                + " old (briefing as of " + m.get("asOf") + ")", fill("mail-operator-stale.txt.mustache", TEXT, m));
    }

    /** The operator's notice that nobody was sent the briefing, because the distribution list cannot be used. */
    MimeMessage listNotice(String operator, String problem) {
        Map<String, Object> m = new HashMap<>(editions.get(Edition.EN).model());
        m.put("problem", problem);
        return operatorMessage(operator, "FuelWatch: the briefing as of " + m.get("asOf") + " was not delivered: "
                + "the distribution list cannot be used", fill("mail-operator-list.txt.mustache", TEXT, m));
    }

    private MimeMessage operatorMessage(String operator, String subject, String text) {
        return operatorMessage(from, tlp, operator, subject, text);
    }

    /** A plain-text notice to the operator, its subject starting with the TLP label when there is one. */
    static MimeMessage operatorMessage(String from, Optional<Tlp> tlp, String operator, String subject, String text) {
        try {
            MimeMessage message = new MimeMessage(SESSION);
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(operator);
            helper.setSubject(tlp.map(t -> t.label() + " ").orElse("") + subject);
            helper.setText(text);
            return message;
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot compose the notice to " + operator, e);
        }
    }

    /**
     * The Message-ID of a briefing's copy for a recipient: the same on every send, so that a message sent again after
     * a crash is shown once.
     */
    static String messageId(String briefingSha256, String email, String from) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((briefingSha256 + "\n" + DeliveryRecords.key(email)).getBytes(StandardCharsets.UTF_8));
            String domain = from != null && from.contains("@") ? from.substring(from.lastIndexOf('@') + 1)
                    .replaceAll("[^A-Za-z0-9.-]", "") : "fuelwatch.invalid";
            return "<briefing." + HexFormat.of().formatHex(sha.digest(), 0, 20) + "@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private String fill(String name, Mustache.Compiler compiler, Map<String, Object> m) {
        return fill(templates, name, compiler, m);
    }

    /** A mail template filled in; a missing or bad template fails naming it. */
    static String fillText(TemplateSource templates, String name, Map<String, Object> m) {
        return fill(templates, name, TEXT, m);
    }

    private static String fill(TemplateSource templates, String name, Mustache.Compiler compiler,
            Map<String, Object> m) {
        String text;
        try {
            text = templates.read(name);
        } catch (UncheckedIOException e) {
            throw new TemplateException(e.getMessage(), e);
        }
        try {
            return compiler.compile(text).execute(m).strip();
        } catch (MustacheException e) {
            throw new TemplateException("template " + templates.describe(name) + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> m) {
        Map<String, Object> copy = new HashMap<>();
        m.forEach((k, v) -> copy.put(k, v == null ? false : v));
        return copy;
    }

    /** A message whose Message-ID is ours, not one made up when it is sent. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
