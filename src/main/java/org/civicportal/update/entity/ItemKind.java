package org.civicportal.update.entity;

/** What an item of an update tells about; every kind but CUSTOM is drafted from the month. */
public enum ItemKind {
    DECISION, PROGRESS, DELIVERY, TASK, FORUM, THANKS, NUMBERS, CUSTOM
}
