package org.civicportal.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries. PrimeFaces adds its own nonce-based Content-Security-Policy for script
 * sources on pages; this second policy, which browsers enforce as well, forbids framing, plugins and foreign
 * form targets on every response, pages or not.
 * <p>Declared first in web.xml (annotated filters have no order) and for REQUEST, FORWARD and ERROR
 * dispatches, so clean URLs that forward, the container's own error responses and the error pages carry the
 * headers too. HSTS is sent when the request is secure as {@link ClientAddress#isSecure} sees it: published over
 * HTTPS (PORTAL_BASE_URL), or a trusted proxy's X-Forwarded-Proto says https.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Inject
    ClientAddress address;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response, address);
        chain.doFilter(request, response);
    }

    /**
     * Idempotent: a forward or an error page after the first dispatch adds nothing twice. HSTS whenever the
     * portal is published over https (PORTAL_BASE_URL), also behind a TLS proxy where the request itself is not.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response, ClientAddress address) {
        boolean https = address.isSecure(request);
        if (!response.getHeaders("Content-Security-Policy").contains(POLICY)) {
            response.addHeader("Content-Security-Policy", POLICY);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (https) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }
}
