package org.civicportal.forum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    MailTemplates templates;

    @Inject
    PortalSettings settings;

    @Inject
    CityTime city;

    @Inject
    Outbox outbox;

    /**
     * Queues the reminder of one RSVP, the event and the account loaded by the caller (once per batch); the
     * forum's start is in the key, so a moved forum reminds again.
     */
    void queueReminder(ForumEvent event, Account person) {
        outbox.queue(Envelope.of("reminder:forum:" + event.getId() + ":account:" + person.getId() + ":starts:"
                + event.getStartsAt().getEpochSecond(), MailStream.NOTICE, person.getId(), person.getLanguage(),
                "forum/reminder"), reminder(event, person));
    }

    OutgoingMail reminder(ForumEvent event, Account person) {
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
