package org.civicportal.decision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.civicportal.decision.control.DecisionEvents.ImplementationMoved;
import org.civicportal.decision.control.DecisionEvents.InputCredited;
import org.civicportal.input.control.InputService;
import org.civicportal.platform.config.PortalSettings;
import org.civicportal.platform.mail.ListUnsubscribe;
import org.civicportal.platform.mail.MailTemplates;
import org.civicportal.platform.mail.OutgoingMail;
import org.civicportal.platform.outbox.Envelope;
import org.civicportal.platform.outbox.MailStream;
import org.civicportal.platform.outbox.Outbox;

/**
 * Closes the loop by email, each person in their language: "your input shaped this decision" to the
 * author and supporters of a credited input (NOTICE, one per credit: a decision credits an input once), then
 * news of the implementation to everyone following the chain (BULK, with the chain's one-click unsubscribe;
 * keyed by the decision's revision that moved it; composed at sending time, {@link ChainNewsComposer}). Queued
 * in the outbox inside the decision's transaction.
 */
@ApplicationScoped
public class ChainMails {

    @Inject
    DecisionService decisions;

    @Inject
    InputService inputs;

    @Inject
    MailTemplates templates;

    @Inject
    Outbox outbox;

    @Inject
    ListUnsubscribe unsubscribe;

    @Inject
    PortalSettings settings;

    @PersistenceContext
    EntityManager em;

    void credited(@Observes InputCredited event) {
        var decision = decisions.find(event.decisionId()).orElseThrow();
        var input = inputs.find(event.inputId()).orElseThrow();
        em.flush();
        var how = decisions.credits(event.decisionId()).stream().filter(c -> c.inputId() == event.inputId())
                .findFirst().orElseThrow().how();
        var list = ListUnsubscribe.chain(event.decisionId());
        for (var person : inputs.authorAndSupporters(event.inputId())) {
            var mail = templates.render("decision/credited", person.getLanguage(), person.getEmail(),
                    Map.<String, Object>of("name", person.getDisplayName(), "input", input.getTitle(),
                            "decision", decision.getTitle(), "how", how,
                            "official", decision.getCreatedBy().getDisplayName(), "department", decision.getDepartment(),
                            "author", person.getId().equals(event.authorId()), "link", link(event.decisionId()),
                            "portalUrl", settings.baseUrl()),
                    input.getTitle(), person.getId().equals(event.authorId()) ? 1 : 0);
            // The credit makes its people followers of the chain: the message offers the way out of its news.
            outbox.queue(Envelope.of("decision/credited:" + event.decisionId() + ":" + event.inputId() + ":account:"
                    + person.getId(), MailStream.NOTICE, person.getId(), person.getLanguage(), "decision/credited"),
                    withHeaders(mail, unsubscribe.headers(person.getId(), list)));
        }
    }

    /**
     * Chain news to every follower in one INSERT … SELECT from chain_follower, rendered at sending time by
     * {@link ChainNewsComposer}: the official's transaction neither loads nor renders per follower, however many
     * there are.
     */
    void moved(@Observes ImplementationMoved event) {
        em.flush();
        var revision = ((Number) em.createNativeQuery("SELECT COALESCE(MAX(revision), 0) FROM decision_version "
                + "WHERE decision_id = ?1").setParameter(1, event.decisionId()).getSingleResult()).longValue();
        var params = ChainNewsComposer.params(event.decisionId(), revision, event.newStatus(), event.milestone());
        outbox.queueComposedToAccounts("decision/progress:" + params + ":account:", MailStream.BULK, null,
                "decision/progress", ChainNewsComposer.NAME, params,
                "SELECT account_id FROM chain_follower WHERE decision_id = ? AND following = TRUE", event.decisionId());
    }

    private static OutgoingMail withHeaders(OutgoingMail mail, Map<String, String> headers) {
        return new OutgoingMail(mail.to(), mail.subject(), mail.text(), mail.html(), headers);
    }

    private String link(long decisionId) {
        return settings.baseUrl() + "/decisions/" + decisionId;
    }
}
