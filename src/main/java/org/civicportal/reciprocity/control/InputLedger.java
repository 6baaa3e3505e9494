package org.civicportal.reciprocity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Set;
import org.civicportal.input.control.InputEvents.InputAnswered;
import org.civicportal.input.control.InputEvents.InputSubmitted;
import org.civicportal.reciprocity.entity.LedgerKind;

/**
 * INPUT (a resident gave an input) and ANSWER (the city answered it, declined it with a reason, or credited it
 * before anyone answered), both keyed {@code input:{id}}, in the input's district and topic. An ANSWER row
 * carries the seconds the resident waited.
 */
@ApplicationScoped
public class InputLedger implements LedgerSource {

    /** Every input is a giving; every answered one (answered_at set, whatever its status now) an answer. */
    static final String EXPECTED = "SELECT 'INPUT', CONCAT('input:', i.id), i.author_id, NULL, 1, i.district_id, "
            + "i.topic_id, i.created_at, NULL FROM input i "
            + "UNION ALL SELECT 'ANSWER', CONCAT('input:', i.id), i.author_id, i.answered_by, 1, i.district_id, "
            + "i.topic_id, i.answered_at, TIMESTAMPDIFF(SECOND, i.created_at, i.answered_at) FROM input i "
            + "WHERE i.answered_at IS NOT NULL";

    @Inject
    LedgerWriter writer;

    @Override
    public Set<LedgerKind> kinds() {
        return Set.of(LedgerKind.INPUT, LedgerKind.ANSWER);
    }

    @Override
    public String expectedRows() {
        return EXPECTED;
    }

    void submitted(@Observes InputSubmitted event) {
        writer.record(new LedgerEntry(LedgerKind.INPUT, event.sourceKey(), event.authorId(), null, BigDecimal.ONE,
                event.districtId(), event.topicId(), event.at(), null));
    }

    void answered(@Observes InputAnswered event) {
        writer.record(new LedgerEntry(LedgerKind.ANSWER, event.sourceKey(), event.authorId(), event.officialId(),
                BigDecimal.ONE, event.districtId(), event.topicId(), event.at(), event.waitedSeconds()));
    }
}
