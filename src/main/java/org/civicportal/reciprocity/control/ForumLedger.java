package org.civicportal.reciprocity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Set;
import org.civicportal.forum.control.ForumEvents.AnswerHidden;
import org.civicportal.forum.control.ForumEvents.AnswerPublished;
import org.civicportal.forum.control.ForumEvents.AttendanceRecorded;
import org.civicportal.forum.control.ForumEvents.AttendanceRemoved;
import org.civicportal.forum.control.ForumEvents.ForumRescheduled;
import org.civicportal.reciprocity.entity.LedgerKind;

/**
 * FORUM_PARTICIPATION: a resident attended a quarter's forum (source key forum-attendance:{eventId}:{accountId},
 * at the forum's start, recorded by the staff member), or wrote a published participation (forum-answer:{id},
 * when first written; hiding it removes the row, restoring it brings it back). District: the resident's home
 * district when it was recorded (else Citywide), kept on the forum's own rows so a rebuild finds the same;
 * no topic.
 */
@ApplicationScoped
public class ForumLedger implements LedgerSource {

    @Inject
    LedgerWriter writer;

    void attended(@Observes AttendanceRecorded event) {
        writer.record(new LedgerEntry(LedgerKind.FORUM_PARTICIPATION, attendanceKey(event.eventId(), event.accountId()),
                event.accountId(), event.officialId(), BigDecimal.ONE, event.districtId(), null, event.startsAt(), null));
    }

    /** A moved forum: its attendance rows take the forum's new time (and quarter), as expectedRows() derives. */
    void rescheduled(@Observes ForumRescheduled event) {
        for (var attendee : event.attendees()) {
            writer.record(new LedgerEntry(LedgerKind.FORUM_PARTICIPATION, attendanceKey(event.eventId(),
                    attendee.accountId()), attendee.accountId(), attendee.recordedBy(), BigDecimal.ONE,
                    attendee.districtId(), null, event.startsAt(), null));
        }
    }

    void attendanceRemoved(@Observes AttendanceRemoved event) {
        writer.remove(LedgerKind.FORUM_PARTICIPATION, attendanceKey(event.eventId(), event.accountId()));
    }

    void published(@Observes AnswerPublished event) {
        writer.record(new LedgerEntry(LedgerKind.FORUM_PARTICIPATION, answerKey(event.answerId()), event.accountId(),
                null, BigDecimal.ONE, event.districtId(), null, event.writtenAt(), null));
    }

    void hidden(@Observes AnswerHidden event) {
        writer.remove(LedgerKind.FORUM_PARTICIPATION, answerKey(event.answerId()));
    }

    /**
     * The source key of an attendance whose account was erased (SQL over forum_attendance fa): the row's own id
     * stands in for the account's, which is gone (ReciprocityErasure rewrites the ledger row to it).
     */
    static final String ANONYMOUS_ATTENDANCE_KEY = "CONCAT('forum-attendance:', fa.event_id, ':erased-', fa.id)";

    static String attendanceKey(long eventId, long accountId) {
        return "forum-attendance:" + eventId + ":" + accountId;
    }

    static String answerKey(long answerId) {
        return "forum-answer:" + answerId;
    }

    @Override
    public Set<LedgerKind> kinds() {
        return Set.of(LedgerKind.FORUM_PARTICIPATION);
    }

    @Override
    public String expectedRows() {
        return "SELECT 'FORUM_PARTICIPATION' AS kind, COALESCE(CONCAT('forum-attendance:', fa.event_id, ':', "
                + "fa.account_id), " + ANONYMOUS_ATTENDANCE_KEY + ") AS source_key, fa.account_id AS resident_id, fa.recorded_by AS official_id, 1.00 AS amount, "
                + "fa.district_id AS district_id, NULL AS topic_id, e.starts_at AS happened_at, NULL AS waited_seconds "
                + "FROM forum_attendance fa JOIN forum_event e ON e.id = fa.event_id "
                + "UNION ALL SELECT 'FORUM_PARTICIPATION', CONCAT('forum-answer:', w.id), w.account_id, NULL, 1.00, "
                + "w.district_id, NULL, w.created_at, NULL FROM forum_answer w WHERE w.hidden = FALSE";
    }
}
