package org.civicportal.decision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civicportal.account.entity.Account;
import org.civicportal.platform.reference.entity.District;
import org.civicportal.platform.reference.entity.Topic;

/** What the city decided, by whom, when and why, with how it is being carried out. */
@Entity
@Table(name = "decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 160)
    private String title;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(nullable = false)
    private String rationale;

    @Column(name = "rationale_html", nullable = false)
    private String rationaleHtml;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(nullable = false, length = 120)
    private String department;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id")
    private Topic topic;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id")
    private District district;

    @Embedded
    private Implementation implementation = new Implementation();

    @Column(name = "credit_count", nullable = false)
    private int creditCount;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(nullable = false)
    private int revision;

    @Version
    private int version;

    protected Decision() {
    }

    public Decision(Account createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Replaces what officials edit; the caller records the differences from {@link #snapshot()}. */
    public void apply(DecisionContent content, String rationaleHtml, Topic topic, District district, Instant now) {
        var before = id == null ? null : snapshot();
        title = content.title().strip();
        summary = content.summary().strip();
        rationale = content.rationale();
        this.rationaleHtml = rationaleHtml;
        decidedOn = content.decidedOn();
        department = content.department().strip();
        this.topic = topic;
        this.district = district;
        implementation.set(content.status(), content.progress(), content.startDate(), content.targetDate(),
                content.budget());
        // Saving without a change leaves the row (and its version) as it was.
        if (before == null || !before.equals(snapshot())) {
            updatedAt = now;
        }
    }

    public void reportProgress(int progress, Instant now) {
        implementation.setProgress(progress);
        updatedAt = now;
    }

    /** The next revision number, for the version history. */
    public int nextRevision() {
        return ++revision;
    }

    public void credited() {
        creditCount++;
    }

    /** Every public field as text, for the version history (topic and district by their codes). */
    public Map<String, String> snapshot() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("title", title);
        fields.put("summary", summary);
        fields.put("rationale", rationale);
        fields.put("decidedOn", text(decidedOn));
        fields.put("department", department);
        fields.put("topic", topic == null ? null : topic.getCode());
        fields.put("district", district == null ? null : district.getCode());
        fields.put("status", implementation.getStatus().name());
        fields.put("progress", String.valueOf(implementation.getProgress()));
        fields.put("startDate", text(implementation.getStartDate()));
        fields.put("targetDate", text(implementation.getTargetDate()));
        fields.put("budget", implementation.getBudget() == null ? null : implementation.getBudget().setScale(2).toPlainString());
        return fields;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getRationale() {
        return rationale;
    }

    public String getRationaleHtml() {
        return rationaleHtml;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDepartment() {
        return department;
    }

    public Topic getTopic() {
        return topic;
    }

    public District getDistrict() {
        return district;
    }

    public Implementation getImplementation() {
        return implementation;
    }

    public int getCreditCount() {
        return creditCount;
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
