package org.civicportal.update.entity;

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

/**
 * One item of an update. A drafted item keeps a snapshot of what it tells (title, text, link and its figures as
 * JSON, read by {@code update/control/UpdateRendering}) so the sent update never changes when its sources do later.
 */
@Entity
@Table(name = "monthly_update_item")
public class MonthlyUpdateItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "update_id", nullable = false, updatable = false)
    private MonthlyUpdate update;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private ItemKind kind;

    @Column(name = "source_id", updatable = false)
    private Long sourceId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(length = 500)
    private String link;

    @Column(columnDefinition = "TEXT")
    private String facts;

    protected MonthlyUpdateItem() {
    }

    /**
     * @param link a path of the portal ("/decisions/7") for drafted items, an absolute http(s) link for custom ones
     * @param facts JSON, or null
     */
    public MonthlyUpdateItem(ItemKind kind, Long sourceId, String title, String body, String link, String facts) {
        this.kind = kind;
        this.sourceId = sourceId;
        this.title = title.length() > 200 ? title.substring(0, 199) + "…" : title;
        this.body = body == null ? "" : body;
        this.link = link;
        this.facts = facts;
    }

    void attach(MonthlyUpdate owner, int at) {
        this.update = owner;
        this.position = at;
    }

    void placeAt(int at) {
        this.position = at;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public ItemKind getKind() {
        return kind;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public String getFacts() {
        return facts;
    }
}
