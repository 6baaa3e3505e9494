package org.civicportal.forum.control;

import java.time.Instant;
import java.util.List;

/**
 * What the rest of the portal learns about forums, fired inside the transaction that made it happen (the
 * reciprocity ledger observes attendance and written answers in that same transaction; the page cache empties
 * after any of them commits, so forum pages show the change at once).
 */
public final class ForumEvents {

    private ForumEvents() {
    }

    /**
     * Staff (staffId) scheduled a quarter's forum or changed it (time, place, link, minutes); changes are the
     * fields changed (every field when it was just scheduled).
     */
    public record ForumScheduled(long eventId, int quarter, Instant at, long staffId,
            java.util.List<org.civicportal.platform.audit.Changed> changes) {
    }

    /**
     * Staff moved a forum whose attendance may already be recorded: startsAt is its new time, attendees those
     * recorded so far (the ledger's attendance rows follow the forum's time).
     */
    public record ForumRescheduled(long eventId, Instant startsAt, List<Attendee> attendees) {
    }

    /** One recorded attendance: the resident, the staff member who recorded it, the resident's district then. */
    public record Attendee(long accountId, long recordedBy, long districtId) {
    }

    /** A resident said they are going, or not going. */
    public record RsvpChanged(long eventId, long accountId, boolean going, Instant at) {
    }

    /**
     * A resident took part in a forum: staff recorded their attendance. districtId is the resident's home
     * district (Citywide without one); startsAt is when the forum was held.
     */
    public record AttendanceRecorded(long eventId, long accountId, long officialId, long districtId,
            Instant startsAt) {
    }

    /** Staff (staffId) took back an attendance recorded by mistake. */
    public record AttendanceRemoved(long eventId, long accountId, Instant at, long staffId) {
    }

    /**
     * A resident's written participation is public: written for the first time, or restored by staff.
     * writtenAt is when it was first written (its time in the ledger).
     */
    public record AnswerPublished(long answerId, long accountId, long districtId, Instant writtenAt) {
    }

    /** Its author changed a written participation (still public). */
    public record AnswerEdited(long answerId, Instant at) {
    }

    /** A written participation left the public page: hidden by staff, or by the third resident's report. */
    public record AnswerHidden(long answerId, Instant at) {
    }

    /** Staff (staffId) hid a written participation with a reason, or restored it (hidden false, reason null). */
    public record AnswerModerated(long answerId, long staffId, boolean hidden, String reason) {
    }
}
