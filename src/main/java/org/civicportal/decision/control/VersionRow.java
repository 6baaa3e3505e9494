package org.civicportal.decision.control;

import java.time.Instant;

/** One changed field of one revision, with the official who changed it by name, as the public history reads it. */
public record VersionRow(int revision, String changedBy, Instant changedAt, String field, String oldValue,
        String newValue) {
}
