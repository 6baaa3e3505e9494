package org.civicportal.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.civicportal.platform.launcher.PayaraMicroProcess;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The WAR that mvn package built, on Payara Micro at the root context as the launcher runs it, started once per
 * test run and shared by every {@link PortalIT} class. Register it after {@link TestServers}, whose database and
 * SMTP server it needs. Payara inherits failsafe's environment (pom.xml), writes its output to
 * target/payara-it.log and is stopped when the run ends, or when the test JVM exits in any other way.
 * <p>Arquillian's payara-micro-managed container starts a Payara Micro process in each deployment, i.e. for each
 * test class (20–40 s each), and Arquillian keeps no deployment across classes under JUnit 5; the tests act as
 * outside clients anyway, so one process started here serves them all.
 */
public final class PortalDeployment implements BeforeAllCallback {

    private static final Path LOG = Path.of("target/payara-it.log");
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    private static final int LOG_TAIL_LINES = 40;

    private static volatile Process payara;
    private static String startupFailure;

    /** The portal's root URL, ending in "/"; the same host as PORTAL_BASE_URL in pom.xml. */
    public static URL base() {
        try {
            return new URL("http://localhost:" + port() + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        startOnce(context);
    }

    private static synchronized void startOnce(ExtensionContext context) throws IOException, InterruptedException {
        if (startupFailure != null) {
            throw new IllegalStateException(startupFailure);
        }
        if (payara != null) {
            if (!payara.isAlive()) {
                throw new IllegalStateException("Payara Micro of this test run stopped with exit code "
                        + payara.exitValue() + " before this class began. " + logTail());
            }
            return;
        }
        try {
            payara = start();
        } catch (IllegalStateException | IOException e) {
            startupFailure = e.getMessage();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(PortalDeployment::stop, "stop-payara-micro"));
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .put(PortalDeployment.class.getName(), (ExtensionContext.Store.CloseableResource) PortalDeployment::stop);
        // Chromium takes seconds to start too: two wait in the pool by the time the portal is up.
        Browser.warmUp(2);
        try {
            awaitHealthy(payara);
        } catch (IllegalStateException e) {
            startupFailure = e.getMessage();
            stop();
            throw e;
        }
    }

    private static Process start() throws IOException {
        var microJar = Path.of("target/lib/payara-micro.jar");
        var war = Path.of("target/civic-portal.war");
        var preBoot = Path.of(System.getProperty("it.payara.preboot", "target/payara-pre-boot-commands.asadmin"));
        for (var required : List.of(microJar, war, preBoot)) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalStateException(required + " is missing: run the integration tests with mvn verify");
            }
        }
        if (somethingListensOn(port())) {
            throw new IllegalStateException("Port " + port() + " is already taken, perhaps by a portal left over from an "
                    + "earlier run (ss -ltnp 'sport = :" + port() + "' names it): stop it, or pass -Dit.http.port=<free port>");
        }
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-jar",
                microJar.toString(), "--deploy", war.toString(), "--contextroot", "/", "--port", String.valueOf(port()),
                // As the launcher runs it: no Hazelcast data grid, and the same pre-boot commands (docs/security.md).
                "--nohazelcast", "--disablephonehome", "--prebootcommandfile", preBoot.toString());
        Files.createDirectories(LOG.getParent());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(LOG.toFile()).start();
    }

    /** Waits until the deployed portal answers GET /health with 200. */
    private static void awaitHealthy(Process process) throws InterruptedException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var health = HttpRequest.newBuilder(URI.create(base() + "health")).timeout(Duration.ofSeconds(10)).build();
        var deadline = Instant.now().plus(READY_TIMEOUT);
        var last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped during start-up with exit code "
                        + process.exitValue() + ". " + logTail());
            }
            try {
                var response = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The portal did not answer GET /health with 200 within "
                + READY_TIMEOUT.toSeconds() + " s (last: " + last + "). " + logTail());
    }

    private static void stop() {
        PayaraMicroProcess.stop(payara);
    }

    private static boolean somethingListensOn(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException nothing) {
            return false;
        }
    }

    private static String logTail() {
        try {
            var lines = Files.readAllLines(LOG, StandardCharsets.UTF_8);
            return "The last lines of " + LOG + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return LOG + " could not be read: " + e.getMessage();
        }
    }

    private static int port() {
        return Integer.getInteger("it.http.port", 18080);
    }
}
