package org.civicportal.decision.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One field that changed, as the public version history shows it. */
public record FieldChange(String field, String oldValue, String newValue) {

    /** The fields whose text differs between two snapshots, in the order of the newer one. */
    public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        var changes = new ArrayList<FieldChange>();
        after.forEach((field, value) -> {
            var old = before.get(field);
            if (!Objects.equals(old, value)) {
                changes.add(new FieldChange(field, old, value));
            }
        });
        return changes;
    }
}
