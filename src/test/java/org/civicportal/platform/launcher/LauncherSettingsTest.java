package org.civicportal.platform.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The launcher reads its environment once and explains a wrong value in one sentence. */
class LauncherSettingsTest {

    @Test
    void defaultsForTheDemo() throws StartupFailure {
        var settings = LauncherSettings.from(Map.of());
        assertEquals(8080, settings.httpPort());
        assertEquals(Path.of("data").toAbsolutePath(), settings.dataDir());
        assertTrue(settings.externalDbUrl().isEmpty());
        assertEquals("civicportal", settings.dbUser(), "only used for an external database");
        assertEquals("http://localhost:8080", settings.baseUrl());
        assertFalse(settings.demoData());
    }

    @Test
    void externalDatabaseAndPublicAddress() throws StartupFailure {
        var settings = LauncherSettings.from(Map.of("PORTAL_DB_URL", "jdbc:mariadb://db.example:3306/portal",
                "PORTAL_DB_USER", "portal", "PORTAL_BASE_URL", "https://portal.example/", "PORTAL_HTTP_PORT", "9090",
                "PORTAL_DEMO_DATA", "TRUE"));
        assertEquals("jdbc:mariadb://db.example:3306/portal", settings.externalDbUrl().orElseThrow());
        assertEquals("portal", settings.dbUser());
        assertEquals("https://portal.example", settings.baseUrl());
        assertEquals(9090, settings.httpPort());
        assertTrue(settings.demoData());
    }

    @Test
    void wrongValuesAreOneClearSentence() {
        assertEquals("PORTAL_HTTP_PORT must be a port number between 1 and 65535 but is \"80a\".",
                assertThrows(StartupFailure.class, () -> LauncherSettings.from(Map.of("PORTAL_HTTP_PORT", "80a"))).getMessage());
        assertTrue(assertThrows(StartupFailure.class, () -> LauncherSettings.from(Map.of("PORTAL_HTTP_PORT", "70000")))
                .getMessage().startsWith("PORTAL_HTTP_PORT must be"));
        assertTrue(assertThrows(StartupFailure.class,
                () -> LauncherSettings.from(Map.of("PORTAL_DB_URL", "jdbc:postgresql://x/y"))).getMessage()
                .startsWith("PORTAL_DB_URL must start with jdbc:mariadb://"));
        assertTrue(assertThrows(StartupFailure.class,
                () -> LauncherSettings.from(Map.of("PORTAL_DEMO_DATA", "yes"))).getMessage()
                .startsWith("PORTAL_DEMO_DATA must be true or false"));
    }

    @Test
    void httpWorkersAreFourPerCoreAtLeastEightUnlessSet() throws StartupFailure {
        assertEquals(8, LauncherSettings.defaultHttpThreads(1));
        assertEquals(8, LauncherSettings.defaultHttpThreads(2));
        assertEquals(32, LauncherSettings.defaultHttpThreads(8));
        assertEquals(LauncherSettings.defaultHttpThreads(Runtime.getRuntime().availableProcessors()),
                LauncherSettings.from(Map.of()).httpThreads());
        assertEquals(24, LauncherSettings.from(Map.of("PORTAL_HTTP_THREADS", " 24 ")).httpThreads());
        assertEquals("PORTAL_HTTP_THREADS must be a number of threads between 2 and 1000 but is \"1\".",
                assertThrows(StartupFailure.class, () -> LauncherSettings.from(Map.of("PORTAL_HTTP_THREADS", "1")))
                        .getMessage());
        assertTrue(assertThrows(StartupFailure.class, () -> LauncherSettings.from(Map.of("PORTAL_HTTP_THREADS", "many")))
                .getMessage().startsWith("PORTAL_HTTP_THREADS must be"));
    }

    private static final Map<String, String> CLUSTER = Map.of("PORTAL_DB_URL", "jdbc:mariadb://db.internal:3306/portal",
            "PORTAL_PHOTOS_DIR", "/srv/shared/photos", "PORTAL_EXPORTS_DIR", "/srv/shared/exports",
            "PORTAL_CLUSTER_MEMBERS", "10.0.0.11:6900, 10.0.0.12:6900", "PORTAL_CLUSTER_INTERFACE", "10.0.0.11");

    @Test
    void aSingleNodeUnlessTheMembersAreNamed() throws StartupFailure {
        var settings = LauncherSettings.from(Map.of("PORTAL_DATA_DIR", "/srv/portal"));
        assertTrue(settings.cluster().isEmpty(), "no grid, --nohazelcast");
        assertEquals(Path.of("/srv/portal/photos"), settings.photosDir(), "photos in the data folder by default");
    }

    @Test
    void clusterModeWithTcpIpMembersBoundToOneAddress() throws StartupFailure {
        var settings = LauncherSettings.from(CLUSTER);
        var cluster = settings.cluster().orElseThrow();
        assertEquals("civic-portal", cluster.name());
        assertEquals(java.util.List.of("10.0.0.11:6900", "10.0.0.12:6900"), cluster.members());
        assertEquals("10.0.0.11", cluster.bindAddress());
        assertEquals(6900, cluster.port());
        assertEquals(Path.of("/srv/shared/photos"), settings.photosDir());
        assertEquals(java.util.List.of("--clustername", "civic-portal", "--clustermode",
                "tcpip:10.0.0.11:6900,10.0.0.12:6900", "--interfaces", "10.0.0.11", "--startport", "6900",
                "--nohostaware"), cluster.payaraOptions());
    }

    @Test
    void wrongClusterSettingsAreOneClearSentence() {
        assertEquals("PORTAL_CLUSTER_INTERFACE must be one IP address of this machine on a private network, not a "
                + "host name or a wildcard, but is \"0.0.0.0\".", clusterFailure("PORTAL_CLUSTER_INTERFACE", "0.0.0.0"));
        assertTrue(clusterFailure("PORTAL_CLUSTER_INTERFACE", "grid.example").startsWith(
                "PORTAL_CLUSTER_INTERFACE must be one IP address"));
        for (var exposed : java.util.List.of("192.0.2.7", "8.8.8.8", "2001:db8::7")) {
            assertTrue(clusterFailure("PORTAL_CLUSTER_INTERFACE", exposed).startsWith(
                    "PORTAL_CLUSTER_INTERFACE must be an address of a private network"), exposed);
        }
        assertEquals("PORTAL_CLUSTER_MEMBERS must list host:port entries separated by commas but contains "
                + "\"10.0.0.12\".", clusterFailure("PORTAL_CLUSTER_MEMBERS", "10.0.0.11:6900,10.0.0.12"));
        assertTrue(clusterFailure("PORTAL_CLUSTER_MEMBERS", "10.0.0.11:99999").startsWith(
                "PORTAL_CLUSTER_MEMBERS must list host:port"));
        assertTrue(clusterFailure("PORTAL_CLUSTER_PORT", "69o0").startsWith("PORTAL_CLUSTER_PORT must be a port number"));
        assertTrue(clusterFailure("PORTAL_CLUSTER_NAME", "my portal").startsWith("PORTAL_CLUSTER_NAME must be"));
        assertTrue(clusterFailure("PORTAL_CLUSTER_INTERFACE", " ").startsWith(
                "PORTAL_CLUSTER_INTERFACE must name the private address"));
        assertTrue(clusterFailure("PORTAL_DB_URL", "").startsWith("A cluster needs one database for every node"));
        assertTrue(clusterFailure("PORTAL_PHOTOS_DIR", "").startsWith("A cluster needs its photos on storage"));
        assertTrue(clusterFailure("PORTAL_EXPORTS_DIR", " ").startsWith("A cluster needs its data exports on storage"));
        assertEquals("PORTAL_CLUSTER_INTERFACE is set but PORTAL_CLUSTER_MEMBERS is not; set it to the grid's members "
                + "(host:port,host:port) or unset PORTAL_CLUSTER_INTERFACE for a single node.",
                assertThrows(StartupFailure.class, () -> LauncherSettings.from(
                        Map.of("PORTAL_CLUSTER_INTERFACE", "10.0.0.11"))).getMessage());
    }

    @Test
    void theGridAddressMustBelongToThisMachine() throws StartupFailure {
        // 10.255.255.254: a private address this machine does not have.
        var elsewhere = new java.util.HashMap<>(CLUSTER);
        elsewhere.put("PORTAL_CLUSTER_INTERFACE", "10.255.255.254");
        var cluster = LauncherSettings.from(elsewhere).cluster().orElseThrow();
        assertTrue(assertThrows(StartupFailure.class, cluster::requireBindable).getMessage()
                .startsWith("The data grid cannot listen on 10.255.255.254 port 6900"));
    }

    @Test
    void anExternalDatabasesOwnerAccountIsBothSettingsOrNeither() throws StartupFailure {
        var external = Map.of("PORTAL_DB_URL", "jdbc:mariadb://db.example:3306/portal", "PORTAL_DB_USER", "portal");
        assertTrue(LauncherSettings.from(external).dbOwner().isEmpty(), "unset: PORTAL_DB_USER migrates, as before");
        var both = new java.util.HashMap<>(external);
        both.put("PORTAL_DB_OWNER_USER", "portal_owner");
        both.put("PORTAL_DB_OWNER_PASSWORD", "s3cret");
        var owner = LauncherSettings.from(both).dbOwner().orElseThrow();
        assertEquals("portal_owner", owner.user());
        assertEquals("s3cret", owner.password());
        assertFalse(owner.toString().contains("s3cret"), "the password is never printed");

        var userOnly = new java.util.HashMap<>(external);
        userOnly.put("PORTAL_DB_OWNER_USER", "portal_owner");
        assertEquals("PORTAL_DB_OWNER_USER and PORTAL_DB_OWNER_PASSWORD go together: set both (the account that owns "
                + "the schema) or neither, but PORTAL_DB_OWNER_PASSWORD is empty.",
                assertThrows(StartupFailure.class, () -> LauncherSettings.from(userOnly)).getMessage());
        var passwordOnly = new java.util.HashMap<>(external);
        passwordOnly.put("PORTAL_DB_OWNER_PASSWORD", "s3cret");
        assertEquals("PORTAL_DB_OWNER_USER and PORTAL_DB_OWNER_PASSWORD go together: set both (the account that owns "
                + "the schema) or neither, but PORTAL_DB_OWNER_USER is empty.",
                assertThrows(StartupFailure.class, () -> LauncherSettings.from(passwordOnly)).getMessage());
        assertTrue(assertThrows(StartupFailure.class, () -> LauncherSettings.from(Map.of("PORTAL_DB_OWNER_USER", "o",
                "PORTAL_DB_OWNER_PASSWORD", "p"))).getMessage().startsWith("PORTAL_DB_OWNER_USER and "
                + "PORTAL_DB_OWNER_PASSWORD are for an external database (PORTAL_DB_URL)"));
        var same = new java.util.HashMap<>(both);
        same.put("PORTAL_DB_OWNER_USER", "portal");
        assertTrue(assertThrows(StartupFailure.class, () -> LauncherSettings.from(same)).getMessage()
                .startsWith("PORTAL_DB_OWNER_USER must be another account than PORTAL_DB_USER (\"portal\")"));
    }

    private static String clusterFailure(String variable, String value) {
        var env = new java.util.HashMap<>(CLUSTER);
        env.put(variable, value);
        return assertThrows(StartupFailure.class, () -> LauncherSettings.from(env)).getMessage();
    }
}
