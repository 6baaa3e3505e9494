package org.civicportal.platform.launcher;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Applies db/migration, and db/demo when asked. Demo data has its own history table so it is
 * loaded exactly once and never mixed with the schema's history.
 */
public final class SchemaMigrator {

    private SchemaMigrator() {
    }

    /**
     * Migrates; when any migration ran (demo data loaded, or a new schema version), the reciprocity ledger is
     * rebuilt from the records, so demo data and upgraded databases hold their ledger rows.
     */
    public static void migrate(String url, String user, String password, boolean demoData) throws StartupFailure {
        try {
            int executed = flyway(url, user, password, "classpath:db/migration", "flyway_schema_history").migrate()
                    .migrationsExecuted;
            if (demoData) {
                executed += flyway(url, user, password, "classpath:db/demo", "flyway_demo_history").migrate()
                        .migrationsExecuted;
            }
            if (executed > 0) {
                LedgerFill.fill(url, user, password, System.out);
            }
        } catch (FlywayException e) {
            var reason = EmbeddedDatabase.rootMessage(e);
            throw new StartupFailure("The database at " + url + " could not be prepared: "
                    + reason.replaceAll("\\s+", " ") + (reason.endsWith(".") ? "" : "."), e);
        }
    }

    private static Flyway flyway(String url, String user, String password, String location, String table) {
        return Flyway.configure()
                .dataSource(url, user, password)
                .locations(location)
                .table(table)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .connectRetries(0)
                .load();
    }
}
