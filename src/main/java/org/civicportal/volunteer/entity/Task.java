package org.civicportal.volunteer.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.civicportal.account.entity.Account;
import org.civicportal.decision.entity.Decision;

/** A shift of volunteer work that helps carry out a decision. */
@Entity
@Table(name = "task")
public class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id")
    private Decision decision;

    @Column(nullable = false, length = 160)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(name = "description_html", nullable = false)
    private String descriptionHtml;

    @Column(nullable = false, length = 200)
    private String place;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "confirmed_count", nullable = false)
    private int confirmedCount;

    @Column(nullable = false, length = 200)
    private String contact;

    @Column(nullable = false)
    private boolean cancelled;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "task_skill", joinColumns = @JoinColumn(name = "task_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "skill", length = 24)
    private Set<Skill> skills = new HashSet<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Counts officials' edits; sign-ups change confirmedCount under the row lock without touching it. */
    @Column(nullable = false)
    private int revision;

    protected Task() {
    }

    public Task(Decision decision, Account createdBy, Instant createdAt) {
        this.decision = decision;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void describe(TaskContent content, String descriptionHtml) {
        revision++;
        title = content.title().strip();
        description = content.description();
        this.descriptionHtml = descriptionHtml;
        place = content.place().strip();
        startsAt = content.startsAt();
        endsAt = content.endsAt();
        capacity = content.capacity();
        contact = content.contact().strip();
        skills.clear();
        skills.addAll(content.skills().isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(content.skills()));
    }

    public void cancel(String reason) {
        cancelled = true;
        cancelReason = reason.strip();
        confirmedCount = 0;
    }

    /** Takes a place; false (and no change) when none is left. */
    public boolean takePlace() {
        if (confirmedCount >= capacity) {
            return false;
        }
        confirmedCount++;
        return true;
    }

    public void freePlace() {
        confirmedCount--;
    }

    public int placesLeft() {
        return Math.max(0, capacity - confirmedCount);
    }

    public boolean hasStarted(Instant now) {
        return !startsAt.isAfter(now);
    }

    /** The default hours recorded for someone who attended: the shift's length. */
    public java.math.BigDecimal shiftHours() {
        return java.math.BigDecimal.valueOf(Duration.between(startsAt, endsAt).toMinutes())
                .divide(java.math.BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getDescriptionHtml() {
        return descriptionHtml;
    }

    public String getPlace() {
        return place;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getConfirmedCount() {
        return confirmedCount;
    }

    public int getPlacesLeft() {
        return placesLeft();
    }

    public String getContact() {
        return contact;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Set<Skill> getSkills() {
        return skills;
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public int getRevision() {
        return revision;
    }

    /** What an official sets of a task, as text: what the audit log compares before and after an edit. */
    public java.util.Map<String, String> described() {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("title", title);
        fields.put("description", description);
        fields.put("place", place);
        fields.put("startsAt", String.valueOf(startsAt));
        fields.put("endsAt", String.valueOf(endsAt));
        fields.put("capacity", String.valueOf(capacity));
        fields.put("contact", contact);
        fields.put("skills", getSkills().stream().map(Enum::name).sorted().toList().toString());
        return fields;
    }
}
