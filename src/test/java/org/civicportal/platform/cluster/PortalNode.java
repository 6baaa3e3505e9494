package org.civicportal.platform.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One portal node started as an operator would: java -jar target/civic-portal.jar with environment variables,
 * its output in a log file. {@link #stop()} ends it like Ctrl-C and then makes sure nothing it started is left.
 */
public final class PortalNode implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    /**
     * JVM options for the portals a test starts and stops again within its class (JAVA_TOOL_OPTIONS, read by the
     * launcher's JVM and by the Payara Micro JVM it starts): only the quick first compiler. Such a portal spends
     * its short life mostly booting, and without the optimising compiler's threads a boot takes about half the
     * CPU time (measured: 23 instead of 43 CPU seconds for launcher and Payara together), which on CI's two cores
     * is most of its wall time. What the portal does is the same; only how fast code that runs for minutes
     * becomes is not, and these portals do not live for minutes. The shared deployment (PortalDeployment) serves
     * the whole run and keeps the JVM's default.
     */
    public static final String SHORT_LIVED_JVM = "-XX:TieredStopAtLevel=1";

    final String name;
    final int httpPort;
    final Path log;
    private final Process process;

    private PortalNode(String name, int httpPort, Path log, Process process) {
        this.name = name;
        this.httpPort = httpPort;
        this.log = log;
        this.process = process;
    }

    public static PortalNode start(String name, int httpPort, Path dataDir, Map<String, String> environment)
            throws IOException {
        Files.createDirectories(dataDir);
        var log = dataDir.resolve("node.log");
        var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of("target/civic-portal.jar").toAbsolutePath().toString());
        builder.environment().put("JAVA_TOOL_OPTIONS", SHORT_LIVED_JVM);
        builder.environment().putAll(environment);
        builder.environment().put("PORTAL_HTTP_PORT", String.valueOf(httpPort));
        builder.environment().put("PORTAL_DATA_DIR", dataDir.toAbsolutePath().toString());
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return new PortalNode(name, httpPort, log, builder.start());
    }

    /** Waits for the launcher's "running" line; fails with the node's log if it stopped instead. */
    public PortalNode awaitRunning() throws IOException, InterruptedException {
        var deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            var output = Files.readString(log);
            if (output.contains("Civic Portal is running at")) {
                return this;
            }
            if (!process.isAlive()) {
                throw new AssertionError("Node " + name + " stopped during start-up:\n" + tail(output));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Node " + name + " did not start:\n" + tail(Files.readString(log)));
    }

    public String output() throws IOException {
        return Files.readString(log);
    }

    /** The launcher stops Payara Micro on SIGTERM; anything still alive afterwards is killed. */
    public void stop() throws InterruptedException {
        List<ProcessHandle> started = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        for (var child : started) {
            if (child.isAlive()) {
                child.destroyForcibly();
                child.onExit().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null).join();
            }
        }
    }

    /** Ends the node as a power cut would (SIGKILL), the JVM serving the portal first, then the launcher. */
    public void kill() throws InterruptedException {
        var started = process.descendants().toList();
        for (var child : started) {
            child.destroyForcibly();
        }
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        for (var child : started) {
            child.onExit().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static String tail(String output) {
        return output.length() > 6000 ? output.substring(output.length() - 6000) : output;
    }
}
