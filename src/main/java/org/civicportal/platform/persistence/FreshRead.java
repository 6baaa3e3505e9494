package org.civicportal.platform.persistence;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.civicportal.platform.http.HttpCaching;

/**
 * Whether the request being served asked for a fresh copy, as a browser's reload does ({@link
 * HttpCaching#asksFresh}, the rule the node's page cache follows too): then no figure kept by {@link ShortLived}
 * is used.
 */
@RequestScoped
public class FreshRead {

    @Inject
    HttpServletRequest request;

    public boolean wanted() {
        try {
            return HttpCaching.asksFresh(request);
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return false;
        }
    }
}
