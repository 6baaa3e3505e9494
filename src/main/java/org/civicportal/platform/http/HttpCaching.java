package org.civicportal.platform.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.civicportal.platform.i18n.LocaleSelection;

/**
 * Who may keep a response, and for how long (docs/security.md, "Caching"):
 * <ul>
 * <li>a visitor's public page, API answer, feed or calendar: public, revalidated by a weak ETag (304 with the
 * same headers and no body), kept a few seconds by shared caches and by this node ({@link PageCache});</li>
 * <li>anything for someone with a session (signed in, or on the way to): {@code private, no-store}, never from
 * the node's cache; a response that sets a cookie: {@code no-store};</li>
 * <li>versioned static resources: a year, immutable ({@link StaticCaching}).</li>
 * </ul>
 * Every response varies on Accept-Encoding (the listener gzips it, docs/security.md). Runs after the request
 * guards and before the clean-URL forwards, for REQUEST dispatches only.
 */
public class HttpCaching extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PERSONAL = "private, no-store";
    static final String VARY = "Accept-Encoding, Accept-Language, Cookie";

    /** The public, read-only addresses a visitor's response may be shared for. */
    private static final Pattern PUBLIC = Pattern.compile("/(|index|inputs|inputs/\\d{1,18}|chains|decisions/\\d{1,18}"
            + "|tasks|tasks/\\d{1,18}|tasks/\\d{1,18}\\.ics|tasks\\.ics|forums|forums/\\d{4}-Q[1-4]|updates|updates/\\d{4}-\\d{2}|feeds/[a-z0-9-]{1,40}\\.atom|api/v1/[A-Za-z0-9/_.-]{0,200})");
    /** Shared by everyone whoever asks: versioned resources, the favicon, photos. */
    private static final Pattern STATIC = Pattern.compile("/(jakarta\\.faces\\.resource/.*|favicon\\.ico|photos/.*)");

    @Inject
    PageCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (STATIC.matcher(path).matches()) {
            response.setHeader("Vary", "Accept-Encoding");
            chain.doFilter(request, StaticCaching.forResource(path, request, response));
            return;
        }
        boolean personal = request.getSession(false) != null || request.getUserPrincipal() != null;
        boolean shared = PUBLIC.matcher(path).matches();
        if (!personal && shared && "HEAD".equals(request.getMethod())) {
            response.setHeader("Vary", VARY);
            chain.doFilter(request, response);
            return;
        }
        if (personal || !shared || !"GET".equals(request.getMethod())) {
            // Signed-in pages, the pages that start a session (sign-in, register), one-time links, actions:
            // nobody keeps them.
            response.setHeader("Vary", shared ? VARY : "Accept-Encoding");
            chain.doFilter(request, new FixedCaching(response, PERSONAL, false));
            return;
        }
        var key = request.getRequestURI() + '?' + request.getQueryString() + '|'
                + LocaleSelection.of(request).code();
        response.setHeader("Vary", VARY);
        boolean fresh = asksFresh(request);
        var page = cache.get(key, fresh, () -> render(request, response, chain));
        if (page != null) {
            answer(page, request, response);
        }
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        var accepted = request.getHeader("Accept-Encoding");
        return accepted != null && accepted.matches("(?i)(.*[,\\s])?gzip\\s*(,.*|;\\s*q=(1(\\.0*)?|0\\.\\d*[1-9]\\d*).*)?");
    }

    /** Contract 2 (issue 10): a client that asks for a fresh copy gets a render, never a kept one. */
    public static boolean asksFresh(HttpServletRequest request) {
        var control = request.getHeader("Cache-Control");
        var pragma = request.getHeader("Pragma");
        return (control != null && (control.contains("no-cache") || control.contains("max-age=0")))
                || (control == null && pragma != null && pragma.contains("no-cache"));
    }

    /**
     * Renders into a held-back body. A render that may be shared comes back as a page (answered by the caller);
     * one that may not (an error, a redirect, a cookie, a session, a no-store or private answer, anything but
     * 200) is answered here and comes back null.
     */
    private Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var before = snapshot(response);
        var captured = new CapturedResponse(response);
        chain.doFilter(request, captured);
        if (captured.passedOn()) {
            return null;
        }
        var body = captured.body();
        var control = String.valueOf(response.getHeader("Cache-Control"));
        boolean shareable = captured.getStatus() == 200 && !captured.setsCookie() && request.getSession(false) == null
                && response.getContentType() != null && !control.contains("no-store") && !control.contains("private");
        if (!shareable) {
            if (captured.setsCookie() || request.getSession(false) != null) {
                response.setHeader("Cache-Control", captured.setsCookie() ? "no-store" : PERSONAL);
            }
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return null;
        }
        var added = new LinkedHashMap<String, List<String>>();
        for (var name : response.getHeaderNames()) {
            var values = new ArrayList<>(response.getHeaders(name));
            values.removeAll(before.getOrDefault(name, List.of()));
            if (!values.isEmpty()) {
                added.put(name, List.copyOf(values));
            }
        }
        // Payara keeps the type beside the headers, not among them.
        added.put("Content-Type", List.of(response.getContentType()));
        return Page.of(added, body, System.currentTimeMillis());
    }

    private static Map<String, List<String>> snapshot(HttpServletResponse response) {
        var headers = new LinkedHashMap<String, List<String>>();
        for (var name : response.getHeaderNames()) {
            headers.put(name, List.copyOf(response.getHeaders(name)));
        }
        return headers;
    }

    /** The page with a nonce of this answer's own, or a 304 repeating the nonce of the copy the client holds. */
    private void answer(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var held = page.matching(request.getHeader("If-None-Match"));
        var nonce = held != null ? held : Page.freshNonce();
        // The response holds the security headers, and after a render here also the render's own: each header
        // the render set is written once, the CSP with this answer's nonce beside the static policy.
        for (var header : page.headers().entrySet()) {
            var name = header.getKey();
            var values = new ArrayList<String>(header.getValue());
            if (name.equalsIgnoreCase(Page.CSP)) {
                values = new ArrayList<>(response.getHeaders(Page.CSP));
                values.removeAll(header.getValue());
                values.addAll(page.policies(nonce));
            }
            if (name.equalsIgnoreCase("Content-Type")) {
                // through the API, not as a raw header: the listener decides on gzip by the response's type
                response.setContentType(values.get(0));
            } else if (!name.equalsIgnoreCase("Content-Length") && !values.isEmpty()) {
                response.setHeader(name, values.get(0));
                values.subList(1, values.size()).forEach(v -> response.addHeader(name, v));
            }
        }
        response.setHeader("Cache-Control", control(page.headers().get("Cache-Control"), response.getContentType()));
        response.setHeader("Vary", VARY);
        response.setHeader("ETag", page.etag(nonce));
        if (held != null) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (page.gzipped() != null && acceptsGzip(request)) {
            // gzipped when kept, with this answer's nonce spliced in: the listener leaves it as it is
            response.setHeader("Content-Encoding", "gzip");
            response.setContentLength(page.gzipped().length(nonce));
            page.gzipped().writeTo(response.getOutputStream(), nonce);
            return;
        }
        var body = page.body(nonce);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * Pages: every browser revalidates each time (max-age=0, so nobody sees an old page after a change of their
     * own), shared caches keep them as long as this node does. Feeds, calendars and the APIs keep the public
     * lifetime their resource chose (readers poll them).
     */
    private String control(List<String> rendered, String contentType) {
        var chosen = rendered == null || rendered.isEmpty() ? null : rendered.get(0);
        if (chosen != null && chosen.startsWith("public") && (contentType == null || !contentType.startsWith("text/html"))) {
            return chosen;
        }
        return cache.seconds() > 0 ? "public, max-age=0, s-maxage=" + cache.seconds() : "public, no-cache";
    }
}
