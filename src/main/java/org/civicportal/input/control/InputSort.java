package org.civicportal.input.control;

/** The orders /inputs offers; each maps to a fixed ORDER BY served by an index. */
public enum InputSort {
    NEWEST("i.created_at DESC, i.id DESC"),
    MOST_SUPPORTED("i.support_count DESC, i.created_at DESC, i.id DESC"),
    LONGEST_WAITING("i.awaiting DESC, i.created_at ASC, i.id ASC");

    private final String orderBy;

    InputSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
