package org.civicportal.update.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicportal.platform.persistence.UtcInstantConverter;
import org.civicportal.platform.time.Quarter;
import org.civicportal.update.entity.ItemKind;
import org.civicportal.update.entity.MonthlyUpdateItem;

/**
 * The draft of a month's update: what changed between two instants, read from the other features' tables as a
 * report (native SQL, this one class), and snapshotted into items so the update does not change when its sources
 * do. Every read walks an index on its time column and is capped, so drafting costs the same in a busy month of a
 * large city as in a quiet one. New decisions come newest first (past the cap, the latest are told).
 */
@ApplicationScoped
public class MonthAssembly {

    static final int PER_KIND = 20;
    private static final List<String> LEDGER_KINDS = List.of("INPUT", "VOLUNTEER_HOURS", "FORUM_PARTICIPATION",
            "ANSWER", "CREDIT", "DELIVERY", "RECOGNITION");
    private static final int PROGRESS_ROWS = 200;
    private static final int CREDIT_ROWS = 400;
    private static final int PROGRESS_NOTE = 400;

    @PersistenceContext
    EntityManager em;

    /** The items for what changed in [from, to); "now" decides what is still upcoming (tasks, the next forum). */
    public List<MonthlyUpdateItem> draft(Instant from, Instant to, Instant now) {
        var items = new ArrayList<MonthlyUpdateItem>();
        var told = new HashSet<Long>();
        items.addAll(decisions(from, to, told));
        var deliveries = deliveries(from, to, told);
        items.addAll(progress(from, to, told));
        items.addAll(deliveries);
        items.addAll(tasks(from, to, now));
        items.addAll(forum(now));
        items.addAll(thanks(from, to));
        items.add(numbers(from, to));
        return items;
    }

    private List<MonthlyUpdateItem> decisions(Instant from, Instant to, Set<Long> told) {
        List<Object[]> rows = rows("SELECT d.id, d.title, d.summary, d.department FROM decision d "
                + "WHERE d.created_at >= ?1 AND d.created_at < ?2 ORDER BY d.created_at DESC, d.id DESC LIMIT " + PER_KIND,
                from, to);
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(r -> String.valueOf(((Number) r[0]).longValue())).collect(Collectors.joining(","));
        // ids are numbers read just above, never text from a person
        List<Object[]> credits = rows("SELECT c.decision_id, i.id, i.title, c.how FROM decision_credit c "
                + "JOIN input i ON i.id = c.input_id WHERE c.decision_id IN (" + ids + ") AND i.hidden = FALSE "
                + "ORDER BY c.decision_id, c.credited_at, i.id LIMIT " + CREDIT_ROWS);
        var byDecision = new LinkedHashMap<Long, List<Object[]>>();
        credits.forEach(c -> byDecision.computeIfAbsent(((Number) c[0]).longValue(), k -> new ArrayList<>()).add(c));
        var items = new ArrayList<MonthlyUpdateItem>();
        for (var r : rows) {
            long id = ((Number) r[0]).longValue();
            told.add(id);
            var list = Json.createArrayBuilder();
            byDecision.getOrDefault(id, List.of()).forEach(c -> list.add(Json.createObjectBuilder()
                    .add("inputId", ((Number) c[1]).longValue()).add("input", (String) c[2]).add("how", (String) c[3])));
            var facts = Json.createObjectBuilder().add("department", (String) r[3]).add("credits", list).build();
            items.add(new MonthlyUpdateItem(ItemKind.DECISION, id, (String) r[1], (String) r[2], "/decisions/" + id,
                    facts.toString()));
        }
        return items;
    }

    private List<MonthlyUpdateItem> deliveries(Instant from, Instant to, Set<Long> told) {
        List<Object[]> rows = rows("SELECT d.id, d.title, d.summary, d.delivered_at, d.credit_count FROM decision d "
                + "WHERE d.delivered_at >= ?1 AND d.delivered_at < ?2 ORDER BY d.delivered_at, d.id LIMIT " + PER_KIND,
                from, to);
        var items = new ArrayList<MonthlyUpdateItem>();
        for (var r : rows) {
            long id = ((Number) r[0]).longValue();
            told.add(id);
            var facts = Json.createObjectBuilder().add("deliveredAt", UtcInstantConverter.fromColumn(r[3]).toString())
                    .add("credits", ((Number) r[4]).intValue()).build();
            items.add(new MonthlyUpdateItem(ItemKind.DELIVERY, id, (String) r[1], (String) r[2], "/decisions/" + id,
                    facts.toString()));
        }
        return items;
    }

    /** Chains whose implementation moved (a dated update) and that are neither new nor delivered this month. */
    private List<MonthlyUpdateItem> progress(Instant from, Instant to, Set<Long> told) {
        List<Object[]> rows = rows("SELECT d.id, d.title, d.impl_status, d.progress, u.body FROM implementation_update u "
                + "JOIN decision d ON d.id = u.decision_id WHERE u.created_at >= ?1 AND u.created_at < ?2 "
                + "ORDER BY u.created_at DESC, u.id DESC LIMIT " + PROGRESS_ROWS, from, to);
        var items = new ArrayList<MonthlyUpdateItem>();
        for (var r : rows) {
            long id = ((Number) r[0]).longValue();
            if (items.size() == PER_KIND || !told.add(id)) {
                continue;
            }
            var note = ((String) r[4]).strip();
            if (note.length() > PROGRESS_NOTE) {
                note = note.substring(0, PROGRESS_NOTE - 1).strip() + "…";
            }
            var facts = Json.createObjectBuilder().add("status", (String) r[2]).add("progress", ((Number) r[3]).intValue())
                    .build();
            items.add(new MonthlyUpdateItem(ItemKind.PROGRESS, id, (String) r[1], note, "/decisions/" + id,
                    facts.toString()));
        }
        return items;
    }

    private List<MonthlyUpdateItem> tasks(Instant from, Instant to, Instant now) {
        List<Object[]> rows = rows("SELECT t.id, t.title, t.place, t.starts_at, t.capacity - t.confirmed_count, "
                + "t.capacity FROM task t WHERE t.created_at >= ?1 AND t.created_at < ?2 AND t.cancelled = FALSE "
                + "AND t.starts_at > ?3 ORDER BY t.starts_at, t.id LIMIT " + PER_KIND, from, to, now);
        return rows.stream().map(r -> {
            long id = ((Number) r[0]).longValue();
            var facts = Json.createObjectBuilder().add("place", (String) r[2])
                    .add("startsAt", UtcInstantConverter.fromColumn(r[3]).toString())
                    .add("placesLeft", ((Number) r[4]).intValue()).add("capacity", ((Number) r[5]).intValue()).build();
            return new MonthlyUpdateItem(ItemKind.TASK, id, (String) r[1], "", "/tasks/" + id, facts.toString());
        }).toList();
    }

    private List<MonthlyUpdateItem> forum(Instant now) {
        List<Object[]> rows = rows("SELECT f.id, f.quarter, f.starts_at, f.place, f.online_link FROM forum_event f "
                + "WHERE f.starts_at > ?1 ORDER BY f.starts_at LIMIT 1", now);
        return rows.stream().map(r -> {
            var quarter = Quarter.ofCode(((Number) r[1]).intValue()).toString();
            var facts = Json.createObjectBuilder().add("quarter", quarter)
                    .add("startsAt", UtcInstantConverter.fromColumn(r[2]).toString());
            if (r[3] != null) {
                facts.add("place", (String) r[3]);
            }
            if (r[4] != null) {
                facts.add("online", (String) r[4]);
            }
            return new MonthlyUpdateItem(ItemKind.FORUM, ((Number) r[0]).longValue(), quarter, "",
                    "/forums/" + quarter, facts.build().toString());
        }).toList();
    }

    /** Thanks the volunteers chose to show publicly, with their name (their choice, as on the chain page). */
    private List<MonthlyUpdateItem> thanks(Instant from, Instant to) {
        List<Object[]> rows = rows("SELECT s.id, a.display_name, t.title, s.thanks, t.id FROM signup s "
                + "JOIN task t ON t.id = s.task_id JOIN account a ON a.id = s.account_id "
                + "WHERE s.thanked_at >= ?1 AND s.thanked_at < ?2 AND s.thanks_public = TRUE AND s.thanks IS NOT NULL "
                + "ORDER BY s.thanked_at, s.id LIMIT " + PER_KIND, from, to);
        return rows.stream().map(r -> {
            var facts = Json.createObjectBuilder().add("task", (String) r[2]).build();
            return new MonthlyUpdateItem(ItemKind.THANKS, ((Number) r[0]).longValue(), (String) r[1], (String) r[3],
                    "/tasks/" + ((Number) r[4]).longValue(), facts.toString());
        }).toList();
    }

    /** The month in the ledger, both ways: one row per kind, summed from the index alone (ix_ledger_month). */
    private MonthlyUpdateItem numbers(Instant from, Instant to) {
        List<Object[]> rows = rows("SELECT l.kind, SUM(l.amount) FROM ledger_entry l WHERE l.happened_at >= ?1 "
                + "AND l.happened_at < ?2 GROUP BY l.kind", from, to);
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        rows.forEach(r -> totals.put((String) r[0], new BigDecimal(r[1].toString())));
        var facts = Json.createObjectBuilder();
        for (var kind : LEDGER_KINDS) {
            facts.add(kind, totals.getOrDefault(kind, BigDecimal.ZERO).stripTrailingZeros().toPlainString());
        }
        return new MonthlyUpdateItem(ItemKind.NUMBERS, null, "", "", "/forums", facts.build().toString());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            var value = parameters[i] instanceof Instant instant ? UtcInstantConverter.utc(instant) : parameters[i];
            query.setParameter(i + 1, value);
        }
        return query.getResultList();
    }
}
