package org.civicportal.input.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.civicportal.input.control.InputEvents.InputAnswered;
import org.civicportal.input.entity.InputStatus;
import org.civicportal.platform.config.PortalSettings;
import org.civicportal.platform.mail.MailTemplates;
import org.civicportal.platform.outbox.Envelope;
import org.civicportal.platform.outbox.MailStream;
import org.civicportal.platform.outbox.Outbox;

/**
 * Tells the author and every supporter, each in their language, that the city answered: receiving an
 * answer is the first thing a resident gets back for what they gave. Queued in the outbox inside the
 * answer's transaction (stream NOTICE), one row per person, keyed by the status change the answer wrote, so
 * a later second answer is told again and the same answer never twice.
 */
@ApplicationScoped
public class InputMails {

    @Inject
    InputService inputs;

    @Inject
    MailTemplates templates;

    @Inject
    Outbox outbox;

    @Inject
    PortalSettings settings;

    @PersistenceContext
    EntityManager em;

    void answered(@Observes InputAnswered event) {
        if (event.outcome() == InputStatus.INCORPORATED) {
            return; // answered by a decision's credit: the chain's "your input shaped this decision" email says it
        }
        var input = inputs.find(event.inputId()).orElseThrow();
        var template = event.outcome() == InputStatus.DECLINED ? "input/declined" : "input/answered";
        em.flush();
        // The input row is locked by the answer, so the newest status change is the one it just wrote.
        var change = ((Number) em.createNativeQuery("SELECT MAX(id) FROM input_status_change WHERE input_id = ?1")
                .setParameter(1, event.inputId()).getSingleResult()).longValue();
        for (var person : inputs.authorAndSupporters(event.inputId())) {
            var mail = templates.render(template, person.getLanguage(), person.getEmail(),
                    Map.<String, Object>of("name", person.getDisplayName(), "title", input.getTitle(),
                            "answer", input.getAnswer(), "official", input.getAnsweredBy().getDisplayName(),
                            "author", person.getId().equals(event.authorId()),
                            "link", settings.baseUrl() + "/inputs/" + input.getId(), "portalUrl", settings.baseUrl()),
                    input.getTitle());
            outbox.queue(Envelope.of(template + ":" + event.inputId() + ":change:" + change + ":account:"
                    + person.getId(), MailStream.NOTICE, person.getId(), person.getLanguage(), template), mail);
        }
    }
}
