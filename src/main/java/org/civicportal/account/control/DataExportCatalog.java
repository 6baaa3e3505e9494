package org.civicportal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicportal.platform.persistence.UtcInstantConverter;

/** What /me/data shows of a person's exports, and the one file a download may send. */
@ApplicationScoped
public class DataExportCatalog {

    public enum State {
        QUEUED, RUNNING, READY, FAILED, EXPIRED
    }

    /** The newest export; an offer past its expiry reads as EXPIRED even before the job deletes its file. */
    public record ExportView(long id, State state, int filesDone, int filesTotal, String currentFile, Long sizeBytes,
            Instant requestedAt, Instant readyAt, Instant expiresAt) {

        public boolean isPreparing() {
            return state == State.QUEUED || state == State.RUNNING;
        }

        public boolean isReady() {
            return state == State.READY;
        }

        public boolean isFailed() {
            return state == State.FAILED;
        }

        public int getPercent() {
            return filesTotal == 0 ? 0 : Math.min(100, filesDone * 100 / filesTotal);
        }
    }

    public record Download(String fileName, long sizeBytes, Instant readyAt) {
    }

    @PersistenceContext
    EntityManager em;

    public Optional<ExportView> latest(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, CASE WHEN state = 'READY' AND expires_at <= "
                + "UTC_TIMESTAMP(6) THEN 'EXPIRED' ELSE state END, files_done, files_total, current_file, size_bytes, "
                + "requested_at, ready_at, expires_at FROM data_export WHERE account_id = ?1 ORDER BY id DESC LIMIT 1")
                .setParameter(1, accountId).getResultList();
        return rows.stream().findFirst().map(r -> new ExportView(((Number) r[0]).longValue(),
                State.valueOf((String) r[1]), ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), (String) r[4],
                r[5] == null ? null : ((Number) r[5]).longValue(), UtcInstantConverter.fromColumn(r[6]),
                UtcInstantConverter.fromColumn(r[7]), UtcInstantConverter.fromColumn(r[8])));
    }

    /** The file of this export if it is this person's and still offered; otherwise nothing (a 404). */
    public Optional<Download> downloadable(long accountId, long exportId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT file_name, size_bytes, ready_at FROM data_export "
                + "WHERE id = ?1 AND account_id = ?2 AND state = 'READY' AND expires_at > UTC_TIMESTAMP(6) "
                + "AND file_name IS NOT NULL").setParameter(1, exportId).setParameter(2, accountId).getResultList();
        return rows.stream().findFirst().map(r -> new Download((String) r[0], ((Number) r[1]).longValue(),
                UtcInstantConverter.fromColumn(r[2])));
    }
}
