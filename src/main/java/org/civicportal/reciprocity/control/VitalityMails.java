package org.civicportal.reciprocity.control;

import com.github.mustachejava.DefaultMustacheFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringWriter;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.civicportal.account.entity.Account;
import org.civicportal.platform.config.PortalSettings;
import org.civicportal.platform.mail.MailTemplates;
import org.civicportal.platform.outbox.Envelope;
import org.civicportal.platform.outbox.MailStream;
import org.civicportal.platform.outbox.Outbox;
import org.civicportal.platform.persistence.UtcInstantConverter;
import org.civicportal.platform.time.CityTime;
import org.civicportal.reciprocity.control.VitalityEvents.QuietGiverCheckedIn;
import org.civicportal.reciprocity.control.VitalityEvents.ResidentInvited;

/**
 * The prompts' emails, each in the resident's language: the invitation to a chain's open tasks and the
 * check-in a staff member wrote (drafted from templates/mail/reciprocity/check-in-draft, signed with the
 * staff member's name). Queued in the outbox (NOTICE) inside the transaction that records the prompt, whose
 * unique row (one invitation per resident and chain, one check-in per resident and quarter) the key repeats.
 */
@ApplicationScoped
public class VitalityMails {

    private final DefaultMustacheFactory drafts = new DefaultMustacheFactory("templates/mail");

    @PersistenceContext
    EntityManager em;

    @Inject
    MailTemplates templates;

    @Inject
    Outbox outbox;

    @Inject
    PortalSettings settings;

    @Inject
    CityTime city;

    Clock clock = Clock.systemUTC();

    /** The check-in's suggested text in the resident's language, for the staff member to edit before sending. */
    public String draft(long residentId) {
        var resident = em.find(Account.class, residentId);
        var name = "reciprocity/check-in-draft" + (resident.getLanguage().code().equals("en") ? "" : "_"
                + resident.getLanguage().code()) + ".txt";
        var out = new StringWriter();
        drafts.compile(name).execute(out, Map.of("name", resident.getDisplayName()));
        return out.toString().strip();
    }

    void invited(@Observes ResidentInvited event) {
        var resident = em.find(Account.class, event.residentId());
        var decision = (String) em.createNativeQuery("SELECT title FROM decision WHERE id = ?1")
                .setParameter(1, event.decisionId()).getSingleResult();
        var locale = resident.getLanguage().locale();
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                .withZone(city.zone());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, title, starts_at, place FROM task WHERE decision_id = ?1 "
                + "AND cancelled = FALSE AND starts_at > ?2 AND confirmed_count < capacity ORDER BY starts_at, id LIMIT 10")
                .setParameter(1, event.decisionId()).setParameter(2, UtcInstantConverter.utc(clock.instant()))
                .getResultList();
        var tasks = rows.stream().map(r -> Map.of("title", r[1], "place", r[3],
                "when", format.format(UtcInstantConverter.fromColumn(r[2])),
                "link", settings.baseUrl() + "/tasks/" + r[0])).toList();
        var mail = templates.render("reciprocity/invite", resident.getLanguage(), resident.getEmail(),
                Map.of("name", resident.getDisplayName(), "decision", decision, "tasks", tasks,
                        "chainLink", settings.baseUrl() + "/decisions/" + event.decisionId(),
                        "portalUrl", settings.baseUrl()), decision);
        outbox.queue(Envelope.of("reciprocity/invite:" + event.decisionId() + ":account:" + event.residentId(),
                MailStream.NOTICE, event.residentId(), resident.getLanguage(), "reciprocity/invite"), mail);
    }

    void checkedIn(@Observes QuietGiverCheckedIn event) {
        var resident = em.find(Account.class, event.residentId());
        var staff = em.find(Account.class, event.staffId());
        var message = event.message().strip();
        var paragraphs = Arrays.stream(message.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty())
                .toList();
        var mail = templates.render("reciprocity/check-in", resident.getLanguage(), resident.getEmail(),
                Map.of("name", resident.getDisplayName(), "message", message, "paragraphs", paragraphs,
                        "staffName", staff.getDisplayName(), "portalUrl", settings.baseUrl()),
                staff.getDisplayName());
        outbox.queue(Envelope.of("reciprocity/check-in:" + city.currentQuarter().code() + ":account:" + event.residentId(),
                MailStream.NOTICE, event.residentId(), resident.getLanguage(), "reciprocity/check-in"), mail);
    }
}
