package org.civicportal.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicportal.platform.config.PortalSettings;

/**
 * Where email goes when PORTAL_SMTP_HOST is not set, so a demo or a developer sees every message the portal
 * sends at /admin/mailbox. Messages are handed over inside the JVM, byte for byte as SMTP would carry them;
 * there is no SMTP listener, so no other process on the machine can put a forged message in front of staff
 * (an embedded GreenMail server accepted mail from anyone: it cannot require SMTP authentication).
 * Messages live in memory; the newest {@value #CAPACITY} are kept.
 */
@ApplicationScoped
public class EmbeddedMailbox {

    private static final Logger LOG = Logger.getLogger(EmbeddedMailbox.class.getName());
    static final int CAPACITY = 1000;

    @Inject
    PortalSettings settings;

    private final Deque<MimeMessage> received = new ArrayDeque<>();
    private final Session session = Session.getInstance(new Properties());
    private volatile boolean announced;

    public boolean isActive() {
        return settings.smtpHost().isEmpty();
    }

    /** Takes a message as an SMTP server would receive it: its bytes, parsed again. */
    void deliver(MimeMessage message) throws MessagingException {
        message.saveChanges();
        var bytes = new ByteArrayOutputStream();
        try {
            message.writeTo(bytes);
        } catch (IOException e) {
            throw new MessagingException("The message could not be written", e);
        }
        var copy = new MimeMessage(session, new ByteArrayInputStream(bytes.toByteArray()));
        synchronized (received) {
            received.addFirst(copy);
            while (received.size() > CAPACITY) {
                received.removeLast();
            }
        }
        if (!announced) {
            announced = true;
            LOG.info("No SMTP server configured: email is captured in memory and shown to staff at /admin/mailbox");
        }
    }

    /** Newest first. */
    public List<CapturedMail> messages() {
        List<MimeMessage> copy;
        synchronized (received) {
            copy = List.copyOf(received);
        }
        return copy.stream().map(EmbeddedMailbox::toCaptured)
                .sorted(Comparator.comparing(CapturedMail::receivedAt).reversed())
                .toList();
    }

    private static CapturedMail toCaptured(MimeMessage message) {
        try {
            return CapturedMail.of(message);
        } catch (MessagingException | IOException e) {
            LOG.log(Level.WARNING, "A captured message could not be read", e);
            return CapturedMail.unreadable();
        }
    }
}
