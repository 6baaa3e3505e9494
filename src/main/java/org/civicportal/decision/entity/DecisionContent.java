package org.civicportal.decision.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Everything an official writes about a decision and its implementation, in one save. */
public record DecisionContent(String title, String summary, String rationale, LocalDate decidedOn,
        String department, long topicId, long districtId, ImplementationStatus status, int progress,
        LocalDate startDate, LocalDate targetDate, BigDecimal budget) {
}
