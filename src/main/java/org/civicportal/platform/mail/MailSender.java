package org.civicportal.platform.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.Properties;
import org.civicportal.platform.config.PortalSettings;

/** Sends messages over SMTP to the configured server, or hands them to the embedded mailbox when there is none. */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Resource
    ManagedExecutorService executor;

    /**
     * Sends on a managed thread, so the page that caused the mail answers without waiting for SMTP (and as
     * fast whether or not a mail goes out). A failed message is logged with what it was about; there is no
     * retry yet.
     *
     * @param about for the log, e.g. "input 42 answered" (no personal data)
     */
    public void sendLater(List<OutgoingMail> mails, String about) {
        executor.execute(() -> mails.forEach(mail -> {
            try {
                send(mail);
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Could not send a message about " + about);
            }
        }));
    }

    @Inject
    PortalSettings settings;

    @Inject
    EmbeddedMailbox mailbox;

    public void send(OutgoingMail mail) throws MessagingException {
        var session = session();
        var message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.mailFrom()));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.to()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        for (var header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        var text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        var html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        var body = new MimeMultipart("alternative", text, html);
        message.setContent(body);
        if (settings.smtpHost().isEmpty()) {
            mailbox.deliver(message);
            return;
        }
        Transport.send(message);
    }

    private Session session() {
        var props = new Properties();
        var host = settings.smtpHost();
        // Without a host the message goes to the embedded mailbox, which needs a session but no server.
        host.ifPresent(h -> props.put("mail.smtp.host", h));
        props.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
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
