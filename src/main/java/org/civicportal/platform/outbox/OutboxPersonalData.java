package org.civicportal.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.civicportal.platform.privacy.ExportFile;
import org.civicportal.platform.privacy.PersonalData;

/**
 * The emails the portal sent (or is to send) a person, with the mail server's answer and the bodies kept; and
 * whether their address is suppressed after a hard bounce. A bulk message (the monthly update) keeps no body of
 * its own: it is rendered when sent, so its subject and bodies are empty here (the README says so).
 */
@ApplicationScoped
public class OutboxPersonalData implements PersonalData {

    @Override
    public List<ExportFile> files() {
        return List.of(ExportFile.json("emails",
                ExportFile.one("suppression", "SELECT email, reason, suppressed_at FROM mail_suppression "
                        + "WHERE account_id = ? LIMIT 1"),
                ExportFile.many("emails", "SELECT id AS email_id, template, recipient, language, subject, state, "
                        + "attempts, created_at, sent_at, last_answer, text_body, html_body FROM outbox_message "
                        + "WHERE account_id = ? ORDER BY id")));
    }
}
