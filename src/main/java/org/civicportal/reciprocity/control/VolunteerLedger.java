package org.civicportal.reciprocity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Set;
import org.civicportal.reciprocity.entity.LedgerKind;
import org.civicportal.volunteer.control.VolunteerEvents.HoursRecorded;
import org.civicportal.volunteer.control.VolunteerEvents.VolunteerThanked;

/**
 * VOLUNTEER_HOURS (the hours recorded now, at the shift's start) and RECOGNITION (the thanks), keyed
 * {@code signup:{id}}, in the district and topic of the decision the task carries out. A correction replaces the
 * row; hours corrected to none remove it.
 */
@ApplicationScoped
public class VolunteerLedger implements LedgerSource {

    static final String EXPECTED = "SELECT 'VOLUNTEER_HOURS', CONCAT('signup:', s.id), s.account_id, s.recorded_by, "
            + "s.hours, d.district_id, d.topic_id, t.starts_at, NULL "
            + "FROM signup s JOIN task t ON t.id = s.task_id JOIN decision d ON d.id = t.decision_id WHERE s.hours > 0 "
            + "UNION ALL SELECT 'RECOGNITION', CONCAT('signup:', s.id), s.account_id, s.thanked_by, 1, d.district_id, "
            + "d.topic_id, s.thanked_at, NULL "
            + "FROM signup s JOIN task t ON t.id = s.task_id JOIN decision d ON d.id = t.decision_id "
            + "WHERE s.thanked_at IS NOT NULL";

    @Inject
    LedgerWriter writer;

    @Override
    public Set<LedgerKind> kinds() {
        return Set.of(LedgerKind.VOLUNTEER_HOURS, LedgerKind.RECOGNITION);
    }

    @Override
    public String expectedRows() {
        return EXPECTED;
    }

    void recorded(@Observes HoursRecorded event) {
        if (event.hours().signum() > 0) {
            writer.record(new LedgerEntry(LedgerKind.VOLUNTEER_HOURS, event.sourceKey(), event.accountId(),
                    event.officialId(), event.hours(), event.districtId(), event.topicId(), event.at(), null));
        } else {
            writer.remove(LedgerKind.VOLUNTEER_HOURS, event.sourceKey());
        }
    }

    void thanked(@Observes VolunteerThanked event) {
        writer.record(new LedgerEntry(LedgerKind.RECOGNITION, event.sourceKey(), event.accountId(), event.officialId(),
                BigDecimal.ONE, event.districtId(), event.topicId(), event.at(), null));
    }
}
