package org.civicportal.volunteer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicportal.account.entity.Account;
import org.civicportal.decision.entity.Decision;
import org.civicportal.platform.markdown.SafeMarkdown;
import org.civicportal.volunteer.control.VolunteerEvents.HoursRecorded;
import org.civicportal.volunteer.control.VolunteerEvents.SignupPromoted;
import org.civicportal.volunteer.control.VolunteerEvents.TaskChanged;
import org.civicportal.volunteer.control.VolunteerEvents.VolunteerThanked;
import org.civicportal.volunteer.entity.Attendance;
import org.civicportal.volunteer.entity.Places;
import org.civicportal.volunteer.entity.Signup;
import org.civicportal.volunteer.entity.SignupStatus;
import org.civicportal.volunteer.entity.Task;
import org.civicportal.volunteer.entity.TaskContent;

/**
 * The rules of volunteering. Every change to who holds a place happens under the task row's lock, and the
 * table's CHECK constraint refuses more confirmed volunteers than places, so capacity holds however many
 * residents click at once.
 */
@ApplicationScoped
public class VolunteerService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Object> events;

    @Inject
    TaskCatalog catalog;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    Clock clock = Clock.systemUTC();

    @Transactional
    public Task create(long decisionId, long officialId, TaskContent content) {
        catalog.forgetCounts(transactions);
        var task = new Task(em.find(Decision.class, decisionId), em.find(Account.class, officialId), clock.instant());
        task.describe(content, SafeMarkdown.toHtml(content.description()));
        em.persist(task);
        em.flush();
        events.fire(new VolunteerEvents.TaskCreated(task.getId(), decisionId, officialId, clock.instant()));
        return task;
    }

    /**
     * An official's edit. Capacity never drops below the volunteers already confirmed; a larger capacity
     * promotes the waitlist. Everyone taking part is told.
     */
    @Transactional
    public Task update(long taskId, int openedRevision, long officialId, TaskContent content) {
        catalog.forgetCounts(transactions);
        var task = lock(taskId);
        if (task.getRevision() != openedRevision) {
            throw new TaskConflict(taskId);
        }
        if (content.capacity() < task.getConfirmedCount()) {
            throw new CapacityBelowConfirmed(task.getConfirmedCount());
        }
        if (!content.startsAt().equals(task.getStartsAt())) {
            // A moved shift deserves its own reminder.
            em.createQuery("UPDATE Signup s SET s.reminderClaimedAt = NULL, s.reminderSentAt = NULL "
                    + "WHERE s.task.id = :task").setParameter("task", taskId).executeUpdate();
        }
        var before = task.described();
        task.describe(content, SafeMarkdown.toHtml(content.description()));
        promoteWaitlist(task);
        events.fire(new TaskChanged(taskId, false, clock.instant(), officialId,
                org.civicportal.platform.audit.Changed.between(before, task.described())));
        return task;
    }

    /** Cancels the shift; everyone signed up or waiting is told. */
    @Transactional
    public void cancel(long taskId, long officialId, String reason) {
        catalog.forgetCounts(transactions);
        var task = lock(taskId);
        if (task.isCancelled()) {
            return;
        }
        taking(taskId).forEach(Signup::cancel);
        task.cancel(reason);
        // After the change: the email, queued in this transaction, names the reason and the cancelled sign-ups.
        events.fire(new TaskChanged(taskId, true, clock.instant(), officialId,
                List.of(new org.civicportal.platform.audit.Changed("cancelReason", null, reason))));
    }

    /** Confirmed while places are left, waitlisted after; signing up twice changes nothing. */
    @Transactional
    public Optional<SignupStatus> signUp(long taskId, long accountId) {
        catalog.forgetCounts(transactions);
        var task = lock(taskId);
        var now = clock.instant();
        if (task.isCancelled() || task.hasStarted(now)) {
            return Optional.empty();
        }
        var existing = signupOf(taskId, accountId);
        if (existing.isPresent() && existing.get().getStatus().isActive()) {
            return Optional.of(existing.get().getStatus());
        }
        var status = Places.forNewSignup(task.getConfirmedCount(), task.getCapacity());
        if (status == SignupStatus.CONFIRMED) {
            task.takePlace();
        }
        if (existing.isPresent()) {
            existing.get().rejoin(status, now);
        } else {
            em.persist(new Signup(task, em.find(Account.class, accountId), status, now));
        }
        return Optional.of(status);
    }

    /** Gives the place back; the first on the waitlist takes it and is told. */
    @Transactional
    public boolean withdraw(long taskId, long accountId) {
        catalog.forgetCounts(transactions);
        var task = lock(taskId);
        var signup = signupOf(taskId, accountId).filter(s -> s.getStatus().isActive());
        if (signup.isEmpty() || task.hasStarted(clock.instant())) {
            return false;
        }
        boolean heldPlace = signup.get().getStatus() == SignupStatus.CONFIRMED;
        signup.get().withdraw();
        if (heldPlace) {
            task.freePlace();
            em.flush();
            promoteWaitlist(task);
        }
        return true;
    }

    private void promoteWaitlist(Task task) {
        var waiting = em.createQuery("SELECT s FROM Signup s WHERE s.task.id = :task AND s.status = :status "
                + "ORDER BY s.createdAt, s.id", Signup.class).setParameter("task", task.getId())
                .setParameter("status", SignupStatus.WAITLISTED).getResultList();
        int promotions = Places.promotions(task.getConfirmedCount(), task.getCapacity(), waiting.size());
        var now = clock.instant();
        for (var signup : waiting.subList(0, promotions)) {
            task.takePlace();
            signup.promote(now);
            events.fire(new SignupPromoted(signup.getId(), task.getId(), signup.getAccount().getId(), now));
        }
    }

    /**
     * Attendance and hours after the shift, by an official; may be corrected. HoursRecorded carries the hours
     * recorded now (not the change), so the ledger holds what is recorded however often it is corrected.
     */
    @Transactional
    public void record(long signupId, long officialId, Attendance attendance, BigDecimal hours) {
        var signup = em.find(Signup.class, signupId, LockModeType.PESSIMISTIC_WRITE);
        var before = signup.recorded();
        signup.record(attendance, hours, clock.instant(), officialId);
        var task = signup.getTask();
        var decision = task.getDecision();
        events.fire(new HoursRecorded(signupId, signup.getAccount().getId(), officialId, task.getId(),
                decision.getDistrict().getId(), decision.getTopic().getId(),
                signup.getHours() == null ? BigDecimal.ZERO : signup.getHours(), task.getStartsAt(),
                org.civicportal.platform.audit.Changed.between(before, signup.recorded())));
    }

    /** An official thanks a volunteer who came, once; false when already thanked (by anyone) or absent. */
    @Transactional
    public boolean thank(long signupId, long officialId, String message) {
        var signup = em.find(Signup.class, signupId, LockModeType.PESSIMISTIC_WRITE);
        var now = clock.instant();
        if (!signup.thank(message, now, officialId)) {
            return false;
        }
        var decision = signup.getTask().getDecision();
        events.fire(new VolunteerThanked(signupId, signup.getAccount().getId(), officialId, signup.getTask().getId(),
                decision.getDistrict().getId(), decision.getTopic().getId(), now));
        return true;
    }

    /** The volunteer's own choice: their thanks (and name) shown on the chain page, or not. */
    @Transactional
    public void setThanksPublic(long signupId, long accountId, boolean shown) {
        var signup = em.find(Signup.class, signupId);
        if (signup != null && signup.getAccount().getId() == accountId) {
            signup.setThanksPublic(shown);
        }
    }

    public Optional<Task> find(long taskId) {
        return em.createQuery("SELECT DISTINCT t FROM Task t JOIN FETCH t.decision d JOIN FETCH d.district "
                + "JOIN FETCH d.topic LEFT JOIN FETCH t.skills WHERE t.id = :id", Task.class).setParameter("id", taskId).getResultStream().findFirst();
    }

    public Optional<Signup> signupOf(long taskId, long accountId) {
        return em.createQuery("SELECT s FROM Signup s WHERE s.task.id = :task AND s.account.id = :account",
                Signup.class).setParameter("task", taskId).setParameter("account", accountId)
                .getResultStream().findFirst();
    }

    /** Position in the waitlist (1 = next to be promoted). */
    public long waitlistPosition(Signup signup) {
        return em.createQuery("SELECT COUNT(s) FROM Signup s WHERE s.task.id = :task AND s.status = :status "
                + "AND (s.createdAt < :at OR (s.createdAt = :at AND s.id <= :id))", Long.class)
                .setParameter("task", signup.getTask().getId()).setParameter("status", SignupStatus.WAITLISTED)
                .setParameter("at", signup.getCreatedAt()).setParameter("id", signup.getId()).getSingleResult();
    }

    /**
     * Everyone on the roster, confirmed first then the waitlist in order, with their accounts; an erased
     * volunteer's sign-up (no account, see VolunteerErasure) is listed too, so the list agrees with the counts.
     */
    public List<Signup> roster(long taskId) {
        return em.createQuery("SELECT s FROM Signup s LEFT JOIN FETCH s.account WHERE s.task.id = :task "
                + "ORDER BY CASE s.status WHEN :confirmed THEN 0 WHEN :waitlisted THEN 1 ELSE 2 END, s.createdAt, s.id",
                Signup.class).setParameter("task", taskId).setParameter("confirmed", SignupStatus.CONFIRMED)
                .setParameter("waitlisted", SignupStatus.WAITLISTED).getResultList();
    }

    /** Who to tell about a change: everyone confirmed or waiting. */
    public List<Signup> taking(long taskId) {
        return em.createQuery("SELECT s FROM Signup s JOIN FETCH s.account WHERE s.task.id = :task "
                + "AND s.status IN :statuses", Signup.class).setParameter("task", taskId)
                .setParameter("statuses", List.of(SignupStatus.CONFIRMED, SignupStatus.WAITLISTED)).getResultList();
    }

    /** A resident's sign-ups that still count, soonest shift first, with their task and its chain. */
    public List<Signup> ofVolunteer(long accountId) {
        return em.createQuery("SELECT s FROM Signup s JOIN FETCH s.task t JOIN FETCH t.decision "
                + "WHERE s.account.id = :account AND s.status <> :withdrawn ORDER BY t.startsAt DESC", Signup.class)
                .setParameter("account", accountId).setParameter("withdrawn", SignupStatus.WITHDRAWN).getResultList();
    }

    public Instant now() {
        return clock.instant();
    }

    private Task lock(long taskId) {
        return em.find(Task.class, taskId, LockModeType.PESSIMISTIC_WRITE);
    }
}
