package org.civicportal.input.entity;

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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.civicportal.account.entity.Account;
import org.civicportal.platform.reference.entity.District;
import org.civicportal.platform.reference.entity.Topic;

/** A resident's priority or idea. The body is Markdown; bodyHtml is its sanitised rendering. */
@Entity
@Table(name = "input")
public class Input {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id")
    private Topic topic;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id")
    private District district;

    @Column(length = 200)
    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InputStatus status = InputStatus.SUBMITTED;

    @Column(nullable = false)
    private boolean awaiting = true;

    @Column(name = "support_count", nullable = false)
    private int supportCount;

    @Column(name = "report_count", nullable = false)
    private int reportCount;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "hidden_reason", length = 300)
    private String hiddenReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "answered_by")
    private Account answeredBy;

    @Column
    private String answer;

    @Version
    private int version;

    protected Input() {
    }

    public Input(Account author, String title, String body, String bodyHtml, Topic topic, District district,
            String place, Instant createdAt) {
        this.author = author;
        this.title = title.strip();
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.topic = topic;
        this.district = district;
        this.place = place == null || place.isBlank() ? null : place.strip();
        this.createdAt = createdAt;
    }

    /** Moves to the next status; false (and no change) when the lifecycle does not allow it. */
    public boolean moveTo(InputStatus next) {
        if (!status.canMoveTo(next)) {
            return false;
        }
        status = next;
        awaiting = next.awaitsAnswer();
        return true;
    }

    public boolean answer(InputStatus outcome, String text, Account official, Instant when) {
        if (!moveTo(outcome)) {
            return false;
        }
        answer = text.strip();
        answeredBy = official;
        answeredAt = when;
        return true;
    }

    /**
     * A decision credited this input. An input credited while still waiting gets the credit as its answer:
     * being shaped into a decision is the fullest answer there is. False when it cannot be credited.
     */
    public boolean incorporate(String how, Account official, Instant when) {
        if (status == InputStatus.INCORPORATED) {
            return true;
        }
        if (!moveTo(InputStatus.INCORPORATED)) {
            return false;
        }
        if (answer == null) {
            answer = how.strip();
            answeredBy = official;
            answeredAt = when;
        }
        return true;
    }

    public void hide(String reason) {
        hidden = true;
        hiddenReason = reason;
    }

    public void restore() {
        hidden = false;
        hiddenReason = null;
        reportCount = 0;
    }

    /** Days it waited for its answer, or has waited so far. */
    public long daysWaiting(Instant now) {
        return Duration.between(createdAt, answeredAt == null ? now : answeredAt).toDays();
    }

    public Long getId() {
        return id;
    }

    /** Null once the author erased their account: the input stays, as a former resident's. */
    public Account getAuthor() {
        return author;
    }

    /** The author's account id; null for a former resident's input. */
    public Long authorId() {
        return author == null ? null : author.getId();
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Topic getTopic() {
        return topic;
    }

    public District getDistrict() {
        return district;
    }

    public String getPlace() {
        return place;
    }

    public InputStatus getStatus() {
        return status;
    }

    public int getSupportCount() {
        return supportCount;
    }

    public int getReportCount() {
        return reportCount;
    }

    public boolean isHidden() {
        return hidden;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Account getAnsweredBy() {
        return answeredBy;
    }

    public String getAnswer() {
        return answer;
    }
}
