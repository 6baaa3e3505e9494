package org.civicportal.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Ends a signed-in session that was opened before the account's password was last changed or reset (see
 * {@link CredentialsGeneration}), and sends the person to sign in again, with a word why and the way back
 * to the page they were on; a session whose account was deleted meanwhile (on another device) is ended the
 * same way, and the sign-in page says the account was deleted. Mapped in web.xml before RoleFilter and CleanUrlFilter, so no forward or role
 * check ever trusts an outdated session.
 */
public class OutdatedSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OutdatedSessionFilter.class.getName());
    /** Session attribute: this session was signed out because the account's password changed. */
    public static final String ENDED_BY_PASSWORD_CHANGE = OutdatedSessionFilter.class.getName() + ".ended";
    /** Session attribute: this session was signed out because its account was deleted (on another device). */
    public static final String ENDED_BY_ACCOUNT_DELETION = OutdatedSessionFilter.class.getName() + ".deleted";

    @Inject
    CredentialsGeneration generations;

    @Inject
    SecurityEvents securityEvents;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Faces' own scripts and style sheets are the same for everyone: no database read for them.
        var resource = request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
        if (!resource) {
            var session = request.getSession(false);
            var principal = request.getUserPrincipal();
            var accountId = principal == null ? null : accountId(principal.getName());
            if (session != null && accountId != null && !generations.isCurrent(session, accountId)) {
                if (!isPage(request)) {
                    // A favicon, a script or the page-unload beacon sent alongside the page: refused quietly and
                    // the session left for the page's own request to end, so two requests never end it at once
                    // (the later one would empty the sign-in page's form state the earlier one led to).
                    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
                // The account row is gone: it was deleted (AccountErasure), which is not a password change.
                var deleted = generations.current(accountId).isEmpty();
                LOG.info(() -> "Ended a session of account " + accountId + (deleted ? ", which was deleted ("
                        : " opened before its password changed (") + request.getMethod() + " "
                        + request.getRequestURI() + ")");
                securityEvents.sessionEnded(request, deleted ? "account-deleted" : "password-changed", accountId);
                end(request, session, deleted ? ENDED_BY_ACCOUNT_DELETION : ENDED_BY_PASSWORD_CHANGE);
                redirectToSignIn(request, response, deleted);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Signs the session out and forgets everything in it, but keeps its id rather than invalidating it: the
     * browser often sends a second request with the same cookie at that moment (a favicon), and a new session
     * started by that one would replace the sign-in page's and make its form expire. Signing in gives the
     * session a new id anyway.
     */
    private static void end(HttpServletRequest request, jakarta.servlet.http.HttpSession session, String why)
            throws ServletException {
        request.logout();
        // Requests that arrive together (the page and the page-unload beacon) must not both empty the session:
        // the later one would throw away the sign-in page's form state that the earlier one's redirect led to.
        synchronized (session.getId().intern()) {
            try {
                if (session.getAttribute(ENDED_BY_PASSWORD_CHANGE) != null
                        || session.getAttribute(ENDED_BY_ACCOUNT_DELETION) != null) {
                    return;
                }
                for (var name : java.util.Collections.list(session.getAttributeNames())) {
                    session.removeAttribute(name);
                }
                // The sign-in page says why even when a request alongside was the one that ended the session and
                // the page itself arrives through the ordinary sign-in redirect; signing in again removes it.
                session.setAttribute(why, Boolean.TRUE);
            } catch (IllegalStateException alreadyEnded) {
                // ended meanwhile by a request of its own: nothing left to forget
            }
        }
    }

    private static Long accountId(String callerName) {
        try {
            return Long.parseLong(callerName);
        } catch (NumberFormatException notOurs) {
            return null;
        }
    }

    /**
     * A page the person navigates to, a form they send or a Faces ajax request, as opposed to what the browser
     * fetches for the page (images, scripts, the page-unload beacon). Browsers say which with Sec-Fetch-Mode;
     * without it (other clients) a POST or a request for HTML counts as a page.
     */
    private static boolean isPage(HttpServletRequest request) {
        var mode = request.getHeader("Sec-Fetch-Mode");
        if (mode != null) {
            return "navigate".equals(mode) || "partial/ajax".equals(request.getHeader("Faces-Request"));
        }
        var accept = request.getHeader("Accept");
        return "POST".equals(request.getMethod()) || accept != null && accept.contains("text/html");
    }

    private static void redirectToSignIn(HttpServletRequest request, HttpServletResponse response, boolean deleted)
            throws IOException {
        var context = request.getContextPath();
        var here = request.getRequestURI().substring(context.length());
        if ("GET".equals(request.getMethod()) && request.getQueryString() != null) {
            here += "?" + request.getQueryString();
        }
        // After a deletion there is nothing to come back to: no ?next=.
        var target = deleted ? context + "/sign-in?ended=deleted"
                : context + "/sign-in?ended=password&next=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // A PrimeFaces ajax request cannot follow a 302; Faces' own redirect answer makes the page go there.
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;") + "\"/></partial-response>");
        } else {
            response.sendRedirect(target);
        }
    }
}
