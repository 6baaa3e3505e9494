package org.civicportal.reciprocity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.civicportal.platform.persistence.Keyset;
import org.civicportal.platform.persistence.UtcInstantConverter;
import org.civicportal.platform.time.Quarter;
import org.civicportal.reciprocity.entity.LedgerKind;

/**
 * One resident's own ledger for /me/reciprocity: what they gave and what came back, newest first a page at a
 * time (a keyset range of the index on resident and time), and their totals per quarter. Reads only the rows
 * of the resident asked for: the page passes the signed-in account, never an id from the request.
 */
@ApplicationScoped
public class MyReciprocityTimeline {

    public static final int PAGE = 50;
    static final String LIST = "my-reciprocity";

    @PersistenceContext
    EntityManager em;

    /** A ledger row with what it is about: its title and the page it links to (null when it has none left). */
    public record Item(long id, LedgerKind kind, BigDecimal amount, Instant at, Quarter quarter, String title,
            String path) {
    }

    /** How much of one kind a quarter holds: a count of rows, and for hours the hours. */
    public record Total(Quarter quarter, LedgerKind kind, long count, BigDecimal amount) {
    }

    /**
     * A page of the resident's timeline, from the start or after a cursor this list gave.
     *
     * @throws IllegalArgumentException for a cursor this list did not give
     */
    @SuppressWarnings("unchecked")
    public Keyset.Slice<Item> page(long residentId, String after) {
        var params = new ArrayList<Object>();
        params.add(residentId);
        var where = "WHERE l.resident_id = ?1";
        if (after != null && !after.isBlank()) {
            where += " AND " + Keyset.parse(LIST, after).after("l.happened_at", "l.id", true, params);
        }
        var query = em.createNativeQuery("SELECT l.id, l.kind, l.amount, l.happened_at, l.quarter, "
                + "COALESCE(i.title, d.title, t.title), i.id, d.id, t.id FROM ledger_entry l "
                + "LEFT JOIN input i ON l.kind IN ('INPUT', 'ANSWER') "
                + "AND i.id = CAST(SUBSTRING_INDEX(l.source_key, ':', -1) AS UNSIGNED) "
                + "LEFT JOIN decision d ON l.kind IN ('CREDIT', 'DELIVERY') "
                + "AND d.id = CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(l.source_key, ':', 2), ':', -1) AS UNSIGNED) "
                + "LEFT JOIN signup s ON l.kind IN ('VOLUNTEER_HOURS', 'RECOGNITION') "
                + "AND s.id = CAST(SUBSTRING_INDEX(l.source_key, ':', -1) AS UNSIGNED) "
                + "LEFT JOIN task t ON t.id = s.task_id "
                + where + " ORDER BY l.happened_at DESC, l.id DESC LIMIT " + (PAGE + 1));
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        List<Object[]> rows = query.getResultList();
        var items = rows.stream().map(MyReciprocityTimeline::item).toList();
        return Keyset.slice(items, PAGE, item -> new Keyset(item.at(), item.id()), LIST);
    }

    /** The resident's totals by quarter and kind, newest quarter first. */
    @SuppressWarnings("unchecked")
    public List<Total> totals(long residentId) {
        List<Object[]> rows = em.createNativeQuery("SELECT quarter, kind, COUNT(*), SUM(amount) FROM ledger_entry "
                + "WHERE resident_id = ?1 GROUP BY quarter, kind ORDER BY quarter DESC, kind")
                .setParameter(1, residentId).getResultList();
        return rows.stream().map(r -> new Total(Quarter.ofCode(((Number) r[0]).intValue()),
                LedgerKind.valueOf((String) r[1]), ((Number) r[2]).longValue(), (BigDecimal) r[3])).toList();
    }

    private static Item item(Object[] r) {
        var kind = LedgerKind.valueOf((String) r[1]);
        var quarter = Quarter.ofCode(((Number) r[4]).intValue());
        String path = switch (kind) {
            case INPUT, ANSWER -> r[6] == null ? null : "/inputs/" + r[6];
            case CREDIT, DELIVERY -> r[7] == null ? null : "/decisions/" + r[7];
            case VOLUNTEER_HOURS, RECOGNITION -> r[8] == null ? null : "/tasks/" + r[8];
            case FORUM_PARTICIPATION -> "/forums/" + quarter;
        };
        return new Item(((Number) r[0]).longValue(), kind, (BigDecimal) r[2], UtcInstantConverter.fromColumn(r[3]),
                quarter, (String) r[5], path);
    }
}
