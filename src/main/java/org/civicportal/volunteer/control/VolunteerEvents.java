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

    /**
     * A resident gave hours to carrying out a decision. hours is the change: the hours recorded, or the
     * difference when an official corrects a record (negative when corrected down).
     */
    public record HoursRecorded(long signupId, long accountId, long taskId, long districtId, long topicId,
            BigDecimal hours, Instant at) {
    }

    /** The city thanked a volunteer: recognition given back. */
    public record VolunteerThanked(long signupId, long accountId, long taskId, long districtId, long topicId,
            Instant at) {
    }

    /** A place freed and the first on the waitlist took it. */
    public record SignupPromoted(long signupId, long taskId, long accountId, Instant at) {
    }

    /** An official changed or cancelled a task; the people taking part are told. */
    public record TaskChanged(long taskId, boolean cancelled, Instant at) {
    }
}
