package org.civicportal.decision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How a decision is carried out. Kept in the decision's row: one version guards both, so two officials
 * editing either part of a chain cannot overwrite each other.
 */
@Embeddable
public class Implementation {

    @Enumerated(EnumType.STRING)
    @Column(name = "impl_status", nullable = false, length = 16)
    private ImplementationStatus status = ImplementationStatus.PLANNED;

    @Column(nullable = false)
    private int progress;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Column(precision = 14, scale = 2)
    private BigDecimal budget;

    @Column(name = "milestone_notified", nullable = false)
    private int milestoneNotified;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    /** Who marked it delivered (an account id): the acting official of the ledger's DELIVERY rows. */
    @Column(name = "delivered_by")
    private Long deliveredBy;

    void set(ImplementationStatus status, int progress, LocalDate startDate, LocalDate targetDate, BigDecimal budget) {
        this.status = status;
        this.progress = progress;
        this.startDate = startDate;
        this.targetDate = targetDate;
        this.budget = budget;
    }

    void setProgress(int progress) {
        this.progress = progress;
    }

    /** The milestone (25, 50, 75, 100) just passed and not yet announced, if any; it is then marked announced. */
    public java.util.OptionalInt claimMilestone() {
        int reached = Milestones.reached(progress);
        if (reached <= milestoneNotified) {
            return java.util.OptionalInt.empty();
        }
        milestoneNotified = reached;
        return java.util.OptionalInt.of(reached);
    }

    /** True only the first time the implementation is DONE: deliveries are recorded once. */
    public boolean claimDelivery(Instant now, long officialId) {
        if (status != ImplementationStatus.DONE || deliveredAt != null) {
            return false;
        }
        deliveredAt = now;
        deliveredBy = officialId;
        return true;
    }

    public ImplementationStatus getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public Long getDeliveredBy() {
        return deliveredBy;
    }
}
