package org.civicportal.volunteer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicportal.account.entity.Account;
import org.civicportal.platform.config.PortalSettings;
import org.civicportal.platform.mail.MailSender;
import org.civicportal.platform.mail.MailTemplates;
import org.civicportal.platform.mail.OutgoingMail;
import org.civicportal.volunteer.control.VolunteerEvents.SignupPromoted;
import org.civicportal.volunteer.control.VolunteerEvents.TaskChanged;
import org.civicportal.volunteer.control.VolunteerEvents.VolunteerThanked;
import org.civicportal.volunteer.entity.Signup;
import org.civicportal.volunteer.entity.SignupStatus;
import org.civicportal.volunteer.entity.Task;

/**
 * Tells volunteers, each in their language: a place freed up for them, their shift changed or was
 * cancelled, the city thanked them, and (for {@link ReminderJob}) that their shift is tomorrow.
 * Prepared after commit, sent in the background.
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
    MailSender sender;

    @Inject
    PortalSettings settings;

    void promoted(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignupPromoted event) {
        var signup = signup(event.signupId());
        sender.sendLater(List.of(mail("volunteer/promoted", signup.getTask(), signup.getAccount(), Map.of())),
                "the promotion of sign-up " + event.signupId());
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TaskChanged event) {
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
        sender.sendLater(people.stream().map(s -> mail("volunteer/changed", task, s.getAccount(), values)).toList(),
                (event.cancelled() ? "the cancellation of task " : "the change of task ") + event.taskId());
    }

    void thanked(@Observes(during = TransactionPhase.AFTER_SUCCESS) VolunteerThanked event) {
        var signup = signup(event.signupId());
        sender.sendLater(List.of(mail("volunteer/thanked", signup.getTask(), signup.getAccount(),
                Map.of("thanks", signup.getThanks(), "myLink", settings.baseUrl() + "/me/volunteering"))),
                "the thanks of sign-up " + event.signupId());
    }

    /** The reminder of a shift tomorrow, for {@link ReminderJob}. */
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
