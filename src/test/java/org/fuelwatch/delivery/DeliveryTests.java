package org.fuelwatch.delivery;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.fuelwatch.PdfA;
import org.fuelwatch.SettableClock;
import org.fuelwatch.TestData;
import org.fuelwatch.TestFiles;
import org.fuelwatch.run.BriefingLauncher;
import org.fuelwatch.run.ExitCodes;
import org.fuelwatch.run.RunOptions;
import org.fuelwatch.run.RunOutcome;
import org.fuelwatch.system.Edition;
import org.fuelwatch.system.Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole job on the sample data with a distribution list, delivering through a real SMTP server (GreenMail on a
 * free loopback port) behind a relay that can answer chosen recipients with 4xx or 5xx replies.
 */
@SpringBootTest(properties = {"fuelwatch.briefing.tlp=AMBER", "fuelwatch.delivery.from=fuelwatch@example.org",
        "fuelwatch.delivery.operator=duty-officer@example.org", "fuelwatch.delivery.attempts=3",
        "fuelwatch.delivery.backoff=20ms", "spring.mail.properties[mail.smtp.starttls.enable]=false",
        "spring.mail.properties[mail.smtp.starttls.required]=false"})
@ActiveProfiles("test")
@Import(SettableClock.Today.class)
class DeliveryTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final FaultyRelay RELAY;
    static final Path LIST;

    static {
        SMTP.start();
        try {
            RELAY = new FaultyRelay(SMTP.getSmtp().getPort());
            LIST = Files.createTempFile("distribution", ".csv");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void relay(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", RELAY::port);
        registry.add("fuelwatch.delivery.recipients", LIST::toString);
    }

    @Autowired
    BriefingLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    Fonts fonts;

    @Autowired
    SettableClock clock;

    @TempDir
    Path temp;

    @BeforeEach
    void emptyMailboxesAndDatabase() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        RELAY.clearFaults();
        TestData.wipe(jdbc);
        clock.set(AS_OF.plusDays(1));
        Files.writeString(LIST, """
                name,email,edition
                Awa Traoré,awa.traore@example.org,en
                Boubacar Keïta,b.keita@example.org,en
                "Coulibaly, Fatoumata",fcoulibaly@example.org,en
                """);
    }

    @AfterAll
    static void stop() throws IOException {
        RELAY.close();
        SMTP.stop();
        Files.deleteIfExists(LIST);
    }

    @Test
    void eachRecipientGetsOneMessageWithTheirOwnStampedCopyAndARerunSendsNothing() throws Exception {
        Path output = temp.resolve("output");
        RunOutcome outcome = launch(input(), output);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.SUCCESS);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(3);
        Path master = output.resolve("briefing-2026-01-31.pdf");
        String sha256 = org.fuelwatch.system.InputFingerprint.sha256(master);
        List<String> names = List.of("Awa Traoré", "Boubacar Keïta", "Coulibaly, Fatoumata");
        List<String> addresses = List.of("awa.traore@example.org", "b.keita@example.org", "fcoulibaly@example.org");
        for (int i = 0; i < 3; i++) {
            List<MimeMessage> theirs = MailTestSupport.to(received, addresses.get(i));
            assertThat(theirs).as(addresses.get(i)).hasSize(1);
            MimeMessage message = theirs.getFirst();
            assertThat(message.getSubject()).startsWith("TLP:AMBER FOR OFFICIAL USE ONLY")
                    .contains("31 January 2026", "% of baseline", "80% cut at the worst");
            assertThat(message.getMessageID()).isEqualTo(MailComposer.messageId(sha256, addresses.get(i),
                    "fuelwatch@example.org"));
            assertThat(MailTestSupport.text(message, "text/plain")).contains(names.get(i), "Key judgements",
                    "copy " + (i + 1) + " of 3", "At the worst of the blockade");
            assertThat(MailTestSupport.text(message, "text/html")).contains("TLP:AMBER", "#FFC000",
                    "<li>At the worst of the blockade");

            var attachment = MailTestSupport.attachment(message);
            assertThat(attachment.getFileName()).isEqualTo("briefing-2026-01-31-copy-" + (i + 1) + ".pdf");
            byte[] copy = MailTestSupport.bytes(attachment);
            Path copyFile = temp.resolve("copy-" + (i + 1) + ".pdf");
            Files.write(copyFile, copy);
            String stamp = "Copy " + (i + 1) + " of 3 — issued to " + names.get(i);
            try (PDDocument pdf = Loader.loadPDF(copy)) {
                for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                    assertThat(TestFiles.pdfPageText(copyFile, p)).as("page %d", p).contains(stamp, "TLP:AMBER");
                }
                assertThat(pdf.getDocumentInformation().getCustomMetadataValue(NumberedCopy.INFO_KEY))
                        .isEqualTo(stamp);
                assertThat(pdf.getDocumentInformation().getSubject()).endsWith(stamp);
            }
            assertThat(PdfA.failures(copyFile)).as("PDF/A-2B of copy %d", i + 1).isEmpty();
            // the same briefing and list give the same bytes
            byte[] again = new NumberedCopy(fonts).make(Files.readAllBytes(master), Edition.EN, stamp);
            int differs = java.util.Arrays.mismatch(again, copy);
            assertThat(differs).as("first differing byte of copy %d: %s", i + 1, differs < 0 ? ""
                    : new String(copy, Math.max(0, differs - 200), 400, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .isEqualTo(-1);
        }
        assertThat(TestFiles.pdfText(master)).doesNotContain("issued to");
        keep(temp.resolve("copy-1.pdf"), "copy-1.pdf");

        List<Map<String, Object>> records = jdbc.queryForList(
                "SELECT email, status, attempts, message_id FROM delivery ORDER BY copy_number");
        assertThat(records).extracting(r -> r.get("STATUS")).containsOnly("sent");
        assertThat(records).extracting(r -> ((Number) r.get("ATTEMPTS")).intValue()).containsOnly(1);
        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(
                output.resolve("briefing-2026-01-31.json")));
        assertThat(manifest.path("delivery")).hasSize(3);
        assertThat(manifest.path("delivery").get(1).path("email").asString()).isEqualTo("b.keita@example.org");
        assertThat(manifest.path("delivery").get(1).path("status").asString()).isEqualTo("sent");
        assertThat(outcome.message()).isNotNull();

        // timeouts are set: the defaults wait for ever
        var properties = ((JavaMailSenderImpl) mailSender).getJavaMailProperties();
        assertThat(properties).containsKeys("mail.smtp.connectiontimeout", "mail.smtp.timeout",
                "mail.smtp.writetimeout");

        RunOutcome again = launch(input(), output);
        assertThat(again.exitCode()).as(again.message()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(again.message()).contains("input unchanged");
        assertThat(SMTP.getReceivedMessages()).hasSize(3);
    }

    @Test
    void aTransientReplyIsTriedAgainAPermanentOneFailsAtOnceAndTheOperatorIsToldThenARerunServesOnlyThem()
            throws Exception {
        RELAY.fail("b.keita@example.org", "451 4.3.0 Mailbox temporarily unavailable", 2);
        RELAY.fail("fcoulibaly@example.org", "550 5.1.1 No such user here", -1);
        Path output = temp.resolve("output");

        RunOutcome outcome = launch(input(), output);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.DELIVERY_INCOMPLETE);
        assertThat(outcome.message()).contains("briefing published", "fcoulibaly@example.org", "550");
        assertThat(output.resolve("briefing-2026-01-31.pdf")).exists();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(MailTestSupport.to(received, "awa.traore@example.org")).hasSize(1);
        assertThat(MailTestSupport.to(received, "b.keita@example.org")).hasSize(1);
        assertThat(MailTestSupport.to(received, "fcoulibaly@example.org")).isEmpty();
        List<MimeMessage> notices = MailTestSupport.to(received, "duty-officer@example.org");
        assertThat(notices).hasSize(1);
        assertThat(notices.getFirst().getSubject()).startsWith("TLP:AMBER ").contains("1 of 3 not served");
        assertThat(MailTestSupport.text(notices.getFirst(), "text/plain"))
                .contains("Coulibaly, Fatoumata <fcoulibaly@example.org>", "550 5.1.1 No such user here",
                        "after 1 try")
                .doesNotContain("b.keita");

        Map<String, Object> bob = record("b.keita@example.org");
        assertThat(bob.get("STATUS")).isEqualTo("sent");
        assertThat(((Number) bob.get("ATTEMPTS")).intValue()).isEqualTo(3);
        Map<String, Object> fatoumata = record("fcoulibaly@example.org");
        assertThat(fatoumata.get("STATUS")).isEqualTo("failed");
        assertThat(((Number) fatoumata.get("ATTEMPTS")).intValue()).isEqualTo(1);
        assertThat((String) fatoumata.get("LAST_ERROR")).contains("550");
        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(
                output.resolve("briefing-2026-01-31.json")));
        assertThat(manifest.path("delivery").get(2).path("status").asString()).isEqualTo("failed");
        assertThat(manifest.path("delivery").get(2).path("error").asString()).contains("550");

        // the address is fixed on the relay; the same command again serves her, and only her
        RELAY.clearFaults();
        RunOutcome again = launch(input(), output);

        assertThat(again.exitCode()).as(again.message()).isEqualTo(ExitCodes.SUCCESS);
        received = SMTP.getReceivedMessages();
        assertThat(MailTestSupport.to(received, "fcoulibaly@example.org")).hasSize(1);
        assertThat(MailTestSupport.to(received, "awa.traore@example.org")).hasSize(1);
        assertThat(MailTestSupport.to(received, "b.keita@example.org")).hasSize(1);
        assertThat(record("fcoulibaly@example.org").get("STATUS")).isEqualTo("sent");
    }

    @Test
    void aRevisedBriefingForTheSameDateIsSentAgainSayingItReplacesTheEarlierOne() throws Exception {
        Path input = input();
        Path output = temp.resolve("output");
        assertThat(launch(input, output).exitCode()).isEqualTo(ExitCodes.SUCCESS);
        Path incidents = input.resolve("incidents/incidents-2025.csv");
        Files.writeString(incidents, Files.readString(incidents).replace(
                "INC-2025-0823-01,2025-08-23,SN,SN-RN3,between Lakamané and Diéma,14.47,-9.54,ambush,1,0,0",
                "INC-2025-0823-01,2025-08-23,SN,SN-RN3,between Lakamané and Diéma,14.47,-9.54,ambush,1,1,0"));

        RunOutcome revised = launch(input, output);

        assertThat(revised.exitCode()).as(revised.message()).isEqualTo(ExitCodes.SUCCESS);
        List<MimeMessage> awa = MailTestSupport.to(SMTP.getReceivedMessages(), "awa.traore@example.org");
        assertThat(awa).hasSize(2);
        assertThat(awa.get(0).getSubject()).doesNotContain("Revised");
        assertThat(awa.get(1).getSubject()).startsWith("TLP:AMBER Revised: ");
        assertThat(MailTestSupport.text(awa.get(1), "text/plain"))
                .contains("This revised briefing replaces the one sent to you on");
        assertThat(awa.get(1).getMessageID()).isNotEqualTo(awa.get(0).getMessageID());
    }

    @Test
    void anArabicReaderGetsTheArabicEditionWithSubjectBodyAndStampInArabic() throws Exception {
        Files.writeString(LIST, """
                name,email,edition
                Awa Traoré,awa.traore@example.org,en
                أمينة توري,amina.toure@example.org,ar
                Boubacar Keïta,b.keita@example.org,en
                """);
        Path output = temp.resolve("output");

        RunOutcome outcome = launch(input(), output);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.SUCCESS);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(3);
        List<MimeMessage> theirs = MailTestSupport.to(received, "amina.toure@example.org");
        assertThat(theirs).hasSize(1);
        MimeMessage message = theirs.getFirst();
        // the TLP label is never translated; the rest of the subject is Arabic, with Western digits
        assertThat(message.getSubject()).startsWith("TLP:AMBER للاستخدام الرسمي فقط")
                .contains("حصار الوقود على باماكو", "31 كانون الثاني/يناير 2026", "% من خط الأساس", "80%")
                .doesNotContainPattern("[\u0660-\u0669]").doesNotContain("baseline");
        String master = "briefing-2026-01-31-ar.pdf";
        Path arabicMaster = output.resolve(master);
        assertThat(message.getMessageID()).isEqualTo(MailComposer.messageId(
                org.fuelwatch.system.InputFingerprint.sha256(arabicMaster), "amina.toure@example.org",
                "fuelwatch@example.org"));
        String text = MailTestSupport.text(message, "text/plain");
        assertThat(text).contains("أمينة توري،", "التقديرات الرئيسية", "النسخة 1 من 1", "في أسوأ مراحل الحصار")
                .doesNotContain("Key judgements", "{{");
        String html = MailTestSupport.text(message, "text/html");
        assertThat(html).contains("lang=\"ar\" dir=\"rtl\"", "TLP:AMBER", "<li>في أسوأ مراحل الحصار");

        // her copy is the Arabic edition, stamped in Arabic; the English readers are numbered among themselves
        var attachment = MailTestSupport.attachment(message);
        assertThat(attachment.getFileName()).isEqualTo("briefing-2026-01-31-ar-copy-1.pdf");
        Path copy = temp.resolve("copy-ar.pdf");
        Files.write(copy, MailTestSupport.bytes(attachment));
        String stamp = "النسخة 1 من 1 — صادرة باسم أمينة توري";
        try (PDDocument pdf = Loader.loadPDF(copy.toFile())) {
            assertThat(pdf.getDocumentInformation().getCustomMetadataValue(NumberedCopy.INFO_KEY)).isEqualTo(stamp);
            assertThat(pdf.getDocumentInformation().getTitle()).contains("حصار الوقود على باماكو");
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                assertThat(TestFiles.pdfPageText(copy, p)).as("page %d", p).contains("أمينة توري", "TLP:AMBER");
            }
        }
        assertThat(PdfA.failures(copy)).as("PDF/A-2B of the Arabic copy").isEmpty();
        keep(copy, "copy-ar.pdf");
        List<MimeMessage> awa = MailTestSupport.to(received, "awa.traore@example.org");
        assertThat(MailTestSupport.attachment(awa.getFirst()).getFileName())
                .isEqualTo("briefing-2026-01-31-copy-1.pdf");
        assertThat(MailTestSupport.text(MailTestSupport.to(received, "b.keita@example.org").getFirst(), "text/plain"))
                .contains("copy 2 of 2");
        assertThat(jdbc.queryForObject("SELECT edition FROM delivery WHERE email = ?", String.class,
                "amina.toure@example.org")).isEqualTo("ar");
    }

    @Test
    void aListThatCannotBeUsedSendsNobodyTheBriefingAndTellsTheOperator() throws Exception {
        Files.writeString(LIST, """
                name,email,edition
                Awa Traoré,awa.traore@example.org,en
                Boubacar Keïta,b.keita@,en
                """);
        Path output = temp.resolve("output");

        RunOutcome outcome = launch(input(), output);

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(outcome.message()).contains("briefing published", "line 3, column email: 'b.keita@'");
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage notice = MailTestSupport.to(received, "duty-officer@example.org").getFirst();
        assertThat(notice.getSubject()).startsWith("TLP:AMBER FuelWatch: the briefing as of 31 January 2026 was not "
                + "delivered");
        assertThat(MailTestSupport.text(notice, "text/plain")).contains("nobody was sent it",
                "line 3, column email: 'b.keita@'");

        // the list corrected, the same command delivers to everyone on it
        Files.writeString(LIST, "name,email,edition\nAwa Traoré,awa.traore@example.org,en\n"
                + "Boubacar Keïta,b.keita@example.org,en\n");
        RunOutcome again = launch(input(), output);
        assertThat(again.exitCode()).as(again.message()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(SMTP.getReceivedMessages()).hasSize(3);
    }

    @Test
    void aRunThatPublishesNothingTellsTheOperatorAndNobodyElse() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty-input"));

        RunOutcome outcome = launch(empty, temp.resolve("output"));

        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.BAD_INPUT);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(MailTestSupport.to(received[0])).isEqualTo("duty-officer@example.org");
        assertThat(received[0].getSubject()).isEqualTo("TLP:AMBER FuelWatch: the run failed (exit 2); no briefing "
                + "was published or sent");
        assertThat(MailTestSupport.text(received[0], "text/plain")).contains(outcome.message(),
                "The last good briefing is unchanged");
    }

    /** -Ddelivery.copies=FOLDER keeps the copies made, to look at. */
    private static void keep(Path copy, String name) throws IOException {
        String folder = System.getProperty("delivery.copies");
        if (folder != null) {
            Files.copy(copy, Path.of(folder, name), REPLACE_EXISTING);
        }
    }

    @Test
    void aBriefingMadeAgainOnlyBecauseTheDataGrewOlderIsNotSentAgainAndTheOperatorIsToldEachNight()
            throws Exception {
        Path output = temp.resolve("output");
        clock.set(AS_OF.plusDays(9)); // stale: stale-after-days is 3
        assertThat(launch(input(), output).exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(readers(SMTP.getReceivedMessages())).hasSize(3);
        String first = org.fuelwatch.system.InputFingerprint.sha256(output.resolve("briefing-2026-01-31.pdf"));
        List<MimeMessage> notices = MailTestSupport.to(SMTP.getReceivedMessages(), "duty-officer@example.org");
        assertThat(notices).hasSize(1);
        assertThat(notices.getFirst().getSubject()).isEqualTo("TLP:AMBER FuelWatch: the data is stale, its newest "
                + "row 9 days old (briefing as of 31 January 2026)");
        assertThat(MailTestSupport.text(notices.getFirst(), "text/plain"))
                .contains("newest row is from 31 January 2026", "3 of 3 recipients were sent the briefing tonight");

        // the next night, with no new data: the briefing is made again (its notice now says 10 days) but not sent
        clock.set(AS_OF.plusDays(10));
        RunOutcome nextNight = launch(input(), output);

        assertThat(nextNight.exitCode()).as(nextNight.message()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(org.fuelwatch.system.InputFingerprint.sha256(output.resolve("briefing-2026-01-31.pdf")))
                .isNotEqualTo(first);
        assertThat(readers(SMTP.getReceivedMessages())).hasSize(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery", Integer.class)).isEqualTo(3);
        notices = MailTestSupport.to(SMTP.getReceivedMessages(), "duty-officer@example.org");
        assertThat(notices).hasSize(2);
        assertThat(MailTestSupport.text(notices.get(1), "text/plain")).contains("10 days before",
                "Nobody was sent a new copy tonight");

        // new data for the same date is news: everyone gets the revision
        Path incidents = input().resolve("incidents/incidents-2025.csv");
        Files.writeString(incidents, Files.readString(incidents).replace(
                "INC-2025-0823-01,2025-08-23,SN,SN-RN3,between Lakamané and Diéma,14.47,-9.54,ambush,1,0,0",
                "INC-2025-0823-01,2025-08-23,SN,SN-RN3,between Lakamané and Diéma,14.47,-9.54,ambush,1,1,0"));
        assertThat(launch(input(), output).exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(readers(SMTP.getReceivedMessages())).hasSize(6);
    }

    /** The messages to the recipients on the list, not to the operator. */
    private static List<MimeMessage> readers(MimeMessage[] received) throws jakarta.mail.MessagingException {
        List<MimeMessage> readers = new java.util.ArrayList<>();
        for (MimeMessage m : received) {
            if (!MailTestSupport.to(m).equals("duty-officer@example.org")) {
                readers.add(m);
            }
        }
        return readers;
    }

    private Map<String, Object> record(String email) {
        return jdbc.queryForMap("SELECT * FROM delivery WHERE email = ?", email);
    }

    private Path input() throws IOException {
        Path input = temp.resolve("input");
        if (!Files.exists(input)) {
            FileSystemUtils.copyRecursively(Path.of("input"), input);
        }
        return input;
    }

    private RunOutcome launch(Path input, Path output) {
        return launcher.launch(new RunOptions(input, output, null));
    }
}
