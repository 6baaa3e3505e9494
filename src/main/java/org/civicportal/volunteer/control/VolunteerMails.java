package org.civicportal.volunteer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.civicportal.account.entity.Account;
import org.civicportal.platform.config.PortalSettings;
import org.civicportal.platform.mail.MailTemplates;
import org.civicportal.platform.mail.OutgoingMail;
import org.civicportal.platform.outbox.Envelope;
import org.civicportal.platform.outbox.MailStream;
import org.civicportal.platform.outbox.Outbox;
import org.civicportal.volunteer.control.VolunteerEvents.SignupPromoted;
import org.civicportal.volunteer.control.VolunteerEvents.TaskChanged;
import org.civicportal.volunteer.control.VolunteerEvents.VolunteerThanked;
import org.civicportal.volunteer.entity.Signup;
import org.civicportal.volunteer.entity.SignupStatus;
import org.civicportal.volunteer.entity.Task;

/**
 * Tells volunteers, each in their language: a place freed up for them, their shift changed or was
 * cancelled, the city thanked them, and (for the reminders) that their shift is tomorrow. Queued in the outbox
 * (NOTICE) inside the transaction that caused them; a promotion, a change and a thank-you carry the moment they
 * happened in their key (the event's time), so a second change is told again and one change never twice.
 */
@ApplicationScoped
public class VolunteerMails {

    @PersistenceContext
    EntityManager em;

    @Inject
    VolunteerService volunteers;

    @Inject
    MailTemplates templates;

    @Inject
    Outbox outbox;

    @Inject
    PortalSettings settings;

    void promoted(@Observes SignupPromoted event) {
        var signup = signup(event.signupId());
        queue("volunteer/promoted", "signup:" + event.signupId() + ":at:" + micros(event.at()), signup.getAccount(),
                mail("volunteer/promoted", signup.getTask(), signup.getAccount(), Map.of()));
    }

    void changed(@Observes TaskChanged event) {
        var task = volunteers.find(event.taskId()).orElseThrow();
        var people = event.cancelled()
                ? em.createQuery("SELECT s FROM Signup s JOIN FETCH s.account WHERE s.task.id = :task "
                        + "AND s.status = :cancelled", Signup.class).setParameter("task", event.taskId())
                        .setParameter("cancelled", SignupStatus.CANCELLED).getResultList()
                : volunteers.taking(event.taskId());
        var values = new HashMap<String, Object>();
        if (event.cancelled()) {
            values.put("cancelled", true);
            values.put("reason", task.getCancelReason());
        }
        for (var s : people) {
            queue("volunteer/changed", event.taskId() + ":at:" + micros(event.at()), s.getAccount(),
                    mail("volunteer/changed", task, s.getAccount(), values));
        }
    }

    void thanked(@Observes VolunteerThanked event) {
        var signup = signup(event.signupId());
        queue("volunteer/thanked", "signup:" + event.signupId() + ":at:" + micros(event.at()), signup.getAccount(),
                mail("volunteer/thanked", signup.getTask(), signup.getAccount(),
                        Map.of("thanks", signup.getThanks(), "myLink", settings.baseUrl() + "/me/volunteering")));
    }

    /** Queues the reminder of a shift tomorrow: one per sign-up, whichever node or round finds it due. */
    void queueReminder(Signup signup) {
        outbox.queue(Envelope.of("reminder:signup:" + signup.getId() + ":starts:"
                + signup.getTask().getStartsAt().getEpochSecond(), MailStream.NOTICE, signup.getAccount().getId(),
                signup.getAccount().getLanguage(), "volunteer/reminder"), reminder(signup));
    }

    private void queue(String template, String occurrence, Account person, OutgoingMail mail) {
        outbox.queue(Envelope.of(template + ":" + occurrence + ":account:" + person.getId(), MailStream.NOTICE,
                person.getId(), person.getLanguage(), template), mail);
    }

    private static String micros(Instant at) {
        return at.getEpochSecond() + "." + at.getNano() / 1000;
    }

    /** The reminder of a shift tomorrow. */
    OutgoingMail reminder(Signup signup) {
        return mail("volunteer/reminder", signup.getTask(), signup.getAccount(),
                Map.of("calendar", settings.baseUrl() + "/tasks/" + signup.getTask().getId() + ".ics"));
    }

    private OutgoingMail mail(String template, Task task, Account person, Map<String, ?> extra) {
        var values = new HashMap<String, Object>(extra);
        var zone = ZoneId.systemDefault();
        var locale = person.getLanguage().locale();
        values.put("name", person.getDisplayName());
        values.put("task", task.getTitle());
        values.put("place", task.getPlace());
        values.put("when", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(task.getStartsAt()));
        values.put("until", DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone)
                .format(task.getEndsAt()));
        values.put("contact", task.getContact());
        values.put("link", settings.baseUrl() + "/tasks/" + task.getId());
        values.put("portalUrl", settings.baseUrl());
        return templates.render(template, person.getLanguage(), person.getEmail(), values, task.getTitle());
    }

    private Signup signup(long id) {
        return em.createQuery("SELECT s FROM Signup s JOIN FETCH s.account JOIN FETCH s.task WHERE s.id = :id",
                Signup.class).setParameter("id", id).getSingleResult();
    }
}
