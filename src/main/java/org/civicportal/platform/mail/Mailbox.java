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

    @Inject
    org.civicportal.platform.web.CurrentUser currentUser;

    private List<CapturedMail> messages;

    /** The page's own check, besides RoleFilter's: captured mail holds other people's links. */
    @jakarta.annotation.PostConstruct
    void requireStaff() {
        currentUser.require(org.civicportal.platform.security.Role.STAFF);
    }

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
