package org.civicportal.platform.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The job's side of data_export: claiming an export to build (one node per export: FOR UPDATE SKIP LOCKED, then
 * a lease the builder renews at every file), its progress, its end, and the expired ones to delete. Times are
 * the database's (UTC_TIMESTAMP), the same clock for every node.
 */
@ApplicationScoped
public class ExportRows {

    /** Builds tried more often than this (each one stopped a node or failed) are given up as FAILED. */
    static final int MAX_ATTEMPTS = 3;

    public record Claim(long id, long accountId, String language) {
    }

    public record Expired(long id, String fileName) {
    }

    @PersistenceContext
    EntityManager em;

    /** The oldest queued export, else one whose builder's lease ran out (its node stopped), now this node's. */
    @Transactional
    public Optional<Claim> claim(String node, int leaseSeconds) {
        var id = first("SELECT id FROM data_export WHERE state = 'QUEUED' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED");
        if (id.isEmpty()) {
            id = first("SELECT id FROM data_export WHERE state = 'RUNNING' AND lease_until < UTC_TIMESTAMP(6) "
                    + "ORDER BY lease_until LIMIT 1 FOR UPDATE SKIP LOCKED");
        }
        if (id.isEmpty()) {
            return Optional.empty();
        }
        em.createNativeQuery("UPDATE data_export SET state = CASE WHEN attempts >= ?3 THEN 'FAILED' ELSE 'RUNNING' END, "
                + "failure = CASE WHEN attempts >= ?3 THEN 'Stopped too often while being built' ELSE failure END, "
                + "claimed_by = ?2, lease_until = UTC_TIMESTAMP(6) + INTERVAL ?4 SECOND, attempts = attempts + 1, "
                + "started_at = COALESCE(started_at, UTC_TIMESTAMP(6)), files_done = 0 WHERE id = ?1")
                .setParameter(1, id.get()).setParameter(2, node).setParameter(3, MAX_ATTEMPTS)
                .setParameter(4, leaseSeconds).executeUpdate();
        var row = (Object[]) em.createNativeQuery("SELECT account_id, language, state FROM data_export WHERE id = ?1")
                .setParameter(1, id.get()).getSingleResult();
        if (!"RUNNING".equals(row[2])) {
            return claim(node, leaseSeconds);
        }
        return Optional.of(new Claim(id.get(), ((Number) row[0]).longValue(), (String) row[1]));
    }

    /** Records the file being written and renews the lease; false when the export is no longer this node's. */
    @Transactional
    public boolean progress(long id, String node, int done, int total, String file, int leaseSeconds) {
        return em.createNativeQuery("UPDATE data_export SET files_done = ?3, files_total = ?4, current_file = ?5, "
                + "lease_until = UTC_TIMESTAMP(6) + INTERVAL ?6 SECOND WHERE id = ?1 AND claimed_by = ?2 "
                + "AND state = 'RUNNING'").setParameter(1, id).setParameter(2, node).setParameter(3, done)
                .setParameter(4, total).setParameter(5, file).setParameter(6, leaseSeconds).executeUpdate() == 1;
    }

    /** Offers the file for the given days; false when it is no longer this node's (the file is then not used). */
    @Transactional
    public boolean ready(long id, String node, String fileName, long size, int days) {
        return em.createNativeQuery("UPDATE data_export SET state = 'READY', file_name = ?3, size_bytes = ?4, "
                + "files_done = files_total, current_file = NULL, ready_at = UTC_TIMESTAMP(6), "
                + "expires_at = UTC_TIMESTAMP(6) + INTERVAL ?5 DAY, claimed_by = NULL, lease_until = NULL "
                + "WHERE id = ?1 AND claimed_by = ?2 AND state = 'RUNNING'").setParameter(1, id).setParameter(2, node)
                .setParameter(3, fileName).setParameter(4, size).setParameter(5, days).executeUpdate() == 1;
    }

    @Transactional
    public void failed(long id, String node, String reason) {
        em.createNativeQuery("UPDATE data_export SET state = 'FAILED', failure = ?3, current_file = NULL, "
                + "claimed_by = NULL, lease_until = NULL WHERE id = ?1 AND claimed_by = ?2 AND state = 'RUNNING'")
                .setParameter(1, id).setParameter(2, node)
                .setParameter(3, reason.length() > 500 ? reason.substring(0, 500) : reason).executeUpdate();
    }

    /** Offers whose time is over (seven days passed, or the person asked for a new copy). */
    @Transactional
    public List<Expired> expired(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, file_name FROM data_export WHERE state = 'READY' "
                + "AND expires_at <= UTC_TIMESTAMP(6) ORDER BY expires_at LIMIT ?1").setParameter(1, limit)
                .getResultList();
        return rows.stream().map(r -> new Expired(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    /** After its file is deleted: the row stays (that there was an export) without a path to any file. */
    @Transactional
    public void forget(long id) {
        em.createNativeQuery("UPDATE data_export SET state = 'EXPIRED', file_name = NULL, size_bytes = NULL "
                + "WHERE id = ?1 AND state = 'READY'").setParameter(1, id).executeUpdate();
    }

    private Optional<Long> first(String sql) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(sql).getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }
}
