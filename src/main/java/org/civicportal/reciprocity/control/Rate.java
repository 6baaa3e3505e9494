package org.civicportal.reciprocity.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A quarter's rate: what the city gave back in the quarter per input it received in the quarter, as a
 * percentage with no decimals. The answer rate is answers given ÷ inputs received in the same quarter, the
 * credit rate credits given ÷ inputs received. Both are flows, so a quarter in which the city catches up on
 * older input shows more than 100 %: the share of a quarter's own inputs still waiting is question 1's figure.
 * Empty when nothing was received (no rate, rather than a misleading 0 % or 100 %).
 */
public final class Rate {

    private Rate() {
    }

    public static Optional<Integer> percent(BigDecimal given, BigDecimal received) {
        if (received == null || received.signum() <= 0) {
            return Optional.empty();
        }
        var safeGiven = given == null ? BigDecimal.ZERO : given.max(BigDecimal.ZERO);
        return Optional.of(safeGiven.multiply(BigDecimal.valueOf(100)).divide(received, 0, RoundingMode.HALF_UP)
                .intValueExact());
    }
}
