package org.civicportal.reciprocity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.civicportal.platform.time.Quarter;

/** Which quarters have a story to tell: from the first with any giving or receiving in the ledger. */
@ApplicationScoped
public class LedgerQuarters {

    @PersistenceContext
    EntityManager em;

    /** The first quarter with a ledger row; empty while the ledger is empty (the index gives it in one read). */
    public Optional<Quarter> first() {
        var first = em.createNativeQuery("SELECT MIN(quarter) FROM ledger_entry").getSingleResult();
        return first == null ? Optional.empty() : Optional.of(Quarter.ofCode(((Number) first).intValue()));
    }
}
