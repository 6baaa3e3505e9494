package org.civicportal.volunteer.control;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the rest of the portal learns about volunteering, fired inside the transaction that made it happen
 * (the reciprocity ledger observes HoursRecorded and VolunteerThanked in that same transaction).
 */
public final class VolunteerEvents {

    private VolunteerEvents() {
    }

    /** What a volunteer's hours and their thanks are about, in the ledger: {@code signup:311}. */
    public static String sourceKey(long signupId) {
        return "signup:" + signupId;
    }

    /**
     * An official (officialId) recorded or corrected what a resident gave to carrying out a decision. hours is
     * what is recorded now, absolute (zero for a no-show or hours taken back), never a difference; at is the
     * shift's start, when the hours were given. District and topic are the decision's; changes hold the
     * attendance and hours before and after (what the audit log records of a correction).
     */
    public record HoursRecorded(long signupId, long accountId, long officialId, long taskId, long districtId,
            long topicId, BigDecimal hours, Instant at, java.util.List<org.civicportal.platform.audit.Changed> changes) {

        public String sourceKey() {
            return VolunteerEvents.sourceKey(signupId);
        }
    }

    /** The city (officialId) thanked a volunteer: recognition given back. District and topic are the decision's. */
    public record VolunteerThanked(long signupId, long accountId, long officialId, long taskId, long districtId,
            long topicId, Instant at) {

        public String sourceKey() {
            return VolunteerEvents.sourceKey(signupId);
        }
    }

    /** A place freed and the first on the waitlist took it. */
    public record SignupPromoted(long signupId, long taskId, long accountId, Instant at) {
    }

    /**
     * An official (officialId) changed or cancelled a task; the people taking part are told. changes are the
     * fields changed (for a cancellation, its reason).
     */
    public record TaskChanged(long taskId, boolean cancelled, Instant at, long officialId,
            java.util.List<org.civicportal.platform.audit.Changed> changes) {
    }

    /** An official (officialId) created a task for decision decisionId's implementation. */
    public record TaskCreated(long taskId, long decisionId, long officialId, Instant at) {
    }
}
