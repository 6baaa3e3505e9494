package org.civicportal.input.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of an input's public status history. */
@Entity
@Table(name = "input_status_change")
public class InputStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "input_id", nullable = false)
    private Long inputId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InputStatus status;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by")
    private Long changedBy;

    protected InputStatusChange() {
    }

    public InputStatusChange(Long inputId, InputStatus status, Instant changedAt, Long changedBy) {
        this.inputId = inputId;
        this.status = status;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public InputStatus getStatus() {
        return status;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
