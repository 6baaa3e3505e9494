package org.civicportal.platform.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicportal.platform.config.PortalSettings;

/**
 * A real SMTP server (GreenMail) inside the portal, started only when PORTAL_SMTP_HOST is not set, so a
 * demo or a developer sees every email the portal sends at /admin/mailbox. Messages live in memory.
 */
@ApplicationScoped
public class EmbeddedMailbox {

    private static final Logger LOG = Logger.getLogger(EmbeddedMailbox.class.getName());

    @Inject
    PortalSettings settings;

    private GreenMail server;

    void startWithApplication(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (settings.smtpHost().isEmpty()) {
            start();
        }
    }

    private synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            server.start();
            LOG.info(() -> "No SMTP server configured: email is captured by the embedded mailbox on port "
                    + server.getSmtp().getPort() + " and shown to staff at /admin/mailbox");
        }
    }

    public boolean isActive() {
        return server != null;
    }

    synchronized int port() {
        if (server == null) {
            start();
        }
        return server.getSmtp().getPort();
    }

    /** Newest first. */
    public List<CapturedMail> messages() {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages())
                .map(EmbeddedMailbox::toCaptured)
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

    @PreDestroy
    synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
