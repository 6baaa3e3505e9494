package org.civicportal.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Date;
import java.util.Properties;
import org.civicportal.platform.config.PortalSettings;

/**
 * Jakarta Mail for the outbox's dispatcher, the only caller: the session for the configured SMTP server, the
 * MIME message (multipart/alternative, text then HTML, the outbox's Message-ID), and the embedded mailbox when
 * no server is configured. Features never send: they queue in {@link org.civicportal.platform.outbox.Outbox}.
 */
@ApplicationScoped
public class MailSender {

    @Inject
    PortalSettings settings;

    @Inject
    EmbeddedMailbox mailbox;

    /** True when no SMTP server is configured and messages go to the embedded mailbox (/admin/mailbox). */
    public boolean embedded() {
        return settings.smtpHost().isEmpty();
    }

    /** The message as it goes out; every attempt of one outbox row carries the same {@code messageId}. */
    public MimeMessage message(Session session, OutgoingMail mail, String messageId) throws MessagingException {
        var message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(settings.mailFrom()));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        for (var header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        message.setContent(new MimeMultipart("alternative", encoded(mail.text(), "plain"), encoded(mail.html(), "html")));
        message.saveChanges();
        return message;
    }

    /**
     * A text part, UTF-8, encoded once into memory as quoted-printable (Jakarta Mail's encoder). A part built
     * with setText is analysed for its encoding and then encoded byte by byte through the SMTP streams on every
     * send, most of the dispatcher's time in the profile (docs/benchmarks.md); this one is written as it is.
     */
    private static MimeBodyPart encoded(String content, String subtype) throws MessagingException {
        var headers = new InternetHeaders();
        headers.setHeader("Content-Type", "text/" + subtype + "; charset=UTF-8");
        headers.setHeader("Content-Transfer-Encoding", "quoted-printable");
        var bytes = new Bytes(content.length() + content.length() / 8 + 64);
        try (var qp = MimeUtility.encode(bytes, "quoted-printable")) {
            qp.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MessagingException("Could not encode the message", e);
        }
        return new MimeBodyPart(headers, bytes.toByteArray());
    }

    /** An unsynchronised ByteArrayOutputStream: the encoder writes one byte at a time. */
    private static final class Bytes extends OutputStream {
        private byte[] buffer;
        private int size;

        Bytes(int capacity) {
            buffer = new byte[capacity];
        }

        @Override
        public void write(int b) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[size++] = (byte) b;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buffer, size);
        }
    }

    /** Hands a message to the embedded mailbox, as an SMTP server would take it. */
    public void deliverEmbedded(MimeMessage message) throws MessagingException {
        mailbox.deliver(message);
    }

    /** An open connection to the configured SMTP server; the caller sends a batch over it and closes it. */
    public Transport connect(Session session) throws MessagingException {
        var transport = session.getTransport("smtp");
        transport.connect();
        return transport;
    }

    /**
     * Ends the session's SMTP connection at once, from any thread: the send blocked on it fails. The
     * dispatcher's watchdog calls it when one message takes longer than it may.
     */
    public void abort(Session session) {
        if (session.getProperties().get("mail.smtp.socketFactory") instanceof NoDelaySockets sockets) {
            sockets.closeAll();
        }
    }

    public Session session() {
        var props = new Properties();
        var host = settings.smtpHost();
        // Without a host the message goes to the embedded mailbox, which needs a session but no server.
        host.ifPresent(h -> props.put("mail.smtp.host", h));
        props.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        // No mail.smtp.writetimeout: the dispatcher bounds each message itself (see abort).
        props.put("mail.smtp.socketFactory", new NoDelaySockets());
        props.put("mail.smtp.socketFactory.fallback", "false");
        if (host.isPresent() && settings.smtpUser().isPresent()) {
            props.put("mail.smtp.auth", "true");
            props.put("mail.smtp.starttls.enable", "true");
            var user = settings.smtpUser().get();
            var password = settings.smtpPassword().orElse("");
            return Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        }
        return Session.getInstance(props);
    }
}
