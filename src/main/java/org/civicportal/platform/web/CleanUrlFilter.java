package org.civicportal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Stable URLs with an id in the path (/inputs/42) served by a page that takes the id as a parameter
 * (/input?id=42, the page input.xhtml). The address bar keeps the clean URL; forms post back to it (o:form useRequestURI).
 * FacesViews handles every URL without an id.
 * <p>Mapped in web.xml (REQUEST dispatches of /inputs/*, /decisions/*, /tasks/*, /forums/*, /updates/*) after the security headers
 * and the request guards, so the forwarded page is answered with the headers and only for sound requests.
 */
public class CleanUrlFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** A clean URL (one capturing group: the id) and the page it is forwarded to, id appended. Public for testing/Routes. */
    public record Route(Pattern path, String view) {
    }

    /** Every clean URL: the route list of the tests reads them. */
    public static List<Route> routes() {
        return ROUTES;
    }

    private static final List<Route> ROUTES = List.of(
            new Route(Pattern.compile("/inputs/(\\d{1,18})"), "/input?id="),
            new Route(Pattern.compile("/decisions/(\\d{1,18})"), "/decision?id="),
            new Route(Pattern.compile("/tasks/(\\d{1,18})"), "/task?id="),
            new Route(Pattern.compile("/tasks/(\\d{1,18})\\.ics"), "/task-calendar?id="),
            // Any short word: the page itself answers 404 for what is no quarter with a page (/forums/abc).
            new Route(Pattern.compile("/forums/([0-9A-Za-z-]{1,16})"), "/forum?quarter="),
            // Likewise: the page answers 404 for what is no sent month (/updates/2026-13).
            new Route(Pattern.compile("/updates/([0-9A-Za-z-]{1,16})"), "/update?month="));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        for (var route : ROUTES) {
            var match = route.path().matcher(path);
            if (match.matches()) {
                request.getRequestDispatcher(route.view() + match.group(1)).forward(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
