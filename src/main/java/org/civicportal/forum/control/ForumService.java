package org.civicportal.forum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicportal.forum.control.ForumEvents.AnswerEdited;
import org.civicportal.forum.control.ForumEvents.AnswerHidden;
import org.civicportal.forum.control.ForumEvents.AnswerPublished;
import org.civicportal.forum.control.ForumEvents.AttendanceRecorded;
import org.civicportal.forum.control.ForumEvents.AttendanceRemoved;
import org.civicportal.forum.control.ForumEvents.Attendee;
import org.civicportal.forum.control.ForumEvents.ForumRescheduled;
import org.civicportal.forum.control.ForumEvents.ForumScheduled;
import org.civicportal.forum.control.ForumEvents.RsvpChanged;
import org.civicportal.forum.entity.ForumEvent;
import org.civicportal.input.entity.ReportReason;
import org.civicportal.platform.markdown.SafeMarkdown;
import org.civicportal.platform.persistence.UtcInstantConverter;
import org.civicportal.platform.time.Quarter;

/**
 * The rules of the quarterly forum: one event per quarter, RSVPs until it starts, attendance once it has
 * started, one written participation per resident per quarter, moderated like inputs. Every change fires
 * its {@link ForumEvents} record in its transaction.
 */
@ApplicationScoped
public class ForumService {

    /** Reports from this many different residents hide a written participation until staff review it. */
    public static final int REPORTS_TO_HIDE = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Object> events;

    Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant();
    }

    public Optional<ForumEvent> event(Quarter quarter) {
        return em.createQuery("SELECT e FROM ForumEvent e WHERE e.quarter = :q", ForumEvent.class)
                .setParameter("q", quarter.code()).getResultList().stream().findFirst();
    }

    public Optional<ForumEvent> find(long eventId) {
        return Optional.ofNullable(em.find(ForumEvent.class, eventId));
    }

    /**
     * Schedules the quarter's forum, or changes it (openedRevision is the revision the editor opened; -1 for a
     * new one). A moved forum gets its reminder again.
     */
    @Transactional
    public ForumEvent schedule(Quarter quarter, int openedRevision, long staffId, EventContent content) {
        var now = clock.instant();
        boolean created = false;
        if (openedRevision < 0) {
            // Race-safe first scheduling: two staff (or a double click) insert at once; the unique quarter lets one
            // in and gives the others the row's exclusive lock (a locking read of the missing row then INSERT would
            // deadlock). A duplicate bumps the revision, so it counts 2: a competing edit, rolled back below.
            created = em.createNativeQuery("INSERT INTO forum_event (quarter, starts_at, place, online_link, "
                    + "created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                    + "ON DUPLICATE KEY UPDATE revision = revision + 1").setParameter(1, quarter.code())
                    .setParameter(2, UtcInstantConverter.utc(content.startsAt()))
                    .setParameter(3, blankToNull(content.place())).setParameter(4, blankToNull(content.onlineLink()))
                    .setParameter(5, staffId).setParameter(6, UtcInstantConverter.utc(now)).executeUpdate() == 1;
            if (!created) {
                throw new ForumConflict(-1);
            }
        }
        var existing = em.createQuery("SELECT e FROM ForumEvent e WHERE e.quarter = :q", ForumEvent.class)
                .setParameter("q", quarter.code()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (existing.isEmpty()) {
            throw new ForumConflict(-1);
        }
        var event = existing.get(0);
        if (!created && event.getRevision() != openedRevision) {
            throw new ForumConflict(event.getId());
        }
        boolean moved = !created && !event.getStartsAt().equals(content.startsAt());
        if (moved) {
            em.createNativeQuery("UPDATE forum_rsvp SET reminder_claimed_at = NULL, reminder_sent_at = NULL "
                    + "WHERE event_id = ?1").setParameter(1, event.getId()).executeUpdate();
        }
        var minutes = content.minutes() == null || content.minutes().isBlank() ? null : content.minutes().strip();
        var before = created ? java.util.Map.<String, String>of() : event.described();
        event.describe(content.startsAt(), blankToNull(content.place()), blankToNull(content.onlineLink()), minutes,
                minutes == null ? null : SafeMarkdown.toHtml(minutes));
        em.flush();
        if (moved) {
            events.fire(new ForumRescheduled(event.getId(), content.startsAt(), attendance(event.getId())));
        }
        events.fire(new ForumScheduled(event.getId(), quarter.code(), now, staffId,
                org.civicportal.platform.audit.Changed.between(before, event.described())));
        return event;
    }

    /** Who was recorded as attending the event: what the ledger holds for it. */
    private List<Attendee> attendance(long eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT account_id, recorded_by, district_id FROM forum_attendance "
                + "WHERE event_id = ?1").setParameter(1, eventId).getResultList();
        return rows.stream().map(r -> new Attendee(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue())).toList();
    }

    /** Going or not going, changed at will until the forum starts; false once it has started. */
    @Transactional
    public boolean rsvp(long eventId, long accountId, boolean going) {
        var event = em.find(ForumEvent.class, eventId);
        var now = clock.instant();
        if (event == null || event.hasStarted(now)) {
            return false;
        }
        em.createNativeQuery("INSERT INTO forum_rsvp (event_id, account_id, going, answered_at) VALUES (?1, ?2, ?3, ?4) "
                + "ON DUPLICATE KEY UPDATE going = VALUES(going), answered_at = VALUES(answered_at)")
                .setParameter(1, eventId).setParameter(2, accountId).setParameter(3, going)
                .setParameter(4, UtcInstantConverter.utc(now)).executeUpdate();
        events.fire(new RsvpChanged(eventId, accountId, going, now));
        return true;
    }

    /**
     * Staff record that a resident took part (once the forum has started); recording twice changes nothing.
     * False when the forum has not started yet or the account is no resident.
     */
    @Transactional
    public boolean recordAttendance(long eventId, long accountId, long staffId) {
        var event = em.find(ForumEvent.class, eventId);
        var now = clock.instant();
        if (event == null || !event.hasStarted(now) || !isResident(accountId)) {
            return false;
        }
        long district = homeDistrict(accountId);
        int added = em.createNativeQuery("INSERT IGNORE INTO forum_attendance (event_id, account_id, district_id, "
                + "recorded_by, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, eventId)
                .setParameter(2, accountId).setParameter(3, district).setParameter(4, staffId)
                .setParameter(5, UtcInstantConverter.utc(now)).executeUpdate();
        if (added == 1) {
            events.fire(new AttendanceRecorded(eventId, accountId, staffId, district, event.getStartsAt()));
        }
        return true;
    }

    @Transactional
    public void removeAttendance(long eventId, long accountId, long staffId) {
        int removed = em.createNativeQuery("DELETE FROM forum_attendance WHERE event_id = ?1 AND account_id = ?2")
                .setParameter(1, eventId).setParameter(2, accountId).executeUpdate();
        if (removed == 1) {
            events.fire(new AttendanceRemoved(eventId, accountId, clock.instant(), staffId));
        }
    }

    /**
     * Writes or changes the resident's participation for the quarter (one per resident per quarter); a hidden
     * one stays hidden until staff restore it. Returns its id.
     */
    @Transactional
    public long write(Quarter quarter, long accountId, WrittenAnswer answer) {
        var now = clock.instant();
        long district = homeDistrict(accountId);
        // Race-safe: first writes at once (a double click) all insert; the unique (quarter, account) keeps one and
        // the others change it, each taking the row's exclusive lock at once (a locking read of the missing row then
        // INSERT deadlocks, and so does INSERT IGNORE then a locking read: shared locks upgraded). The version
        // always changes on a duplicate, so the count is 1 for a new row and 2 for a changed one.
        int added = em.createNativeQuery("INSERT INTO forum_answer (quarter, account_id, district_id, "
                + "unreturned, unreciprocated, rebalance, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) "
                + "ON DUPLICATE KEY UPDATE unreturned = VALUES(unreturned), unreciprocated = VALUES(unreciprocated), "
                + "rebalance = VALUES(rebalance), updated_at = VALUES(updated_at), version = version + 1")
                .setParameter(1, quarter.code()).setParameter(2, accountId).setParameter(3, district)
                .setParameter(4, answer.unreturned()).setParameter(5, answer.unreciprocated())
                .setParameter(6, answer.rebalance()).setParameter(7, UtcInstantConverter.utc(now)).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT id FROM forum_answer WHERE quarter = ?1 AND account_id = ?2")
                .setParameter(1, quarter.code()).setParameter(2, accountId).getSingleResult()).longValue();
        if (added == 1) {
            events.fire(new AnswerPublished(id, accountId, district, now));
        } else {
            events.fire(new AnswerEdited(id, now));
        }
        return id;
    }

    /**
     * One report per resident; never one's own; the third different resident's report hides it pending review.
     * False when nothing was added (already reported, hidden, one's own, or no such answer in that quarter).
     */
    @Transactional
    public boolean report(Quarter quarter, long answerId, long accountId, ReportReason reason) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT account_id, hidden FROM forum_answer WHERE id = ?1 "
                + "AND quarter = ?2 FOR UPDATE").setParameter(1, answerId).setParameter(2, quarter.code())
                .getResultList();
        if (rows.isEmpty() || ((Number) rows.get(0)[0]).longValue() == accountId || isTrue(rows.get(0)[1])) {
            return false;
        }
        var now = clock.instant();
        int added = em.createNativeQuery("INSERT IGNORE INTO forum_answer_report (answer_id, account_id, reason, "
                + "created_at) VALUES (?1, ?2, ?3, ?4)").setParameter(1, answerId).setParameter(2, accountId)
                .setParameter(3, reason.name()).setParameter(4, UtcInstantConverter.utc(now)).executeUpdate();
        if (added == 1) {
            // MariaDB assigns left to right, so "hidden" sees the new count.
            em.createNativeQuery("UPDATE forum_answer SET report_count = report_count + 1, "
                    + "hidden = hidden OR report_count >= ?2 WHERE id = ?1")
                    .setParameter(1, answerId).setParameter(2, REPORTS_TO_HIDE).executeUpdate();
            if (isHidden(answerId)) {
                events.fire(new AnswerHidden(answerId, now));
            }
        }
        return added == 1;
    }

    /** Staff take it off the public page, with a reason kept for the moderators. */
    @Transactional
    public void hide(long answerId, long staffId, String reason) {
        var hidden = isHidden(answerId);
        em.createNativeQuery("UPDATE forum_answer SET hidden = TRUE, hidden_reason = ?2 WHERE id = ?1")
                .setParameter(1, answerId).setParameter(2, reason).executeUpdate();
        if (!hidden) {
            events.fire(new AnswerHidden(answerId, clock.instant()));
        }
        events.fire(new ForumEvents.AnswerModerated(answerId, staffId, true, reason));
    }

    /** Back in public; its reports are settled. */
    @Transactional
    public void restore(long answerId, long staffId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT account_id, district_id, created_at, hidden FROM forum_answer "
                + "WHERE id = ?1 FOR UPDATE").setParameter(1, answerId).getResultList();
        if (rows.isEmpty()) {
            return;
        }
        var row = rows.get(0);
        em.createNativeQuery("UPDATE forum_answer SET hidden = FALSE, hidden_reason = NULL, report_count = 0 WHERE id = ?1")
                .setParameter(1, answerId).executeUpdate();
        em.createNativeQuery("DELETE FROM forum_answer_report WHERE answer_id = ?1").setParameter(1, answerId)
                .executeUpdate();
        if (isTrue(row[3])) {
            events.fire(new AnswerPublished(answerId, ((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                    UtcInstantConverter.fromColumn(row[2])));
        } else {
            events.fire(new AnswerEdited(answerId, clock.instant()));
        }
        events.fire(new ForumEvents.AnswerModerated(answerId, staffId, false, null));
    }

    /** The resident's home district, else Citywide: where their forum participation counts. */
    private long homeDistrict(long accountId) {
        return ((Number) em.createNativeQuery("SELECT COALESCE(a.district_id, (SELECT d.id FROM district d "
                + "WHERE d.code = 'citywide')) FROM account a WHERE a.id = ?1").setParameter(1, accountId)
                .getSingleResult()).longValue();
    }

    private boolean isResident(long accountId) {
        return !em.createNativeQuery("SELECT 1 FROM account_role WHERE account_id = ?1 AND role = 'RESIDENT'")
                .setParameter(1, accountId).getResultList().isEmpty();
    }

    private boolean isHidden(long answerId) {
        var rows = em.createNativeQuery("SELECT hidden FROM forum_answer WHERE id = ?1").setParameter(1, answerId)
                .getResultList();
        return !rows.isEmpty() && isTrue(rows.get(0));
    }

    private static boolean isTrue(Object column) {
        return column instanceof Boolean b ? b : column instanceof Number n && n.intValue() != 0;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
