package org.civicportal.reciprocity.entity;

/** What was given, and which way: design.md's table of the reciprocity ledger. */
public enum LedgerKind {
    INPUT(true),
    VOLUNTEER_HOURS(true),
    FORUM_PARTICIPATION(true),
    ANSWER(false),
    CREDIT(false),
    DELIVERY(false),
    RECOGNITION(false);

    private final boolean toCity;

    LedgerKind(boolean toCity) {
        this.toCity = toCity;
    }

    /** True when a resident gives and the city receives; false when the city gives back. */
    public boolean toCity() {
        return toCity;
    }
}
