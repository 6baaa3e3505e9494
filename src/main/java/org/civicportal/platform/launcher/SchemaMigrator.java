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
     * The embedded database's owner then grants the portal's account its tables ({@link AppGrants#apply}).
     */
    public static void migrate(String url, String user, String password, boolean demoData) throws StartupFailure {
        try {
            schemaAndData(url, user, password, demoData);
            AppGrants.apply(url, user, password);
        } catch (java.sql.SQLException e) {
            throw notGranted(url, e);
        }
    }

    /**
     * An external database with an owner account: the owner migrates (as above), then gives the portal's
     * account (PORTAL_DB_USER) its rows table by table, the audit log read and add only. Both accounts and the
     * owner's grant option are checked before anything is migrated.
     */
    public static void migrate(String url, LauncherSettings.DbAccount owner, String appUser, String appPassword,
            boolean demoData, java.io.PrintStream out) throws StartupFailure {
        var app = AppGrants.forApp(url, owner.user(), owner.password(), appUser, appPassword);
        try {
            schemaAndData(url, owner.user(), owner.password(), demoData);
            app.grant(out);
        } catch (java.sql.SQLException e) {
            throw notGranted(url, e);
        }
    }

    private static void schemaAndData(String url, String user, String password, boolean demoData)
            throws StartupFailure, java.sql.SQLException {
        try {
            int schema = flyway(url, user, password, "classpath:db/migration", "flyway_schema_history").migrate()
                    .migrationsExecuted;
            int demo = demoData
                    ? flyway(url, user, password, "classpath:db/demo", "flyway_demo_history").migrate().migrationsExecuted
                    : 0;
            if (demo > 0 || schema > 0) {
                LedgerFill.fill(url, user, password, demo == 0, System.out);
            }
        } catch (FlywayException e) {
            var reason = EmbeddedDatabase.rootMessage(e);
            throw new StartupFailure("The database at " + url + " could not be prepared: "
                    + reason.replaceAll("\\s+", " ") + (reason.endsWith(".") ? "" : "."), e);
        }
    }

    private static StartupFailure notGranted(String url, java.sql.SQLException e) {
        return new StartupFailure("The portal's database account could not be given its tables at " + url + ": "
                + e.getMessage(), e);
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
