package org.civicportal.forum.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.civicportal.platform.time.Quarter;

/**
 * A rebalancing commitment made at a quarter's forum: a small, concrete exchange with an owner (a department
 * or role) and a due quarter. Open until done or dropped with a public reason; there is no way to delete one,
 * so an overdue commitment stays on every later quarter page (CommitmentCatalog).
 */
@Entity
@Table(name = "commitment")
public class Commitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 500)
    private String text;

    @Column(nullable = false, length = 120)
    private String owner;

    @Column(name = "made_quarter", nullable = false)
    private int madeQuarter;

    @Column(name = "due_quarter", nullable = false)
    private int dueQuarter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CommitmentStatus status = CommitmentStatus.OPEN;

    @Column(length = 1000)
    private String outcome;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Two staff members editing one commitment: the second is told, with the text kept. */
    @Version
    private int version;

    protected Commitment() {
    }

    public Commitment(String text, String owner, Quarter made, Quarter due, long staffId, Instant now) {
        this.text = text;
        this.owner = owner;
        this.madeQuarter = made.code();
        this.dueQuarter = due.code();
        this.createdBy = staffId;
        this.createdAt = now;
        this.updatedBy = staffId;
        this.updatedAt = now;
    }

    /** The text, owner and due quarter, and what became of it (the caller checked the rules). */
    public void change(String text, String owner, Quarter due, CommitmentStatus status, String outcome, long staffId,
            Instant now) {
        this.text = text;
        this.owner = owner;
        this.dueQuarter = due.code();
        this.status = status;
        this.outcome = outcome;
        this.updatedBy = staffId;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public String getOwner() {
        return owner;
    }

    public Quarter getMade() {
        return Quarter.ofCode(madeQuarter);
    }

    public Quarter getDue() {
        return Quarter.ofCode(dueQuarter);
    }

    public CommitmentStatus getStatus() {
        return status;
    }

    public String getOutcome() {
        return outcome;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
