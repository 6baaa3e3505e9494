package org.civicportal.reciprocity.control;

import java.util.Optional;
import org.civicportal.platform.time.Quarter;

/**
 * How many rebalancing commitments due in a quarter were done: the forum feature's commitments publish this
 * read; vitality only shows it. While no implementation is deployed the signal says "no data".
 */
public interface VitalityCommitmentsKept {

    /** Done and due of the commitments due in the quarter; empty when the quarter has none. */
    Optional<Kept> of(Quarter quarter);

    record Kept(long done, long due) {
    }
}
