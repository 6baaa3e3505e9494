package org.civicportal.reciprocity.control;

import java.util.List;

/** One line of a signal (median days, 90th percentile…): its bundle key and a value per quarter, oldest first. */
public record VitalitySeries(String key, List<VitalityPoint> points) {

    /** The current quarter's point: the last. */
    public VitalityPoint current() {
        return points.get(points.size() - 1);
    }
}
