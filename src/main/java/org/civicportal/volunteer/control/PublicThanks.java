package org.civicportal.volunteer.control;

import java.io.Serializable;
import java.time.Instant;

/** Thanks a volunteer agreed to show in public, with their display name. */
public record PublicThanks(String volunteer, String task, String message, Instant at) implements Serializable {
}
