package org.civicportal.decision.control;

/** An input to credit and the sentence saying how it changed the decision. */
public record NewCredit(long inputId, String how) {
}
