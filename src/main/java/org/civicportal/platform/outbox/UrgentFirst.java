package org.civicportal.platform.outbox;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stream order across one node's SMTP connections: while any of them holds an ACCOUNT or NOTICE message
 * it claimed and has not yet sent and marked, no connection of the node begins a BULK message. Each claim
 * already takes ACCOUNT, then NOTICE, then BULK rows, and a batch sends its own in that order; this gate keeps
 * another connection's update from leaving before a password reset claimed alongside it. A batch counts its
 * urgent rows in when it claims them and out as each is marked (or let go), so the gate cannot stay shut:
 * a batch's own urgent rows come before its BULK rows and never wait on it.
 */
final class UrgentFirst {

    private final AtomicInteger unsent = new AtomicInteger();

    /** Whether BULK mail may leave now. */
    boolean open() {
        return unsent.get() == 0;
    }

    void holding(int urgent) {
        if (urgent != 0) {
            unsent.addAndGet(urgent);
        }
    }

    void done(int urgent) {
        if (urgent != 0) {
            unsent.addAndGet(-urgent);
        }
    }
}
