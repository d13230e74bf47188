package org.fuelwatch.delivery;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.springframework.mail.MailSendException;

/**
 * Why a send failed, and whether trying again can help: a refused or timed-out connection and a 4xx reply are
 * transient; a 5xx reply, refused credentials or a relay without the required STARTTLS are permanent.
 *
 * @param transientFailure true when a later try may succeed
 * @param reason           the relay's reply or the connection problem, in one line
 */
record SmtpFailure(boolean transientFailure, String reason) {

    static SmtpFailure of(Exception failure) {
        List<Throwable> chain = chain(failure);
        for (Throwable t : chain) {
            int code = replyCode(t);
            if (code >= 400 && code < 500) {
                return new SmtpFailure(true, oneLine(t));
            }
            if (code >= 500) {
                return new SmtpFailure(false, oneLine(t));
            }
        }
        for (Throwable t : chain) {
            if (t instanceof AuthenticationFailedException) {
                return new SmtpFailure(false, "the relay refused the credentials: " + oneLine(t));
            }
            if (t instanceof MessagingException && String.valueOf(t.getMessage()).contains("STARTTLS")) {
                return new SmtpFailure(false, oneLine(t));
            }
        }
        for (Throwable t : chain) {
            if (t instanceof MailConnectException || t instanceof ConnectException
                    || t instanceof SocketTimeoutException || t instanceof SocketException) {
                return new SmtpFailure(true, oneLine(t));
            }
        }
        return new SmtpFailure(true, oneLine(failure));
    }

    private static int replyCode(Throwable t) {
        return switch (t) {
            case SMTPAddressFailedException e -> e.getReturnCode();
            case SMTPSenderFailedException e -> e.getReturnCode();
            case SMTPSendFailedException e -> e.getReturnCode();
            default -> -1;
        };
    }

    /** The failure and every cause, including the per-message and next exceptions mail exceptions carry. */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        List<Throwable> todo = new ArrayList<>(List.of(failure));
        while (!todo.isEmpty() && all.size() < 50) {
            Throwable t = todo.removeFirst();
            if (t == null || all.contains(t)) {
                continue;
            }
            all.add(t);
            todo.add(t.getCause());
            if (t instanceof MessagingException m) {
                todo.add(m.getNextException());
            }
            if (t instanceof MailSendException m) {
                todo.addAll(List.of(m.getMessageExceptions()));
            }
        }
        return all;
    }

    private static String oneLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
