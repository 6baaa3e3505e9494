package org.civicportal.decision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.civicportal.account.entity.Account;
import org.civicportal.platform.audit.Changed;

/** One field changed in one revision of a decision: who, when, old → new. The history is public. */
@Entity
@Table(name = "decision_version")
public class DecisionVersion {

    /** The field name of the row written when a decision is first published. */
    public static final String CREATED = "created";

    /** The field name of the row written when an input is credited; the new value is the input's id. */
    public static final String CREDIT = "credit";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "decision_id", nullable = false)
    private Long decisionId;

    @Column(nullable = false)
    private int revision;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "changed_by")
    private Account changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false, length = 32)
    private String field;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    protected DecisionVersion() {
    }

    public DecisionVersion(long decisionId, int revision, Account changedBy, Instant changedAt, Changed change) {
        this.decisionId = decisionId;
        this.revision = revision;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.field = change.field();
        this.oldValue = change.before();
        this.newValue = change.after();
    }

    public int getRevision() {
        return revision;
    }

    public Account getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
