package org.civicportal.decision.control;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether the request being served asked for a fresh copy ({@code Cache-Control: no-cache}, or the older
 * {@code Pragma: no-cache}), as a browser's reload does: then no figure kept by {@link ShortLived} is used.
 */
@RequestScoped
public class FreshRead {

    @Inject
    HttpServletRequest request;

    public boolean wanted() {
        try {
            return contains(request.getHeader("Cache-Control")) || contains(request.getHeader("Pragma"));
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return false;
        }
    }

    private static boolean contains(String header) {
        return header != null && header.toLowerCase(java.util.Locale.ROOT).contains("no-cache");
    }
}
