package org.civicportal.platform.web;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many HTTP sessions this node holds, shown to staff by {@link SessionCountPage}. Visitors reading public
 * pages must not create any (each costs heap, and a replicated copy in a cluster); this is how staff and the
 * tests see that they do not. Staff only: the number says how many people are signed in.
 */
@WebListener
public class SessionCount implements HttpSessionListener {

    private static final AtomicLong ACTIVE = new AtomicLong();
    private static final AtomicLong CREATED = new AtomicLong();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        ACTIVE.incrementAndGet();
        CREATED.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        ACTIVE.decrementAndGet();
    }

    static long active() {
        return ACTIVE.get();
    }

    /** Since start-up; unlike {@link #active()} it never falls, so a test can see that none was made. */
    static long created() {
        return CREATED.get();
    }
}
