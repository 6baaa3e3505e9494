package org.civicportal.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicportal.platform.persistence.BoundedCount;
import org.civicportal.platform.persistence.UtcInstantConverter;

/**
 * What /admin/outbox reads, and its one command (retry a failed message). Rows are listed newest first and
 * read on by id (keyset, never OFFSET): with a state, along ix_outbox_list (state, id); without, along the
 * primary key. Template and recipient filters look through a window of the {@value #WINDOW} newest rows after
 * the cursor, so a page costs the same however many rows the outbox holds; reading on continues past the window.
 */
@ApplicationScoped
public class OutboxCatalog {

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<Object> events;

    public static final List<String> STATES = List.of("PENDING", "RETRYING", "FAILED", "HELD", "SENT", "CANCELLED");
    static final int WINDOW = 2000;

    /** One message as staff see it (no bodies). */
    public record Row(long id, String key, String stream, String recipient, String template, String state,
            int attempts, Instant nextAttemptAt, String lastAnswer, Instant createdAt, Instant sentAt) {

        public boolean isFailed() {
            return "FAILED".equals(state);
        }
    }

    /** A page of rows and the id to read on before, or null at the end. */
    public record Page(List<Row> rows, Long before) {
    }

    /** A suppressed address: since when and the answer that caused it. */
    public record Suppressed(String email, String reason, Instant since) {
    }

    @PersistenceContext
    EntityManager em;

    /**
     * @param state one of {@link #STATES} or null for all
     * @param template exact template (e.g. "input/answered") or null
     * @param contains part of the recipient's address or null
     * @param before read rows with a smaller id, or null from the newest
     */
    public Page list(String state, String template, String contains, Long before, int size) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (state != null) {
            params.add(state);
            where.add("state = ?" + params.size());
        }
        if (before != null) {
            params.add(before);
            where.add("id < ?" + params.size());
        }
        var range = (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY id DESC";
        var columns = "id, message_key, stream, recipient, template, state, attempts, next_attempt_at, last_answer, "
                + "created_at, sent_at";
        boolean filtered = template != null || contains != null;
        String sql;
        if (!filtered) {
            sql = "SELECT " + columns + " FROM outbox_message" + range + " LIMIT " + (size + 1);
        } else {
            var match = new ArrayList<String>();
            var outer = new ArrayList<>(params);
            if (template != null) {
                outer.add(template);
                match.add("w.template = ?" + outer.size());
            }
            if (contains != null) {
                outer.add(like(contains));
                match.add("w.recipient LIKE ?" + outer.size());
            }
            sql = "SELECT w.* FROM (SELECT " + columns + " FROM outbox_message" + range + " LIMIT " + WINDOW + ") w "
                    + "WHERE " + String.join(" AND ", match) + " ORDER BY w.id DESC LIMIT " + (size + 1);
            params = outer;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = bind(em.createNativeQuery(sql), params).getResultList();
        var rows = found.stream().map(OutboxCatalog::row).toList();
        if (rows.size() > size) {
            return new Page(rows.subList(0, size), rows.get(size - 1).id());
        }
        if (filtered) {
            // Fewer matches than a page: read on after the window, if the window was full.
            var windowParams = new ArrayList<>(params.subList(0, (state != null ? 1 : 0) + (before != null ? 1 : 0)));
            Object[] window = (Object[]) bind(em.createNativeQuery("SELECT MIN(id), COUNT(*) FROM (SELECT id FROM "
                    + "outbox_message" + range + " LIMIT " + WINDOW + ") w"), windowParams).getSingleResult();
            if (((Number) window[1]).intValue() >= WINDOW) {
                return new Page(rows, ((Number) window[0]).longValue());
            }
        }
        return new Page(rows, null);
    }

    /** How many rows each state holds, counted no further than {@link BoundedCount#LIMIT}. */
    public Map<String, BoundedCount> counts() {
        var counts = new LinkedHashMap<String, BoundedCount>();
        for (var state : STATES) {
            counts.put(state, BoundedCount.of(((Number) em.createNativeQuery(BoundedCount.sql(
                    "SELECT 1 FROM outbox_message WHERE state = ?1")).setParameter(1, state).getSingleResult())
                    .longValue()));
        }
        return counts;
    }

    /** A page of suppressed addresses and where the next one starts (the last row shown), or null at the end. */
    public record SuppressedPage(List<Suppressed> rows, Suppressed after) {
    }

    /**
     * Suppressed addresses, newest first, read on by keyset (suppressed_at, email) along ix_mail_suppression_at
     * (whose entries carry the primary key, the email). With {@code contains}, as for the messages, the
     * {@value #WINDOW} rows after the cursor are looked through at a time, so a page costs the same however many
     * addresses are suppressed.
     *
     * @param after the last row of the page before, or null from the newest
     */
    public SuppressedPage suppressed(String contains, Suppressed after, int size) {
        var params = new ArrayList<Object>();
        var range = "";
        if (after != null) {
            params.add(UtcInstantConverter.utc(after.since()));
            params.add(after.email());
            range = " WHERE suppressed_at <= ?1 AND (suppressed_at < ?1 OR email < ?2)";
        }
        var order = " ORDER BY suppressed_at DESC, email DESC";
        var inner = "SELECT email, reason, suppressed_at FROM mail_suppression" + range + order;
        String sql;
        if (contains == null) {
            sql = inner + " LIMIT " + (size + 1);
        } else {
            params.add(like(contains));
            sql = "SELECT w.* FROM (" + inner + " LIMIT " + WINDOW + ") w WHERE w.email LIKE ?" + params.size()
                    + " ORDER BY w.suppressed_at DESC, w.email DESC LIMIT " + (size + 1);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = bind(em.createNativeQuery(sql), params).getResultList();
        var rows = found.stream().map(OutboxCatalog::suppressed).toList();
        if (rows.size() > size) {
            return new SuppressedPage(rows.subList(0, size), rows.get(size - 1));
        }
        if (contains != null) {
            // Fewer matches than a page: read on after the window, if it was full (its last row is there).
            @SuppressWarnings("unchecked")
            List<Object[]> last = bind(em.createNativeQuery(inner + " LIMIT 1 OFFSET " + (WINDOW - 1)),
                    params.subList(0, after == null ? 0 : 2)).getResultList();
            if (!last.isEmpty()) {
                return new SuppressedPage(rows, suppressed(last.get(0)));
            }
        }
        return new SuppressedPage(rows, null);
    }

    public BoundedCount suppressedCount() {
        return BoundedCount.of(((Number) em.createNativeQuery(BoundedCount.sql("SELECT 1 FROM mail_suppression"))
                .getSingleResult()).longValue());
    }

    /** Whether the address is suppressed (a retried NOTICE or BULK message to it would fail again). */
    public boolean isSuppressed(String email) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM mail_suppression WHERE email = ?1")
                .setParameter(1, email).getSingleResult()).longValue() > 0;
    }

    /** What became of a retry. */
    public enum Retry {
        /** Back in the queue from its first attempt. */
        QUEUED,
        /** Its campaign is paused: it waits HELD with the rest and leaves when the campaign is resumed. */
        HELD,
        /** Its campaign was cancelled: it stays FAILED. */
        CANCELLED,
        /** It is not (or no longer) FAILED: nothing changed. */
        NOT_FAILED
    }

    /**
     * A failed message is tried again from its first attempt — unless its campaign is paused (it has HELD rows:
     * the message joins them) or cancelled (it has CANCELLED rows: refused), so a retry never sends what staff
     * stopped. The row is locked first, so a pause or cancel committing meanwhile is seen or waits.
     */
    @Transactional
    public Retry retry(long id, long staffId) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("SELECT state, campaign FROM outbox_message WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList();
        if (found.isEmpty() || !"FAILED".equals(found.get(0)[0])) {
            return Retry.NOT_FAILED;
        }
        var campaign = (String) found.get(0)[1];
        var to = Retry.QUEUED;
        if (campaign != null) {
            if (campaignHas(campaign, "CANCELLED")) {
                return Retry.CANCELLED;
            }
            if (campaignHas(campaign, "HELD")) {
                to = Retry.HELD;
            }
        }
        em.createNativeQuery("UPDATE outbox_message SET state = ?2, attempts = 0, next_attempt_at = UTC_TIMESTAMP(6), "
                + "claimed_by = NULL, lease_until = NULL WHERE id = ?1 AND state = 'FAILED'").setParameter(1, id)
                .setParameter(2, to == Retry.HELD ? "HELD" : "PENDING").executeUpdate();
        events.fire(new OutboxEvents.MessageRetried(id, staffId, to == Retry.HELD ? "HELD" : "PENDING"));
        return to;
    }

    /** Along ix_outbox_campaign (campaign, state): one index entry read at most. */
    private boolean campaignHas(String campaign, String state) {
        return !em.createNativeQuery("SELECT 1 FROM outbox_message WHERE campaign = ?1 AND state = ?2 LIMIT 1")
                .setParameter(1, campaign).setParameter(2, state).getResultList().isEmpty();
    }

    public Row find(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, message_key, stream, recipient, template, state, "
                + "attempts, next_attempt_at, last_answer, created_at, sent_at FROM outbox_message WHERE id = ?1")
                .setParameter(1, id).getResultList();
        return rows.isEmpty() ? null : row(rows.get(0));
    }

    private static Query bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    /** LIKE's pattern for "contains", its wildcards escaped. */
    private static String like(String contains) {
        return "%" + contains.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static Suppressed suppressed(Object[] r) {
        return new Suppressed((String) r[0], (String) r[1], UtcInstantConverter.fromColumn(r[2]));
    }

    private static Row row(Object[] r) {
        return new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], ((Number) r[6]).intValue(), UtcInstantConverter.fromColumn(r[7]), (String) r[8],
                UtcInstantConverter.fromColumn(r[9]), UtcInstantConverter.fromColumn(r[10]));
    }
}
