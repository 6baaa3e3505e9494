package org.civicportal.forum.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A quarter's forum: when, where and/or online, and its minutes once held. */
@Entity
@Table(name = "forum_event")
public class ForumEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** 20264 for 2026-Q4, as the ledger writes quarters. */
    @Column(nullable = false)
    private int quarter;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(length = 200)
    private String place;

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Column(columnDefinition = "TEXT")
    private String minutes;

    @Column(name = "minutes_html", columnDefinition = "MEDIUMTEXT")
    private String minutesHtml;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Bumped by each staff edit (not by RSVPs), so an editor detects a competing edit only. */
    @Column(nullable = false)
    private int revision;

    protected ForumEvent() {
    }

    public ForumEvent(int quarter, long createdBy, Instant createdAt) {
        this.quarter = quarter;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** What staff typed; the minutes' HTML is the sanitised rendering of their Markdown. */
    public void describe(Instant startsAt, String place, String onlineLink, String minutes, String minutesHtml) {
        this.startsAt = startsAt;
        this.place = place;
        this.onlineLink = onlineLink;
        this.minutes = minutes;
        this.minutesHtml = minutesHtml;
        this.revision++;
    }

    public boolean hasStarted(Instant now) {
        return !startsAt.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public int getQuarter() {
        return quarter;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public String getMinutes() {
        return minutes;
    }

    public String getMinutesHtml() {
        return minutesHtml;
    }

    public int getRevision() {
        return revision;
    }

    /** What staff set of a forum, as text: what the audit log compares before and after a change. */
    public java.util.Map<String, String> described() {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("startsAt", String.valueOf(startsAt));
        fields.put("place", place);
        fields.put("onlineLink", onlineLink);
        fields.put("minutes", minutes);
        return fields;
    }
}
