package org.civicportal.decision.control;

import java.io.Serializable;
import org.civicportal.decision.entity.ImplementationStatus;

/** A chain an input belongs to, as the input's page lists it. */
public record InputChain(long decisionId, String title, String how, ImplementationStatus status, int progress)
        implements Serializable {
}
