package org.fuelwatch.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Reading back what GreenMail received. */
final class MailTestSupport {

    private MailTestSupport() {
    }

    /** The single To address of a message. */
    static String to(MimeMessage message) throws MessagingException {
        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                .map(a -> ((InternetAddress) a).getAddress()).findFirst().orElseThrow();
    }

    static List<MimeMessage> to(MimeMessage[] messages, String address) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : messages) {
            if (to(m).equalsIgnoreCase(address)) {
                found.add(m);
            }
        }
        return found;
    }

    /** The parts of a message, depth first. */
    static List<Part> parts(Part part) throws MessagingException, IOException {
        List<Part> all = new ArrayList<>(List.of(part));
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                all.addAll(parts(child));
            }
        }
        return all;
    }

    static Part attachment(MimeMessage message) throws MessagingException, IOException {
        for (Part p : parts(message)) {
            if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                return p;
            }
        }
        throw new AssertionError("no attachment");
    }

    static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    static String text(MimeMessage message, String type) throws MessagingException, IOException {
        for (Part p : parts(message)) {
            if (p.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
                return (String) p.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }
}
