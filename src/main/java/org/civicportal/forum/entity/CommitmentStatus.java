package org.civicportal.forum.entity;

/** What became of a rebalancing commitment. DROPPED always carries a public reason; nothing is ever deleted. */
public enum CommitmentStatus {
    OPEN, DONE, DROPPED
}
