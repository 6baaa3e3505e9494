package org.civicportal.reciprocity.control;

import org.civicportal.platform.time.Quarter;

/**
 * One quarter's value of a vitality signal, null when there was nothing to measure, with what it was measured
 * on (inputs, residents, volunteers, hours: the basis).
 */
public record VitalityPoint(Quarter quarter, Double value, long basis) {
}
