package org.civicportal.decision.control;

import java.io.Serializable;
import java.time.Instant;

/**
 * One moment of a chain's single history. The subject is what the page names: an input's title, a status
 * code, the start of an update's text. Date-only moments (the day of the decision) show no time.
 */
public record ChainEvent(Instant at, Kind kind, String subject, Long inputId, boolean dateOnly)
        implements Serializable {

    public enum Kind {
        SUBMITTED, ANSWERED, DECIDED, CREDITED, STATUS, UPDATE,
        /** Another feature's moment ({@link ChainStory}); the subject is its whole sentence. */
        CONTRIBUTED
    }
}
