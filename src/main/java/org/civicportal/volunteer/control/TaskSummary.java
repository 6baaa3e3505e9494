package org.civicportal.volunteer.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.civicportal.volunteer.entity.Skill;

/** One row of a task list, read in a single query with its chain, district and skills. */
public record TaskSummary(long id, String title, String place, Instant startsAt, Instant endsAt, int capacity,
        int confirmed, boolean cancelled, long decisionId, String decisionTitle, String district, List<Skill> skills)
        implements Serializable {

    /** The shift is over: places no longer matter. */
    public boolean over() {
        return endsAt.isBefore(Instant.now());
    }

    /** The shift has started: sign-ups are closed, so places left (or a waitlist) are no longer on offer. */
    public boolean started() {
        return !startsAt.isAfter(Instant.now());
    }

    public int placesLeft() {
        return Math.max(0, capacity - confirmed);
    }
}
