package org.civicportal.reciprocity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Set;
import org.civicportal.decision.control.DecisionEvents.ImplementationDelivered;
import org.civicportal.decision.control.DecisionEvents.InputCredited;
import org.civicportal.reciprocity.entity.LedgerKind;

/**
 * CREDIT (a decision credited a resident's input) and DELIVERY (its implementation was done), one per credited
 * input, keyed {@code credit:{decisionId}:{inputId}}, in the input's district and topic. A delivery happened when
 * the work was marked done, or when the input was credited if that came later.
 */
@ApplicationScoped
public class ChainLedger implements LedgerSource {

    static final String EXPECTED = "SELECT 'CREDIT', CONCAT('credit:', c.decision_id, ':', c.input_id), i.author_id, "
            + "c.credited_by, 1, i.district_id, i.topic_id, c.credited_at, NULL "
            + "FROM decision_credit c JOIN input i ON i.id = c.input_id "
            + "UNION ALL SELECT 'DELIVERY', CONCAT('credit:', c.decision_id, ':', c.input_id), i.author_id, "
            + "CASE WHEN c.credited_at > d.delivered_at THEN c.credited_by ELSE d.delivered_by END, 1, i.district_id, "
            + "i.topic_id, GREATEST(c.credited_at, d.delivered_at), NULL "
            + "FROM decision_credit c JOIN decision d ON d.id = c.decision_id JOIN input i ON i.id = c.input_id "
            + "WHERE d.delivered_at IS NOT NULL";

    @Inject
    LedgerWriter writer;

    @Override
    public Set<LedgerKind> kinds() {
        return Set.of(LedgerKind.CREDIT, LedgerKind.DELIVERY);
    }

    @Override
    public String expectedRows() {
        return EXPECTED;
    }

    void credited(@Observes InputCredited event) {
        writer.record(new LedgerEntry(LedgerKind.CREDIT, event.sourceKey(), event.authorId(), event.officialId(),
                BigDecimal.ONE, event.districtId(), event.topicId(), event.at(), null));
    }

    void delivered(@Observes ImplementationDelivered event) {
        writer.record(new LedgerEntry(LedgerKind.DELIVERY, event.sourceKey(), event.authorId(), event.officialId(),
                BigDecimal.ONE, event.districtId(), event.topicId(), event.at(), null));
    }
}
