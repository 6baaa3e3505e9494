package org.civicportal.input.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import org.civicportal.input.control.InputEvents.InputAnswered;
import org.civicportal.input.entity.InputStatus;
import org.civicportal.platform.config.PortalSettings;
import org.civicportal.platform.mail.MailSender;
import org.civicportal.platform.mail.MailTemplates;

/**
 * Tells the author and every supporter, each in their language, that the city answered: receiving an
 * answer is the first thing a resident gets back for what they gave. Sent after commit.
 */
@ApplicationScoped
public class InputMails {

    @Inject
    InputService inputs;

    @Inject
    MailTemplates templates;

    @Inject
    MailSender sender;

    @Inject
    PortalSettings settings;

    /**
     * The messages are prepared here, after commit on the official's request (which has the database at
     * hand); the SMTP round trips, one per person, run in the background.
     */
    void answered(@Observes(during = TransactionPhase.AFTER_SUCCESS) InputAnswered event) {
        if (event.outcome() == InputStatus.INCORPORATED) {
            return; // answered by a decision's credit: the chain's "your input shaped this decision" email says it
        }
        var input = inputs.find(event.inputId()).orElseThrow();
        var template = event.outcome() == InputStatus.DECLINED ? "input/declined" : "input/answered";
        var mails = inputs.authorAndSupporters(event.inputId()).stream().map(person -> templates.render(template,
                person.getLanguage(), person.getEmail(), Map.<String, Object>of("name", person.getDisplayName(),
                        "title", input.getTitle(), "answer", input.getAnswer(),
                        "official", input.getAnsweredBy().getDisplayName(), "author", person.getId() == event.authorId(),
                        "link", settings.baseUrl() + "/inputs/" + input.getId(), "portalUrl", settings.baseUrl()),
                input.getTitle())).toList();
        sender.sendLater(mails, "the answer to input " + event.inputId());
    }
}
