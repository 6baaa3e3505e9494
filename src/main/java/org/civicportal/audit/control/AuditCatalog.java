package org.civicportal.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.civicportal.platform.persistence.BoundedCount;
import org.civicportal.platform.persistence.UtcInstantConverter;
import org.civicportal.platform.time.CityTime;

/**
 * What /admin/audit reads: entries newest first, read on by id (keyset: no OFFSET), narrowed by the filter
 * along its index (V19), counted no further than {@link BoundedCount#LIMIT}. The actor's name and email come
 * from the account if it still exists. The CSV export streams the same rows in chunks of the same query.
 */
@ApplicationScoped
public class AuditCatalog {

    /** The actions staff can filter by, as the observers write them. */
    public static final List<String> ACTIONS = List.of("input.answer", "input.decline", "input.hide",
            "input.restore", "decision.publish", "decision.edit", "decision.credit", "implementation.update",
            "task.create", "task.edit", "task.cancel", "volunteer.hours", "volunteer.thanks", "forum.schedule",
            "forum.attendance", "forum.attendance.remove", "forum.answer.hide", "forum.answer.restore",
            "commitment.make", "commitment.change", "role.grant", "role.revoke", "update.send", "update.pause",
            "update.resume", "update.cancel", "outbox.retry", "vitality.invite", "vitality.checkin",
            "twofactor.reset", "privacy.export", "privacy.erase");

    /** What an entry can be about. */
    public static final List<String> TARGETS = List.of("input", "decision", "task", "signup", "forum",
            "forum_answer", "commitment", "account", "update", "outbox_message");

    /** One entry as shown; actorName and actorEmail are null for an account that no longer exists. */
    public record Entry(long id, Instant at, Long actorId, String actorName, String actorEmail, String actorRoles,
            String action, String targetType, Long targetId, String details, String clientAddress) {
    }

    /** A page of entries and the id to read on from (null at the end). */
    public record Page(List<Entry> rows, Long before) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CityTime cityTime;

    public Page list(AuditFilter filter, Long before, int size) {
        var rows = read(filter, before, size + 1);
        var more = rows.size() > size;
        var shown = more ? rows.subList(0, size) : rows;
        return new Page(List.copyOf(shown), more ? shown.get(shown.size() - 1).id() : null);
    }

    /** Every entry of the filter, newest first, chunk by chunk (the export never holds the whole log). */
    public void each(AuditFilter filter, int chunk, Consumer<Entry> sink) {
        Long before = null;
        while (true) {
            var rows = read(filter, before, chunk);
            rows.forEach(sink);
            if (rows.size() < chunk) {
                return;
            }
            before = rows.get(rows.size() - 1).id();
        }
    }

    public BoundedCount count(AuditFilter filter) {
        var where = where(filter, null);
        if (where == null) {
            return BoundedCount.of(0);
        }
        var query = em.createNativeQuery(BoundedCount.sql("SELECT e.id FROM audit_entry e WHERE " + where.sql()));
        return BoundedCount.of(((Number) bind(query, where.params()).getSingleResult()).longValue());
    }

    private List<Entry> read(AuditFilter filter, Long before, int limit) {
        var where = where(filter, before);
        if (where == null) {
            return List.of();
        }
        var query = em.createNativeQuery("SELECT e.id, e.at, e.actor_account_id, a.display_name, a.email, "
                + "e.actor_roles, e.action, e.target_type, e.target_id, e.details, e.client_address "
                + "FROM audit_entry e LEFT JOIN account a ON a.id = e.actor_account_id WHERE " + where.sql()
                + " ORDER BY e.id DESC LIMIT " + limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(query, where.params()).getResultList();
        return rows.stream().map(AuditCatalog::entry).toList();
    }

    private record Where(String sql, List<Object> params) {
    }

    /** The conditions of a filter, all parameters; null when nothing can match (an email nobody holds). */
    private Where where(AuditFilter filter, Long before) {
        var sql = new StringBuilder("1 = 1");
        var params = new ArrayList<Object>();
        if (filter.actorEmail() != null) {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("SELECT id FROM account WHERE email = ?1")
                    .setParameter(1, filter.actorEmail()).getResultList();
            if (ids.isEmpty()) {
                return null;
            }
            params.add(ids.get(0).longValue());
            sql.append(" AND e.actor_account_id = ?").append(params.size());
        }
        if (filter.action() != null) {
            params.add(filter.action());
            sql.append(" AND e.action = ?").append(params.size());
        }
        if (filter.targetType() != null) {
            params.add(filter.targetType());
            sql.append(" AND e.target_type = ?").append(params.size());
            if (filter.targetId() != null) {
                params.add(filter.targetId());
                sql.append(" AND e.target_id = ?").append(params.size());
            }
        }
        var zone = cityTime.zone();
        // A day range becomes an id range through ix_audit_entry_at (ids grow with time), so the newest-first
        // read by id stays on its index instead of sorting every entry of the range.
        if (filter.from() != null) {
            var id = firstIdFrom(UtcInstantConverter.utc(filter.from().atStartOfDay(zone).toInstant()));
            if (id == null) {
                return null;
            }
            params.add(id);
            sql.append(" AND e.id >= ?").append(params.size());
        }
        if (filter.to() != null) {
            var id = lastIdBefore(UtcInstantConverter.utc(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
            if (id == null) {
                return null;
            }
            params.add(id);
            sql.append(" AND e.id <= ?").append(params.size());
        }
        if (before != null) {
            params.add(before);
            sql.append(" AND e.id < ?").append(params.size());
        }
        return new Where(sql.toString(), params);
    }

    private Long firstIdFrom(Object at) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM audit_entry WHERE at >= ?1 ORDER BY at, id LIMIT 1")
                .setParameter(1, at).getResultList();
        return ids.isEmpty() ? null : ids.get(0).longValue();
    }

    private Long lastIdBefore(Object at) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM audit_entry WHERE at < ?1 ORDER BY at DESC, id DESC "
                + "LIMIT 1").setParameter(1, at).getResultList();
        return ids.isEmpty() ? null : ids.get(0).longValue();
    }

    private static Query bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    private static Entry entry(Object[] r) {
        return new Entry(((Number) r[0]).longValue(), UtcInstantConverter.fromColumn(r[1]), longOrNull(r[2]),
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], longOrNull(r[8]),
                (String) r[9], (String) r[10]);
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
