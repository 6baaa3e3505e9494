package org.civicportal.decision.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One revision of a decision as the public history shows it: who, when, and each field old → new. */
public record VersionView(int revision, String by, Instant at, List<Change> changes) implements Serializable {

    /** A field's change with values already made readable (names instead of codes, statuses translated). */
    public record Change(String field, String oldValue, String newValue) implements Serializable {
    }
}
