package org.civicportal.platform.persistence;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rows read with "WHERE id IN (…)" come back in the database's order; pages need them in the order of the
 * ids (a sorted page, a roster as first shown). Ids not found are left out.
 */
public final class InIdOrder {

    private InIdOrder() {
    }

    public static <T> List<T> sort(List<Long> ids, List<T> found, Function<T, Long> idOf) {
        Map<Long, T> byId = found.stream().collect(Collectors.toMap(idOf, Function.identity(), (a, b) -> a));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
