package org.civicportal.decision.control;

import java.io.Serializable;

/** How a district's decisions are being carried out: how many, and their average progress. */
public record DistrictProgress(String district, long decisions, double averageProgress) implements Serializable {

    public long roundedAverage() {
        return Math.round(averageProgress);
    }
}
