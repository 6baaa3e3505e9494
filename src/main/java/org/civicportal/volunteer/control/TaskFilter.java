package org.civicportal.volunteer.control;

import java.time.Instant;
import org.civicportal.volunteer.entity.Skill;

/** The filters of /tasks; null means any. from is the earliest start shown. */
public record TaskFilter(Long districtId, Skill skill, Instant from, boolean placesLeft) {
}
