package org.civicportal.platform.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/** A message as the embedded mailbox shows it: who, what, when, the text body and the links in it. */
public record CapturedMail(String id, Instant receivedAt, String to, String subject, String text, List<String> links)
        implements Serializable {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    static CapturedMail of(MimeMessage message) throws MessagingException, IOException {
        var text = textOf(message);
        var received = message.getSentDate() == null ? Instant.EPOCH : message.getSentDate().toInstant();
        var to = message.getAllRecipients() == null ? "" : message.getAllRecipients()[0].toString();
        return new CapturedMail(String.valueOf(message.getMessageID()), received, to, message.getSubject(), text,
                LINK.matcher(text).results().map(m -> m.group()).distinct().toList());
    }

    static CapturedMail unreadable() {
        return new CapturedMail("", Instant.EPOCH, "", "(unreadable)", "", List.of());
    }

    private static String textOf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            var multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                var text = textOf(child);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
