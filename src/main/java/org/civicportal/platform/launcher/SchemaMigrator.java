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
     * Migrates. The reciprocity ledger is then rebuilt from the records when demo data was just loaded, or when
     * the schema changed and the ledger is still empty (a portal from before the ledger): so the demo's and an
     * upgraded portal's ledgers hold their rows. A ledger with rows is left alone (--rebuild-ledger checks it).
     */
    public static void migrate(String url, String user, String password, boolean demoData) throws StartupFailure {
        try {
            int schema = flyway(url, user, password, "classpath:db/migration", "flyway_schema_history").migrate()
                    .migrationsExecuted;
            int demo = demoData
                    ? flyway(url, user, password, "classpath:db/demo", "flyway_demo_history").migrate().migrationsExecuted
                    : 0;
            if (demo > 0 || schema > 0) {
                LedgerFill.fill(url, user, password, demo == 0, System.out);
            }
            AppGrants.apply(url, user, password);
        } catch (java.sql.SQLException e) {
            throw new StartupFailure("The portal's database account could not be given its tables at " + url + ": "
                    + e.getMessage(), e);
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
