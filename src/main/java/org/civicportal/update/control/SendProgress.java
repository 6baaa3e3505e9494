package org.civicportal.update.control;

import java.util.Map;

/**
 * Where a send stands, from its outbox rows by state: done (sent, failed, cancelled) out of everyone it goes to.
 * Until every recipient is queued the total is the audience counted when the send started (or the rows queued,
 * if more); once queued it is the rows themselves, so residents who left or joined meanwhile count as they were
 * treated.
 */
public record SendProgress(String state, long total, long sent, long failed, long cancelled, long retrying,
        long held) {

    public static SendProgress of(String state, Long recipients, boolean queued, Map<String, Long> byState) {
        long rows = byState.values().stream().mapToLong(Long::longValue).sum();
        long total = queued ? rows : Math.max(recipients == null ? 0 : recipients, rows);
        return new SendProgress(state, total, count(byState, "SENT"), count(byState, "FAILED"),
                count(byState, "CANCELLED"), count(byState, "RETRYING"), count(byState, "HELD"));
    }

    private static long count(Map<String, Long> byState, String state) {
        return byState.getOrDefault(state, 0L);
    }

    /** Sent or failed for good: what the rate measures. */
    public long attempted() {
        return sent + failed;
    }

    /** Not sent yet and not cancelled: queued, waiting for a retry, held by a pause, or not queued yet. */
    public long pending() {
        return Math.max(0, total - sent - failed - cancelled);
    }

    /** Whole per cent done, 100 only when nothing is pending (a send of nobody is done at once). */
    public int percent() {
        if (total == 0) {
            return "DRAFT".equals(state) ? 0 : 100;
        }
        long done = total - pending();
        return done >= total ? 100 : (int) Math.min(99, done * 100 / total);
    }
}
