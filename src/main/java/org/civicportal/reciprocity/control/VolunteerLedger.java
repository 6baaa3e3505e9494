package org.civicportal.reciprocity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Set;
import org.civicportal.decision.control.DecisionEvents.DecisionMoved;
import org.civicportal.reciprocity.entity.LedgerKind;
import org.civicportal.volunteer.control.VolunteerEvents.HoursRecorded;
import org.civicportal.volunteer.control.VolunteerEvents.TaskChanged;
import org.civicportal.volunteer.control.VolunteerEvents.VolunteerThanked;

/**
 * VOLUNTEER_HOURS (the hours recorded now, at the shift's start) and RECOGNITION (the thanks), keyed
 * {@code signup:{id}}, in the district and topic of the decision the task carries out. A correction replaces the
 * row; hours corrected to none remove it. When the chain's decision moves to another district or topic, or the
 * task's start moves, the rows of its sign-ups are recorded again from the source records, as a rebuild would.
 */
@ApplicationScoped
public class VolunteerLedger implements LedgerSource {

    static final String EXPECTED = expected("");

    /**
     * The rows the ledger should hold, with a condition on the sign-up (s), task (t) or decision (d) added to both
     * kinds (" AND t.decision_id = ?1"); the columns are named as ledger_entry's, for {@link LedgerWriter#recordAll}.
     */
    static String expected(String condition) {
        return "SELECT 'VOLUNTEER_HOURS' AS kind, CONCAT('signup:', s.id) AS source_key, s.account_id AS resident_id, "
                + "s.recorded_by AS official_id, s.hours AS amount, d.district_id AS district_id, d.topic_id AS topic_id, "
                + "t.starts_at AS happened_at, NULL AS waited_seconds "
                + "FROM signup s JOIN task t ON t.id = s.task_id JOIN decision d ON d.id = t.decision_id WHERE s.hours > 0"
                + condition + " UNION ALL SELECT 'RECOGNITION', CONCAT('signup:', s.id), s.account_id, s.thanked_by, 1, "
                + "d.district_id, d.topic_id, s.thanked_at, NULL "
                + "FROM signup s JOIN task t ON t.id = s.task_id JOIN decision d ON d.id = t.decision_id "
                + "WHERE s.thanked_at IS NOT NULL" + condition;
    }

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

    /** The chain moved to another district or topic: its volunteers' hours and thanks move with it. */
    void decisionMoved(@Observes DecisionMoved event) {
        writer.recordAll(expected(" AND t.decision_id = ?1"), event.decisionId());
    }

    /** A task edited (its start perhaps moved): its hours rows follow the shift's start, and its quarter. */
    void taskChanged(@Observes TaskChanged event) {
        if (!event.cancelled()) {
            writer.recordAll(expected(" AND s.task_id = ?1"), event.taskId());
        }
    }
}
