package org.civicportal.reciprocity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.civicportal.platform.persistence.UtcInstantConverter;
import org.civicportal.platform.time.CityTime;
import org.civicportal.platform.time.Quarter;

/**
 * The four prompts to act on /admin/vitality, each a bounded read: inputs waiting over 30 days, hours never
 * thanked, credited residents never invited to their chain's tasks, quiet givers. The only reads that name
 * residents, for staff, never shown in public.
 */
@ApplicationScoped
public class VitalityPrompts {

    /** Rows a prompt lists at most; the count says how many there are in all (up to {@link #COUNT_LIMIT}). */
    public static final int SHOWN = 20;
    static final int COUNT_LIMIT = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CityTime city;

    Clock clock = Clock.systemUTC();

    public record UnthankedShift(Long taskId, String task, String resident, BigDecimal hours, Instant at)
            implements Serializable {
    }

    public record UninvitedResident(long residentId, String resident, long decisionId, String decision)
            implements Serializable {
    }

    public record QuietGiver(long residentId, String resident, long quarters) implements Serializable {
    }

    /** Visible inputs still waiting for an answer, made more than 30 days ago (counted up to 10,000). */
    public long inputsWaiting() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM input WHERE hidden = FALSE "
                + "AND awaiting = TRUE AND created_at < ?1 LIMIT " + COUNT_LIMIT + ") w")
                .setParameter(1, UtcInstantConverter.utc(clock.instant().minus(VitalityMath.MONTH)))
                .getSingleResult()).longValue();
    }

    /** Shifts of the last six quarters whose hours were recorded and never thanked, newest first. */
    @SuppressWarnings("unchecked")
    public List<UnthankedShift> unthanked() {
        var current = city.currentQuarter();
        // Newest hours first from (kind, happened_at), each looked up in the unique index for its thanks, so the
        // read stops at the 20th unthanked shift; a row whose sign-up is gone is still listed, without its roster.
        List<Object[]> rows = em.createNativeQuery("SELECT s.task_id, t.title, a.display_name, h.amount, h.happened_at "
                + "FROM ledger_entry h LEFT JOIN ledger_entry r ON r.kind = 'RECOGNITION' AND r.source_key = h.source_key "
                + "JOIN account a ON a.id = h.resident_id "
                + "LEFT JOIN signup s ON s.id = CAST(SUBSTRING(h.source_key, 8) AS UNSIGNED) "
                + "LEFT JOIN task t ON t.id = s.task_id "
                + "WHERE h.kind = 'VOLUNTEER_HOURS' AND h.happened_at >= ?1 AND r.id IS NULL "
                + "ORDER BY h.happened_at DESC, h.id DESC LIMIT " + SHOWN)
                .setParameter(1, UtcInstantConverter.utc(current.minus(5).start(city.zone()))).getResultList();
        return rows.stream().map(r -> new UnthankedShift(r[0] == null ? null : ((Number) r[0]).longValue(),
                (String) r[1], (String) r[2],
                (BigDecimal) r[3], UtcInstantConverter.fromColumn(r[4]))).toList();
    }

    /**
     * Authors of inputs credited by a decision whose chain has an open task they have neither signed up for
     * nor been invited to, most recently credited first.
     */
    @SuppressWarnings("unchecked")
    public List<UninvitedResident> uninvited() {
        // Credits newest first from their index (STRAIGHT_JOIN: MariaDB would otherwise start from every open
        // task and sort all their credits), each checked for an open task, a sign-up and an invitation.
        List<Object[]> rows = em.createNativeQuery("SELECT STRAIGHT_JOIN a.id, a.display_name, d.id, d.title "
                + "FROM decision_credit c FORCE INDEX (ix_decision_credit_time) JOIN decision d ON d.id = c.decision_id "
                + "JOIN input i ON i.id = c.input_id JOIN account a ON a.id = i.author_id "
                + "WHERE c.decision_id IN (SELECT t.decision_id FROM task t WHERE t.cancelled = FALSE "
                + "AND t.starts_at > ?1 AND t.confirmed_count < t.capacity) "
                + "AND NOT EXISTS (SELECT 1 FROM signup s JOIN task t ON t.id = s.task_id "
                + "WHERE s.account_id = a.id AND t.decision_id = c.decision_id) "
                + "AND NOT EXISTS (SELECT 1 FROM vitality_contact v WHERE v.kind = 'INVITE' AND v.resident_id = a.id "
                + "AND v.subject = CONCAT('decision:', c.decision_id)) "
                + "ORDER BY c.credited_at DESC, c.decision_id DESC, c.input_id DESC LIMIT " + SHOWN)
                .setParameter(1, UtcInstantConverter.utc(clock.instant())).getResultList();
        return rows.stream().map(r -> new UninvitedResident(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).longValue(), (String) r[3])).toList();
    }

    /** One resident of {@link #uninvited()}, if still uninvited: the action checks again before it sends. */
    public boolean isUninvited(long residentId, long decisionId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM decision_credit c JOIN input i ON i.id = c.input_id "
                + "WHERE c.decision_id = ?1 AND i.author_id = ?2 AND EXISTS (SELECT 1 FROM task t WHERE t.decision_id = "
                + "?1 AND t.cancelled = FALSE AND t.starts_at > ?3 AND t.confirmed_count < t.capacity) "
                + "AND NOT EXISTS (SELECT 1 FROM signup s JOIN task t ON t.id = s.task_id WHERE t.decision_id = ?1 "
                + "AND s.account_id = ?2) AND NOT EXISTS (SELECT 1 FROM vitality_contact v WHERE v.kind = 'INVITE' "
                + "AND v.resident_id = ?2 AND v.subject = CONCAT('decision:', ?1))")
                .setParameter(1, decisionId).setParameter(2, residentId)
                .setParameter(3, UtcInstantConverter.utc(clock.instant())).getSingleResult()).longValue() > 0;
    }

    /**
     * Residents who gave in at least two of the four quarters before this one and nothing in it, not yet
     * checked in with this quarter: those who gave in the most quarters first, then the newest accounts. Read
     * from the quiet givers the quarter's last aggregation kept ({@link VitalityMeasures}, at most 15 minutes
     * old), less those who gave since.
     */
    @SuppressWarnings("unchecked")
    public List<QuietGiver> quietGivers(Quarter quarter) {
        List<Object[]> rows = em.createNativeQuery("SELECT a.id, a.display_name, q.quarters FROM vitality_quiet_giver q "
                + "JOIN account a ON a.id = q.resident_id WHERE q.quarter = ?1 "
                + "AND NOT EXISTS (SELECT 1 FROM ledger_entry e WHERE e.resident_id = q.resident_id AND e.kind IN "
                + VitalityMeasures.GIVING + " AND e.quarter = ?1) "
                + "AND NOT EXISTS (SELECT 1 FROM vitality_contact v WHERE v.kind = 'CHECK_IN' "
                + "AND v.resident_id = q.resident_id AND v.subject = ?2) "
                + "ORDER BY q.quarters DESC, q.resident_id DESC LIMIT " + SHOWN)
                .setParameter(1, quarter.code()).setParameter(2, checkInSubject(quarter)).getResultList();
        return rows.stream().map(r -> new QuietGiver(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).longValue())).toList();
    }

    static String checkInSubject(Quarter quarter) {
        return "quarter:" + quarter.code();
    }
}
