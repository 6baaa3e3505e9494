package org.civicportal.platform.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts each SQL call EclipseLink sends (named, JPQL and native queries, lazy and batch loads, inserts and
 * updates alike: they all pass through the session's call execution), registered through persistence.xml's
 * {@code eclipselink.session.customizer}. Only when {@code PORTAL_COUNT_STATEMENTS=true}: otherwise no
 * listener is added and a call costs nothing more.
 */
public class StatementCounting implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (StatementCount.enabled()) {
            session.getEventManager().addListener(new Listener());
        }
    }

    /** Fired once per call, in the thread that sends it (client sessions and units of work share it). */
    static final class Listener extends SessionEventAdapter {

        @Override
        public void preExecuteCall(SessionEvent event) {
            StatementCount.statementSent();
        }
    }
}
