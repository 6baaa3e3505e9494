package org.civicportal.update.boundary;

import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * How many residents an update reaches, counted once per request: the edit page shows it in the audience
 * section (UpdateEditor) and the sending panel in up to four places (UpdateSending); whichever asks first
 * counts, the others read its figure from the request. A send or an audience change ends with a redirect or
 * {@link #forget}, so the figure is never older than the request.
 */
final class AudienceCount {

    private static final String KEY = AudienceCount.class.getName() + ":";

    private AudienceCount() {
    }

    /** The count of update {@code id} in this Faces request. */
    static long of(long id, LongSupplier count) {
        return of(FacesContext.getCurrentInstance().getAttributes(), id, count);
    }

    /** The same, with the request's attributes given (what a unit test passes). */
    static long of(Map<Object, Object> requestAttributes, long id, LongSupplier count) {
        return (Long) requestAttributes.computeIfAbsent(KEY + id, k -> count.getAsLong());
    }

    /** After an action changed what the count depends on (the panel's send). */
    static void forget(long id) {
        FacesContext.getCurrentInstance().getAttributes().remove(KEY + id);
    }
}
