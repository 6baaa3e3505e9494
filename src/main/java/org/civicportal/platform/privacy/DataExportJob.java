package org.civicportal.platform.privacy;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicportal.platform.i18n.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On every node, every PORTAL_EXPORT_INTERVAL_SECONDS: deletes the exports whose seven days are over, then builds
 * the queued ones, one at a time. An export is claimed in the database with a lease ({@link ExportRows#claim}),
 * so two nodes never build the same one and one left RUNNING by a node that stopped is built again once its
 * lease runs out, by another node or by this one after a restart.
 */
@ApplicationScoped
public class DataExportJob {

    private static final Logger LOG = Logger.getLogger(DataExportJob.class.getName());
    /** Renewed at every file: a node that stops leaves the export to another after this long. */
    static final int LEASE_SECONDS = 120;
    public static final int OFFERED_DAYS = 7;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ExportRows rows;

    @Inject
    ExportArchive archive;

    @Inject
    ExportStore store;

    @Inject
    @ConfigProperty(name = "PORTAL_EXPORT_INTERVAL_SECONDS", defaultValue = "2")
    int intervalSeconds;

    /** Host and process, and a random part so a restarted node is another holder. */
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private ScheduledFuture<?> run;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        run = scheduler.scheduleWithFixedDelay(this::round, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (run != null) {
            run.cancel(false);
        }
    }

    void round() {
        try {
            cleanUp();
            for (var claim = rows.claim(node, LEASE_SECONDS); claim.isPresent();
                    claim = rows.claim(node, LEASE_SECONDS)) {
                build(claim.get());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Data exports could not be handled this round; the next round tries again", e);
        }
    }

    /** Deletes the files whose offer is over, then forgets their path. */
    public void cleanUp() {
        for (var expired : rows.expired(100)) {
            try {
                store.delete(expired.fileName());
                rows.forget(expired.id());
                LOG.info(() -> "Data export " + expired.id() + " expired: its file is deleted");
            } catch (IOException e) {
                LOG.log(Level.WARNING, e, () -> "The file of data export " + expired.id() + " could not be deleted");
            }
        }
    }

    private void build(ExportRows.Claim claim) {
        var name = store.newName();
        var language = Language.fromCode(claim.language()).orElse(Language.EN);
        try {
            var partial = store.partial(name);
            archive.write(claim.accountId(), language, partial,
                    (done, total, file) -> rows.progress(claim.id(), node, done, total, file, LEASE_SECONDS));
            var size = Files.size(partial);
            var file = store.complete(name);
            if (!rows.ready(claim.id(), node, name, size, OFFERED_DAYS)) {
                Files.deleteIfExists(file);
                return;
            }
            LOG.info(() -> "Data export " + claim.id() + " of account " + claim.accountId() + " is ready (" + size
                    + " bytes)");
        } catch (ExportArchive.Abandoned e) {
            LOG.info(() -> "Data export " + claim.id() + " is no longer this node's: " + e.getMessage());
            deleteQuietly(name);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Data export " + claim.id() + " of account " + claim.accountId()
                    + " failed");
            deleteQuietly(name);
            rows.failed(claim.id(), node, String.valueOf(e));
        }
    }

    private void deleteQuietly(String name) {
        try {
            store.delete(name);
        } catch (IOException e) {
            LOG.log(Level.WARNING, e, () -> "A partial data export could not be deleted");
        }
    }
}
