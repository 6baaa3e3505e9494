package org.civicportal.update.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.civicportal.update.control.Audience;

/**
 * One month's update: its introduction in both languages, its items in order, its audience, and the state of
 * its sending. Staff edit it concurrently, so it carries a version; every change to its items touches it too,
 * so one version guards the whole update. The sending columns (cursor, counts, times) belong to UpdateDelivery,
 * which writes them with SQL.
 */
@Entity
@Table(name = "monthly_update")
public class MonthlyUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** 'yyyy-mm' */
    @Column(nullable = false, length = 7, updatable = false)
    private String month;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private UpdateState state = UpdateState.DRAFT;

    @Column(name = "intro_en", nullable = false, columnDefinition = "TEXT")
    private String introEn = "";

    @Column(name = "intro_es", nullable = false, columnDefinition = "TEXT")
    private String introEs = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Audience.Kind audience = Audience.Kind.ALL;

    @Column(name = "audience_id")
    private Long audienceId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at", insertable = false, updatable = false)
    private Instant finishedAt;

    @Column(name = "send_started_at", insertable = false, updatable = false)
    private Instant sendStartedAt;

    @Version
    private int version;

    @OneToMany(mappedBy = "update", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<MonthlyUpdateItem> items = new ArrayList<>();

    protected MonthlyUpdate() {
    }

    public MonthlyUpdate(String month, long createdBy, Instant at) {
        this.month = month;
        this.createdBy = createdBy;
        this.createdAt = at;
        this.updatedAt = at;
    }

    public boolean isDraft() {
        return state == UpdateState.DRAFT;
    }

    /** A change by staff: bumps the version even when only items changed. */
    public void touch(Instant at) {
        updatedAt = at;
    }

    public void introduce(String en, String es) {
        introEn = en == null ? "" : en;
        introEs = es == null ? "" : es;
    }

    public void address(Audience to) {
        audience = to.kind();
        audienceId = to.id();
    }

    public Audience audience() {
        return new Audience(audience, audienceId);
    }

    /** Appends an item at the end. */
    public MonthlyUpdateItem add(MonthlyUpdateItem item) {
        item.attach(this, items.size());
        items.add(item);
        return item;
    }

    /** Moves an item one place up (-1) or down (+1); at either end nothing moves. */
    public boolean move(long itemId, int by) {
        int from = indexOf(itemId);
        int to = from + by;
        if (from < 0 || to < 0 || to >= items.size()) {
            return false;
        }
        var moving = items.remove(from);
        items.add(to, moving);
        renumber();
        return true;
    }

    public boolean drop(long itemId) {
        int at = indexOf(itemId);
        if (at < 0) {
            return false;
        }
        items.remove(at);
        renumber();
        return true;
    }

    private int indexOf(long itemId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).getId() != null && items.get(i).getId() == itemId) {
                return i;
            }
        }
        return -1;
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).placeAt(i);
        }
    }

    public Long getId() {
        return id;
    }

    public String getMonth() {
        return month;
    }

    public UpdateState getState() {
        return state;
    }

    public String getIntroEn() {
        return introEn;
    }

    public String getIntroEs() {
        return introEs;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** When the last recipient's message was sent: the public page's date. */
    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getSendStartedAt() {
        return sendStartedAt;
    }

    public int getVersion() {
        return version;
    }

    public List<MonthlyUpdateItem> getItems() {
        return items;
    }
}
