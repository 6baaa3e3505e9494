package org.civicportal.volunteer.control;

import java.io.Serializable;
import java.math.BigDecimal;

/** What residents gave to one chain: how many volunteered, and their hours. */
public record VolunteerSummary(long residents, BigDecimal hours) implements Serializable {
}
