package org.civicportal.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.civicportal.testing.BouncingGreenMail;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestServers;
import org.junit.jupiter.api.Test;

/**
 * The outbox dispatcher's throughput (docs/benchmarks.md, "The outbox dispatcher"): N rendered messages of an
 * update's size (about 3 KB text + 7 KB HTML) queued as one held campaign, released at once, sent by the
 * portal's dispatcher to the harness's GreenMail (real SMTP, messages counted and dropped), while jstat samples
 * the portal JVM's heap every second. Not part of the suite (no IT suffix); run it alone:
 * <pre>mvn -B -q verify -Dit.test=OutboxBenchmark -Dbench.messages=100000 -Dtest=NoSuchTest
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dit.db.port=… -Dit.smtp.port=… -Dit.http.port=…</pre>
 * Results go to target/outbox-benchmark.txt.
 */
class OutboxBenchmark extends PortalIT {

    @Test
    void sendsACampaignOfUpdateSizedMessages() throws Exception {
        int n = Integer.getInteger("bench.messages", 100_000);
        var campaign = "bench:" + System.currentTimeMillis();
        var started = System.nanoTime();
        insert(campaign, n);
        var insertSeconds = (System.nanoTime() - started) / 1e9;
        var payara = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro.jar")).findFirst().orElseThrow();
        var samples = new ArrayList<long[]>();
        var sampling = new AtomicBoolean(true);
        var sampler = new Thread(() -> sample(payara.pid(), samples, sampling), "heap-sampler");
        BouncingGreenMail.discard(true);
        var before = BouncingGreenMail.discarded();
        sampler.start();
        long sent;
        long t0;
        long t1;
        try {
            Thread.sleep(3000); // a few samples of the idle heap first
            t0 = System.nanoTime();
            update("UPDATE outbox_message SET state = 'PENDING' WHERE campaign = ? AND state = 'HELD'", campaign);
            long deadline = System.currentTimeMillis() + Math.max(120_000, n * 20L);
            do {
                Thread.sleep(1000);
                sent = count("SELECT COUNT(*) FROM outbox_message WHERE campaign = ? AND state = 'SENT'", campaign);
            } while (sent < n && System.currentTimeMillis() < deadline);
            t1 = System.nanoTime();
            Thread.sleep(3000);
        } finally {
            sampling.set(false);
            sampler.join();
            BouncingGreenMail.discard(false);
        }
        var accepted = BouncingGreenMail.discarded() - before;
        var span = query("SELECT CONCAT(TIMESTAMPDIFF(MICROSECOND, MIN(sent_at), MAX(sent_at)), ' ', "
                + "COUNT(DISTINCT claimed_by IS NULL)) FROM outbox_message WHERE campaign = ?", campaign).split(" ");
        var sendSeconds = Long.parseLong(span[0]) / 1e6;
        long peakUsed = samples.stream().mapToLong(s -> s[0]).max().orElse(0);
        long peakOld = samples.stream().mapToLong(s -> s[1]).max().orElse(0);
        var report = new StringBuilder();
        report.append(String.format("messages %d, inserted in %.1f s%n", n, insertSeconds));
        report.append(String.format("all SENT %.1f s after release (poll every 1 s): %.0f messages/s%n",
                (t1 - t0) / 1e9, n / ((t1 - t0) / 1e9)));
        report.append(String.format("first to last sent_at: %.1f s: %.0f messages/s%n", sendSeconds, (n - 1) / sendSeconds));
        report.append(String.format("accepted by the SMTP sink: %d%n", accepted));
        report.append(String.format("portal heap (jstat, every 1 s): peak used %d MB, peak old generation %d MB%n",
                peakUsed / 1024, peakOld / 1024));
        report.append("samples (s, used MB, old MB):\n");
        for (var s : samples) {
            report.append(String.format("%d %d %d%n", s[2], s[0] / 1024, s[1] / 1024));
        }
        Files.writeString(Path.of("target/outbox-benchmark.txt"), report);
        delete(campaign);
        assertEquals(n, sent, "every message sent");
        assertEquals(n, accepted, "each exactly once");
    }

    private static void insert(String campaign, int n) throws SQLException {
        try (var connection = TestServers.connect()) {
            for (int from = 1; from <= n; from += 10_000) {
                int to = Math.min(n, from + 9_999);
                try (var insert = connection.prepareStatement("INSERT INTO outbox_message (message_key, stream, "
                        + "campaign, recipient, language, template, subject, text_body, html_body, message_id, state, "
                        + "next_attempt_at, created_at) SELECT CONCAT(?, ':', seq), 'BULK', ?, "
                        + "CONCAT('bench', seq, '@bench.example.org'), 'en', 'bench/update', "
                        + "CONCAT('The November update, message ', seq), "
                        + "CONCAT('Hello resident ', seq, ',\\n\\n', REPEAT('What changed this month: a decision, "
                        + "its credited inputs and the work done. ', 40)), "
                        + "CONCAT('<html><body><h1>The November update</h1><p>Hello resident ', seq, '</p>', "
                        + "REPEAT('<p style=\"margin:0 0 12px;color:#1f2937\">What changed this month: a decision, "
                        + "its credited inputs and the work done.</p>', 60), '</body></html>'), "
                        + "CONCAT('<', seq, '.', ?, '@bench.outbox>'), 'HELD', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) "
                        + "FROM seq_" + from + "_to_" + to)) {
                    insert.setString(1, campaign);
                    insert.setString(2, campaign);
                    insert.setString(3, campaign.replace(':', '.'));
                    insert.executeUpdate();
                }
            }
        }
    }

    private static void delete(String campaign) throws SQLException {
        while (update("DELETE FROM outbox_message WHERE campaign = ? LIMIT 10000", campaign) > 0) {
            // in chunks, so one statement does not hold a huge transaction
        }
    }

    /** Heap used (eden + survivors + old) and old generation, in KB, from jstat -gc, each second. */
    private static void sample(long pid, List<long[]> samples, AtomicBoolean running) {
        var jstat = Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
        long start = System.nanoTime();
        while (running.get()) {
            try {
                var process = new ProcessBuilder(jstat, "-gc", String.valueOf(pid)).redirectErrorStream(true).start();
                var lines = new String(process.getInputStream().readAllBytes()).strip().split("\\R");
                process.waitFor(5, TimeUnit.SECONDS);
                var head = lines[0].trim().split("\\s+");
                var values = lines[lines.length - 1].trim().split("\\s+");
                double used = 0;
                double old = 0;
                for (int i = 0; i < head.length; i++) {
                    switch (head[i]) {
                        case "S0U", "S1U", "EU" -> used += Double.parseDouble(values[i]);
                        case "OU" -> {
                            used += Double.parseDouble(values[i]);
                            old = Double.parseDouble(values[i]);
                        }
                        default -> { }
                    }
                }
                synchronized (samples) {
                    samples.add(new long[] {(long) used, (long) old, (System.nanoTime() - start) / 1_000_000_000L});
                }
                Thread.sleep(1000);
            } catch (IOException | RuntimeException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static int update(String sql, Object... params) throws SQLException {
        try (var connection = TestServers.connect(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static long count(String sql, Object... params) throws SQLException {
        return Long.parseLong(query(sql, params));
    }

    private static String query(String sql, Object... params) throws SQLException {
        try (var connection = TestServers.connect(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
