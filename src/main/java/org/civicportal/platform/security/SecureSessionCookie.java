package org.civicportal.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;

/**
 * Marks the session cookie Secure on a response to a request {@link ClientAddress#isSecure} sees as https, also
 * when only a trusted proxy's X-Forwarded-Proto says so. The container decides Secure from its own connection
 * (plain http behind a TLS proxy) and the start-up setting (PORTAL_BASE_URL, see {@link SessionCookieSetup}), and
 * writes the cookie as a Set-Cookie header the moment the session is created or its id changes: called right
 * after that, before the response is committed, this adds "; Secure" to that header and leaves its HttpOnly,
 * SameSite and Path, and every other header, as they were.
 */
public final class SecureSessionCookie {

    private static final String SET_COOKIE = "Set-Cookie";

    private SecureSessionCookie() {
    }

    public static void mark(HttpServletRequest request, HttpServletResponse response, ClientAddress address) {
        if (response.isCommitted() || !address.isSecure(request)) {
            return;
        }
        var configured = request.getServletContext().getSessionCookieConfig().getName();
        var prefix = (configured == null ? "JSESSIONID" : configured) + "=";
        var cookies = List.copyOf(response.getHeaders(SET_COOKIE));
        if (cookies.stream().noneMatch(c -> c.startsWith(prefix) && !secure(c))) {
            return;
        }
        for (int i = 0; i < cookies.size(); i++) {
            var cookie = cookies.get(i);
            var value = cookie.startsWith(prefix) && !secure(cookie) ? cookie + "; Secure" : cookie;
            if (i == 0) {
                response.setHeader(SET_COOKIE, value);
            } else {
                response.addHeader(SET_COOKIE, value);
            }
        }
    }

    private static boolean secure(String cookie) {
        for (var attribute : cookie.split(";")) {
            if (attribute.strip().toLowerCase(Locale.ROOT).equals("secure")) {
                return true;
            }
        }
        return false;
    }
}
