package org.civicportal.forum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import org.civicportal.account.entity.Account;
import org.civicportal.forum.entity.ForumEvent;
import org.civicportal.platform.config.PortalSettings;
import org.civicportal.platform.mail.MailTemplates;
import org.civicportal.platform.mail.OutgoingMail;
import org.civicportal.platform.outbox.Envelope;
import org.civicportal.platform.outbox.MailStream;
import org.civicportal.platform.outbox.Outbox;
import org.civicportal.platform.time.CityTime;
import org.civicportal.platform.time.Quarter;

/**
 * The forum's emails, each in the resident's language: the reminder the day before (for {@link ForumReminderJob}),
 * queued in the outbox (NOTICE).
 */
@ApplicationScoped
public class ForumMails {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailTemplates templates;

    @Inject
    PortalSettings settings;

    @Inject
    CityTime city;

    @Inject
    Outbox outbox;

    /** Queues the reminder of one RSVP; the forum's start is in the key, so a moved forum reminds again. */
    void queueReminder(long eventId, long accountId) {
        var mail = reminder(eventId, accountId);
        var event = em.find(ForumEvent.class, eventId);
        var person = em.find(Account.class, accountId);
        outbox.queue(Envelope.of("reminder:forum:" + eventId + ":account:" + accountId + ":starts:"
                + event.getStartsAt().getEpochSecond(), MailStream.NOTICE, accountId, person.getLanguage(),
                "forum/reminder"), mail);
    }

    OutgoingMail reminder(long eventId, long accountId) {
        var event = em.find(ForumEvent.class, eventId);
        var person = em.find(Account.class, accountId);
        var quarter = Quarter.ofCode(event.getQuarter());
        var locale = person.getLanguage().locale();
        var values = new HashMap<String, Object>();
        values.put("name", person.getDisplayName());
        values.put("quarter", quarter.toString());
        values.put("when", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                .withZone(city.zone()).format(event.getStartsAt()));
        if (event.getPlace() != null) {
            values.put("place", event.getPlace());
        }
        if (event.getOnlineLink() != null) {
            values.put("online", event.getOnlineLink());
        }
        values.put("link", settings.baseUrl() + "/forums/" + quarter);
        values.put("portalUrl", settings.baseUrl());
        return templates.render("forum/reminder", person.getLanguage(), person.getEmail(), values, quarter.toString());
    }
}
