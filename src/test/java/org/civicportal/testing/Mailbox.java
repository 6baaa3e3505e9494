package org.civicportal.testing;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads what reached the test SMTP server (GreenMail), waiting for messages that are sent after commit. */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private Mailbox() {
    }

    /** Every message to this address so far. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(TestServers.mail().getReceivedMessages())
                .filter(m -> recipients(m).contains(address.toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** Waits up to 20 s for the n-th message (1-based) to this address. */
    public static MimeMessage await(String address, int nth) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            var messages = to(address);
            if (messages.size() >= nth) {
                return messages.get(nth - 1);
            }
            TestServers.mail().waitForIncomingEmail(500, TestServers.mail().getReceivedMessages().length + 1);
        }
        fail("No message number " + nth + " to " + address + " arrived within 20 s");
        return null;
    }

    public static String text(MimeMessage message) {
        try {
            return textOf(message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link in the text body that contains the given path. */
    public static String link(MimeMessage message, String pathPart) {
        return LINK.matcher(text(message)).results().map(r -> r.group())
                .filter(l -> l.contains(pathPart)).findFirst()
                .orElseThrow(() -> new AssertionError("No link with " + pathPart + " in:\n" + text(message)));
    }

    /** The exact addresses a message went to ("reminded@x" is not "forum.reminded@x"). */
    private static List<String> recipients(MimeMessage message) {
        try {
            var to = message.getRecipients(Message.RecipientType.TO);
            return to == null ? List.of() : Arrays.stream(to)
                    .map(a -> a instanceof InternetAddress i ? i.getAddress() : a.toString())
                    .map(a -> a.toLowerCase(Locale.ROOT)).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            var multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                var text = textOf(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
