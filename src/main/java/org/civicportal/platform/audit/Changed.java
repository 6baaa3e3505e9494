package org.civicportal.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One field an official or staff member changed: its value before and after (null when there was none). The one
 * type for both records of a change: the audit log's entry and a decision's public version history.
 */
public record Changed(String field, String before, String after) {

    /** The fields whose text differs between two snapshots, in the order of the newer one. */
    public static List<Changed> between(Map<String, String> before, Map<String, String> after) {
        var changes = new ArrayList<Changed>();
        after.forEach((field, value) -> {
            var old = before.get(field);
            if (!Objects.equals(old, value)) {
                changes.add(new Changed(field, old, value));
            }
        });
        return changes;
    }
}
