package org.civicportal.reciprocity.control;

import java.util.List;

/**
 * A sign of life or decay as /admin/vitality shows it: its bundle key (vitality.measure.{key}), its unit
 * (days, percent, coefficient, count, perTenHours) and one or more series over the same quarters.
 */
public record VitalityMeasure(String key, String unit, List<VitalitySeries> series) {
}
