package org.civicportal.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import jakarta.ws.rs.ApplicationPath;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.civicportal.platform.api.OpenDataApi;
import org.civicportal.platform.security.ClientAddress;

/**
 * The request line, checked before anything reads the request: a method the portal does not use and an address
 * longer than {@value #MAX_TARGET_CHARS} characters are refused with an error page in the visitor's language
 * (problem details under /api), the security headers set.
 * <ul>
 * <li>Pages and static files (the container's default servlet) answer GET, HEAD, POST (their postback) and
 * OPTIONS, a servlet the methods it defines: OPTIONS is answered here (204 with {@code Allow}), any other method
 * is 405 with {@code Allow}. The Faces servlet renders a DELETE or PUT like a GET (and OPTIONS as the page),
 * HttpServlet answers PATCH with 501 and a POST to a servlet without doPost with a 405 that has no Allow, the
 * default servlet a PUT or DELETE with 403. Only what the container maps to the open-data API's servlet (decided
 * by that mapping, not by the raw address: /api/..;/inputs is the page /inputs) keeps JAX-RS' own answers
 * (problem details, {@code ApiErrors}). A clean URL is judged on its forward, by the page or servlet it reaches.
 * TRACE never gets this far: the container refuses it first (Payara's trace-enabled=false), so nothing could
 * ever echo it.</li>
 * <li>A request target (path and query) over {@value #MAX_TARGET_CHARS} characters is 414. No link or form of
 * the portal comes near it (a search field holds 200 characters); Payara's header buffer (32 KB, pre-boot
 * commands) lets such a request reach the portal, and beyond that buffer the container answers by itself.</li>
 * </ul>
 * This is a filter rather than web.xml {@code <http-method-omission>} constraints: those answer 403 (not 405
 * with Allow) and would need repeating for every path of the security constraints there. Mapped right after
 * SecurityHeadersFilter, so the refusal carries the headers, and before anything that reads parameters or
 * sessions. Refusals are logged at INFO with the client's address (ASVS 14.5.1).
 */
public class RequestLineGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestLineGuard.class.getName());

    /** The longest path plus query answered; 8 KB is what most servers and proxies accept by default. */
    static final int MAX_TARGET_CHARS = 8 * 1024;
    /** What pages (GET and the Faces postback) and the servlets that take forms answer. */
    static final List<String> PAGE_METHODS = List.of("GET", "HEAD", "POST", "OPTIONS");
    private static final String FACES_SERVLET = "facesServlet";
    /** The url-pattern the container gives the JAX-RS servlet of {@link OpenDataApi}: /api/v1/*. */
    static final String API_PATTERN = "/" + OpenDataApi.class.getAnnotation(ApplicationPath.class).value()
            .replaceAll("^/+|/+$", "") + "/*";

    /** A session id in the address (OWASP ASVS 3.1.1): never adopted, see doFilter. */
    private static final Pattern SESSION_IN_PATH = Pattern.compile("(?i);jsessionid=[^/;?]*");

    /** The methods each servlet class answers, found once. */
    private static final Map<String, List<String>> ALLOWED = new ConcurrentHashMap<>();

    @Inject
    ClientAddress address;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var query = request.getQueryString();
        if (request.getDispatcherType() == DispatcherType.REQUEST
                && (request.isRequestedSessionIdFromURL() || SESSION_IN_PATH.matcher(path).find())) {
            // Payara takes a ;jsessionid= path parameter as the session even with cookie-only tracking, and its
            // authentication already did: the session is never used here, the client is sent to the plain address.
            response.setStatus(302);
            response.setHeader("Location", request.getContextPath() + SESSION_IN_PATH.matcher(path).replaceAll("")
                    + (query == null ? "" : "?" + query));
            return;
        }
        int target = request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
        if (request.getDispatcherType() == DispatcherType.REQUEST && target > MAX_TARGET_CHARS) {
            LOG.info(() -> "Refused a " + target + "-character address (" + abbreviated(request.getMethod()) + " "
                    + abbreviated(path) + ") from " + address.of(request) + " with 414");
            RequestGuard.refuse(request, response, 414, "The address is longer than " + MAX_TARGET_CHARS
                    + " characters.");
            return;
        }
        var mapping = request.getHttpServletMapping();
        if (answeredByApi(mapping) || request.getDispatcherType() == DispatcherType.REQUEST && isCleanUrl(path)) {
            chain.doFilter(request, response);
            return;
        }
        var allowed = allowed(request, mapping);
        var allow = String.join(", ", allowed);
        if ("OPTIONS".equals(request.getMethod())) {
            response.setHeader("Allow", allow);
            response.setStatus(204);
            return;
        }
        if (!allowed.contains(request.getMethod())) {
            LOG.info(() -> "Refused " + abbreviated(request.getMethod()) + " " + abbreviated(path) + " from "
                    + address.of(request) + " with 405 (Allow: " + allow + ")");
            response.setHeader("Allow", allow);
            response.sendError(405);
            return;
        }
        chain.doFilter(request, response);
    }

    /** True for what the container maps to the open-data API's servlet, whatever the raw address looked like. */
    static boolean answeredByApi(HttpServletMapping mapping) {
        return mapping != null && mapping.getMappingMatch() == MappingMatch.PATH
                && API_PATTERN.equals(mapping.getPattern());
    }

    /** A clean URL, which CleanUrlFilter forwards: the forward is judged, by what it reaches (/tasks/3.ics). */
    private static boolean isCleanUrl(String path) {
        return CleanUrlFilter.routes().stream().anyMatch(route -> route.path().matcher(path).matches());
    }

    /**
     * What the servlet the request is mapped to answers. Pages and the container's default servlet (static files,
     * unknown addresses): {@link #PAGE_METHODS}; any other servlet what its class defines.
     */
    private static List<String> allowed(HttpServletRequest request, HttpServletMapping mapping) {
        var registration = mapping == null ? null
                : request.getServletContext().getServletRegistration(mapping.getServletName());
        return allowed(mapping, registration == null ? null : registration.getClassName());
    }

    static List<String> allowed(HttpServletMapping mapping, String servletClass) {
        if (servletClass == null || FACES_SERVLET.equals(mapping.getServletName())
                || mapping.getMappingMatch() == MappingMatch.DEFAULT) {
            return PAGE_METHODS;
        }
        return ALLOWED.computeIfAbsent(servletClass, name -> {
            try {
                return allowedBy(Class.forName(name, false, Thread.currentThread().getContextClassLoader()));
            } catch (ClassNotFoundException | LinkageError unknown) {
                return PAGE_METHODS;
            }
        });
    }

    /**
     * The methods an HttpServlet answers, as HttpServlet's own OPTIONS works them out: GET and HEAD with doGet,
     * POST, PUT, DELETE where overridden, OPTIONS always. A servlet that overrides {@code service} dispatches by
     * itself (Payara's own, such as the switched-off /openapi) and any other class: {@link #PAGE_METHODS}.
     */
    static List<String> allowedBy(Class<?> servlet) {
        if (!HttpServlet.class.isAssignableFrom(servlet) || overrides(servlet, "service")) {
            return PAGE_METHODS;
        }
        var methods = new ArrayList<String>();
        if (overrides(servlet, "doGet")) {
            methods.addAll(List.of("GET", "HEAD"));
        }
        for (var method : List.of("POST", "PUT", "DELETE")) {
            if (overrides(servlet, "do" + method.charAt(0) + method.substring(1).toLowerCase(Locale.ROOT))) {
                methods.add(method);
            }
        }
        methods.add("OPTIONS");
        return List.copyOf(methods);
    }

    private static boolean overrides(Class<?> servlet, String name) {
        for (Class<?> c = servlet; c != null && c != HttpServlet.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Log lines stay short whatever was sent. */
    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
