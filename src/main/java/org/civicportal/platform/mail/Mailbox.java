package org.civicportal.platform.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.civicportal.platform.config.PortalSettings;

/** /admin/mailbox: staff read what the embedded mailbox captured. */
@Named
@RequestScoped
public class Mailbox {

    @Inject
    EmbeddedMailbox mailbox;

    @Inject
    PortalSettings settings;

    private List<CapturedMail> messages;

    public boolean isActive() {
        return mailbox.isActive();
    }

    public String getSmtpHost() {
        return settings.smtpHost().orElse("");
    }

    public List<CapturedMail> getMessages() {
        if (messages == null) {
            messages = mailbox.messages();
        }
        return messages;
    }
}
