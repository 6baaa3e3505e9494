package org.civicportal.reciprocity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.civicportal.platform.persistence.UtcInstantConverter;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.time.CityTime;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.reciprocity.control.VitalityEvents.QuietGiverCheckedIn;
import org.civicportal.reciprocity.control.VitalityEvents.ResidentInvited;

/**
 * The prompts' actions: each records who was contacted (so nobody is prompted twice) and fires the event
 * whose observer sends the email after commit. Only staff may act, whatever the page showed.
 */
@ApplicationScoped
public class VitalityService {

    /** The longest check-in a staff member may send. */
    public static final int CHECK_IN_MAX = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    VitalityPrompts prompts;

    @Inject
    CityTime city;

    @Inject
    Event<ResidentInvited> invited;

    @Inject
    Event<QuietGiverCheckedIn> checkedIn;

    Clock clock = Clock.systemUTC();

    /** Invites the resident to the chain's open tasks; false when there is nobody to invite any more. */
    @Transactional
    public boolean invite(long residentId, long decisionId) {
        currentUser.require(Role.STAFF);
        if (!prompts.isUninvited(residentId, decisionId) || !record("INVITE", residentId, "decision:" + decisionId)) {
            return false;
        }
        invited.fire(new ResidentInvited(residentId, decisionId, currentUser.requireAccountId()));
        return true;
    }

    /**
     * Sends the staff member's check-in to a quiet giver of this quarter; false when someone already checked
     * in with them this quarter.
     */
    @Transactional
    public boolean checkIn(long residentId, String message) {
        currentUser.require(Role.STAFF);
        var quarter = city.currentQuarter();
        if (prompts.quietGivers(quarter).stream().noneMatch(q -> q.residentId() == residentId)
                || !record("CHECK_IN", residentId, VitalityPrompts.checkInSubject(quarter))) {
            return false;
        }
        checkedIn.fire(new QuietGiverCheckedIn(residentId, currentUser.requireAccountId(), message));
        return true;
    }

    /** The unique index decides under concurrent clicks: only the first staff member's row is written. */
    private boolean record(String kind, long residentId, String subject) {
        return em.createNativeQuery("INSERT IGNORE INTO vitality_contact (kind, resident_id, subject, sent_by, sent_at) "
                + "VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, kind).setParameter(2, residentId)
                .setParameter(3, subject).setParameter(4, currentUser.requireAccountId())
                .setParameter(5, UtcInstantConverter.utc(clock.instant())).executeUpdate() == 1;
    }
}
