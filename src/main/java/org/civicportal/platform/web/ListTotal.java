package org.civicportal.platform.web;

import org.civicportal.platform.persistence.BoundedCount;

/** A list's total for its pager: the number itself, or "more than 10,000" in the reader's language. */
public final class ListTotal {

    private ListTotal() {
    }

    public static Object shown(BoundedCount count, PageMessages messages) {
        return count.exact() ? count.value() : messages.text("lists.moreThan", BoundedCount.LIMIT);
    }
}
