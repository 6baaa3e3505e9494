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
}
