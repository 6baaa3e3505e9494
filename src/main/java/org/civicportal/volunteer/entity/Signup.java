package org.civicportal.volunteer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.civicportal.account.entity.Account;

/** A resident's place (or place in line) on a task, and afterwards their attendance, hours and thanks. */
@Entity
@Table(name = "signup")
public class Signup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    private Task task;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SignupStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "promoted_at")
    private Instant promotedAt;

    @Column(name = "reminder_claimed_at")
    private Instant reminderClaimedAt;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Attendance attendance;

    @Column(precision = 5, scale = 2)
    private BigDecimal hours;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(length = 500)
    private String thanks;

    @Column(name = "thanks_public", nullable = false)
    private boolean thanksPublic;

    @Column(name = "thanked_at")
    private Instant thankedAt;

    /** The officials who recorded the hours and who thanked (account ids): recorded, never shown publicly. */
    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "thanked_by")
    private Long thankedBy;

    protected Signup() {
    }

    public Signup(Task task, Account account, SignupStatus status, Instant createdAt) {
        this.task = task;
        this.account = account;
        this.status = status;
        this.createdAt = createdAt;
    }

    /** Signing up again after withdrawing: back in line from now. */
    public void rejoin(SignupStatus status, Instant now) {
        this.status = status;
        this.createdAt = now;
        this.promotedAt = null;
        this.reminderClaimedAt = null;
        this.reminderSentAt = null;
    }

    public void withdraw() {
        status = SignupStatus.WITHDRAWN;
    }

    public void promote(Instant now) {
        status = SignupStatus.CONFIRMED;
        promotedAt = now;
    }

    public void cancel() {
        status = SignupStatus.CANCELLED;
    }

    public void record(Attendance attendance, BigDecimal hours, Instant now, long officialId) {
        this.attendance = attendance;
        this.hours = attendance == Attendance.ATTENDED ? hours : null;
        this.recordedAt = now;
        this.recordedBy = officialId;
    }

    /** Thanks once, for someone who came; false (and no change) otherwise. */
    public boolean thank(String message, Instant now, long officialId) {
        if (thankedAt != null || attendance != Attendance.ATTENDED) {
            return false;
        }
        thanks = message.strip();
        thankedAt = now;
        thankedBy = officialId;
        return true;
    }

    public void setThanksPublic(boolean thanksPublic) {
        this.thanksPublic = thanksPublic;
    }

    public Long getId() {
        return id;
    }

    public Task getTask() {
        return task;
    }

    public Account getAccount() {
        return account;
    }

    public SignupStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPromotedAt() {
        return promotedAt;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public BigDecimal getHours() {
        return hours;
    }

    /** What an official recorded after the shift, as text (hours without trailing zeros): what a correction changes. */
    public java.util.Map<String, String> recorded() {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("attendance", attendance == null ? null : attendance.name());
        fields.put("hours", hours == null ? null : hours.stripTrailingZeros().toPlainString());
        return fields;
    }

    public String getThanks() {
        return thanks;
    }

    public boolean isThanksPublic() {
        return thanksPublic;
    }

    public Instant getThankedAt() {
        return thankedAt;
    }

    public Instant getReminderSentAt() {
        return reminderSentAt;
    }
}
