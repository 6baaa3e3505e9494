package org.civicportal.decision.control;

import org.civicportal.decision.entity.ImplementationStatus;

/** The filters of /chains and /api/v1/decisions; null means any. */
public record DecisionFilter(Long districtId, Long topicId, ImplementationStatus status) {
}
