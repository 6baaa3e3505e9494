package org.civicportal.decision.control;

import java.io.Serializable;
import java.time.Instant;

/**
 * A credited input as a chain shows it: the input, its author's display name (null for a former resident) and how it changed the
 * decision. A hidden input's title is not shown (moderators are reviewing it).
 */
public record CreditView(long decisionId, long inputId, String title, String author, String how, Instant creditedAt,
        Instant submittedAt, Instant answeredAt, boolean hidden, Long authorId) implements Serializable {
}
