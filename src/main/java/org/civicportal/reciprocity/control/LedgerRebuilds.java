package org.civicportal.reciprocity.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.civicportal.platform.persistence.UtcInstantConverter;
import org.civicportal.platform.time.CityTime;

/**
 * The staff action's side of the rebuild: runs {@link LedgerRebuild} over every LedgerSource bean on a connection
 * of its own (outside any container transaction: the rebuild commits itself, SERIALIZABLE), one run at a time on
 * this node, and reads the last run back for /admin/ledger.
 */
@ApplicationScoped
public class LedgerRebuilds {

    private static final Logger LOG = Logger.getLogger(LedgerRebuilds.class.getName());
    /** Lines of each kind of difference listed on the page; the counts are complete. */
    public static final int SHOWN = 200;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Inject
    Instance<LedgerSource> sources;

    @Inject
    CityTime city;

    @Inject
    Event<Object> events;

    @PersistenceContext
    EntityManager em;

    /** A finished run as the page shows it. */
    public record LastRun(Instant finishedAt, String startedBy, long missing, long extra, long different,
            boolean repaired, List<String> lines) {

        public long differences() {
            return missing + extra + different;
        }

        public long notListed() {
            return differences() - lines.size();
        }
    }

    /** Compares the ledger with the records and, when repair is true, repairs it; recorded as the last run. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public synchronized LedgerRebuild.Result run(long staffId, boolean repair) {
        try (var connection = dataSource.getConnection()) {
            var result = new LedgerRebuild(sources.stream().toList(), city.zone(), SHOWN).run(connection, repair, staffId);
            LOG.info(() -> "Ledger " + (repair ? "rebuilt" : "checked") + " by account " + staffId + ": "
                    + result.differences() + " differences (" + result.missing() + " missing, " + result.extra()
                    + " extra, " + result.different() + " different)");
            if (repair && result.differences() > 0) {
                events.fire(new LedgerEvents.LedgerRebuilt(result.differences(), true, Instant.now()));
            }
            return result;
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "The ledger rebuild by account " + staffId + " failed", e);
            throw new IllegalStateException("The ledger rebuild failed: " + e.getMessage(), e);
        }
    }

    public Optional<LastRun> last() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.finished_at, a.display_name, r.missing, r.extra, "
                + "r.different, r.repaired, r.found FROM ledger_rebuild r LEFT JOIN account a ON a.id = r.started_by "
                + "ORDER BY r.finished_at DESC, r.id DESC LIMIT 1").getResultList();
        return rows.stream().findFirst().map(r -> new LastRun(
                UtcInstantConverter.fromColumn(r[0]), (String) r[1],
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue(),
                r[5] instanceof Boolean b ? b : ((Number) r[5]).intValue() != 0,
                ((String) r[6]).isEmpty() ? List.of() : Arrays.asList(((String) r[6]).split("\n"))));
    }
}
