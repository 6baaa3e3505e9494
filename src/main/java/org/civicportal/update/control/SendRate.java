package org.civicportal.update.control;

import java.io.Serializable;
import java.util.ArrayDeque;

/**
 * Messages per second over the last {@link #WINDOW_MILLIS}, from the samples a watching page takes each time it
 * refreshes (no query of its own: the progress counts are read anyway), and the time left at that rate. Keeps
 * at most {@link #MAX_SAMPLES} samples, so it stays small in a view.
 */
public final class SendRate implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long WINDOW_MILLIS = 30_000;
    static final int MAX_SAMPLES = 32;

    private record Sample(long at, long done) implements Serializable {
    }

    private final ArrayDeque<Sample> samples = new ArrayDeque<>();

    /** Adds what was done at this moment (a count that only grows during one send; a smaller one restarts). */
    public void sample(long atMillis, long done) {
        if (!samples.isEmpty() && (done < samples.peekLast().done() || atMillis < samples.peekLast().at())) {
            samples.clear();
        }
        samples.addLast(new Sample(atMillis, done));
        while (samples.size() > MAX_SAMPLES || samples.size() > 2 && atMillis - samples.peekFirst().at() > WINDOW_MILLIS) {
            samples.removeFirst();
        }
    }

    /** Messages per second over the window; 0 until two samples at least a second apart exist. */
    public double perSecond() {
        if (samples.size() < 2) {
            return 0;
        }
        var first = samples.peekFirst();
        var last = samples.peekLast();
        long millis = last.at() - first.at();
        return millis < 1000 ? 0 : (last.done() - first.done()) * 1000.0 / millis;
    }

    /** Seconds until pending messages are sent at the current rate, or -1 when it cannot be told (no rate). */
    public long secondsLeft(long pending) {
        double rate = perSecond();
        if (pending == 0) {
            return 0;
        }
        return rate <= 0 ? -1 : (long) Math.ceil(pending / rate);
    }

    public void reset() {
        samples.clear();
    }
}
