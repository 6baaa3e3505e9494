package org.civicportal.decision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.civicportal.decision.control.DecisionEvents.ImplementationMoved;
import org.civicportal.decision.control.DecisionEvents.InputCredited;
import org.civicportal.input.control.InputService;
import org.civicportal.platform.config.PortalSettings;
import org.civicportal.platform.i18n.Texts;
import org.civicportal.platform.mail.MailSender;
import org.civicportal.platform.mail.MailTemplates;

/**
 * Closes the loop by email, each person in their language: "your input shaped this decision" to the
 * author and supporters of a credited input, then news of the implementation to everyone following the
 * chain. Prepared after commit, sent in the background.
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
    MailSender sender;

    @Inject
    PortalSettings settings;

    void credited(@Observes(during = TransactionPhase.AFTER_SUCCESS) InputCredited event) {
        var decision = decisions.find(event.decisionId()).orElseThrow();
        var input = inputs.find(event.inputId()).orElseThrow();
        var how = decisions.credits(event.decisionId()).stream().filter(c -> c.inputId() == event.inputId())
                .findFirst().orElseThrow().how();
        var mails = inputs.authorAndSupporters(event.inputId()).stream().map(person -> templates.render(
                "decision/credited", person.getLanguage(), person.getEmail(), Map.<String, Object>of(
                        "name", person.getDisplayName(), "input", input.getTitle(), "decision", decision.getTitle(),
                        "how", how, "official", decision.getCreatedBy().getDisplayName(),
                        "department", decision.getDepartment(), "author", person.getId() == event.authorId(),
                        "link", link(event.decisionId()), "portalUrl", settings.baseUrl()),
                input.getTitle(), person.getId() == event.authorId() ? 1 : 0)).toList();
        sender.sendLater(mails, "the credit of input " + event.inputId() + " by decision " + event.decisionId());
    }

    void moved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImplementationMoved event) {
        var decision = decisions.find(event.decisionId()).orElseThrow();
        var mails = decisions.followers(event.decisionId()).stream().map(person -> {
            var values = new HashMap<String, Object>(Map.of("name", person.getDisplayName(),
                    "decision", decision.getTitle(), "link", link(event.decisionId()), "portalUrl", settings.baseUrl()));
            if (event.newStatus() != null) {
                values.put("status", Texts.get(person.getLanguage(), "implStatus." + event.newStatus()));
            }
            if (event.milestone() > 0) {
                values.put("milestone", event.milestone());
            }
            return templates.render("decision/progress", person.getLanguage(), person.getEmail(), values,
                    decision.getTitle());
        }).toList();
        sender.sendLater(mails, "news of decision " + event.decisionId());
    }

    private String link(long decisionId) {
        return settings.baseUrl() + "/decisions/" + decisionId;
    }
}
