package org.civicportal.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.civicportal.testing.PortalDeployment;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * X-Forwarded-For and X-Forwarded-Proto against the running portal. The test run trusts 127.0.0.1 as its reverse
 * proxy (PORTAL_TRUSTED_PROXIES in pom.xml); the same portal reached over [::1] is an untrusted peer, as a
 * visitor reaching the node around the proxy would be. The throttle tests sign in with an email of their own that
 * has no account: every attempt fails and counts for the pair (email, client address), of which the sixth waits.
 * The session cookie's test signs a real account in.
 */
class TrustedProxyIT extends PortalIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final String THROTTLED = "Too many failed sign-ins from your connection";
    private static final String FAILED = "The email or password is not right";

    @Test
    void fromAnUntrustedPeerForwardedForIsNotBelievedAndTheThrottleCountsTheRealAddress() throws Exception {
        var direct = "http://[::1]:" + PortalDeployment.base().getPort();
        var email = "xff-untrusted-" + UUID.randomUUID() + "@example.org";
        for (int i = 1; i <= 5; i++) {
            var page = signIn(direct, email, "203.0.113." + i, "http");
            assertTrue(page.body().contains(FAILED), "attempt " + i + " is refused as a wrong password");
        }
        // A sixth "client" by the header: the portal sees the same peer and makes it wait.
        var sixth = signIn(direct, email, "203.0.113.6", "https");
        assertTrue(sixth.body().contains(THROTTLED), "the pair (email, ::1) has used its five attempts");
        assertTrue(sixth.headers().firstValue("Strict-Transport-Security").isEmpty(),
                "X-Forwarded-Proto: https from an untrusted peer gives no HSTS");
    }

    @Test
    void fromTheTrustedProxyTheRightMostUntrustedAddressIsTheClient() throws Exception {
        var viaProxy = "http://127.0.0.1:" + PortalDeployment.base().getPort();
        var email = "xff-trusted-" + UUID.randomUUID() + "@example.org";
        // The client's own (invented) entry on the left is not believed: the proxy appended 198.51.100.7.
        for (int i = 1; i <= 5; i++) {
            signIn(viaProxy, email, "10.9.9." + i + ", 198.51.100.7", "http");
        }
        var sameClient = signIn(viaProxy, email, "198.51.100.7", "https");
        assertTrue(sameClient.body().contains(THROTTLED), "the sixth attempt of 198.51.100.7 waits");
        assertEquals("max-age=31536000; includeSubDomains",
                sameClient.headers().firstValue("Strict-Transport-Security").orElse(""),
                "the proxy says the client came over https");
        var otherClient = signIn(viaProxy, email, "198.51.100.8", "http");
        assertTrue(otherClient.body().contains(FAILED), "another client behind the same proxy has its own count");
        assertFalse(otherClient.body().contains(THROTTLED));
        assertTrue(otherClient.headers().firstValue("Strict-Transport-Security").isEmpty());
        var malformed = signIn(viaProxy, email, "not-an-address, %%, [", "https");
        assertEquals(200, malformed.statusCode(), "malformed X-Forwarded-For is ignored, never a 500");
    }

    @Test
    void theLanguageCookieIsSecureOnlyWhenTheTrustedProxySaysHttps() throws Exception {
        var port = PortalDeployment.base().getPort();
        var https = language("http://127.0.0.1:" + port, "https");
        var plain = language("http://[::1]:" + port, "https");
        assertTrue(https.toLowerCase().contains("secure"), https);
        assertFalse(plain.toLowerCase().contains("secure"), plain);
    }

    @Test
    void theSessionCookieOfASignInIsSecureOnlyWhenTheTrustedProxySaysHttps() throws Exception {
        var port = PortalDeployment.base().getPort();
        var email = TestAccounts.create("secure-cookie@example.org", "Selma Secure");
        var https = signIn("http://127.0.0.1:" + port, email, TestAccounts.PASSWORD, "198.51.100.20", "https");
        var forged = signIn("http://[::1]:" + port, email, TestAccounts.PASSWORD, "198.51.100.21", "https");
        var plain = signIn("http://127.0.0.1:" + port, email, TestAccounts.PASSWORD, "198.51.100.22", "http");
        for (var signedIn : List.of(https, forged, plain)) {
            assertEquals(302, signedIn.statusCode(), "signed in: " + signedIn.body());
        }
        var cookie = sessionCookie(https);
        assertTrue(attributes(cookie).contains("secure"), "the client reached the proxy over https: " + cookie);
        assertTrue(attributes(cookie).contains("httponly") && attributes(cookie).contains("samesite=lax")
                && attributes(cookie).contains("path=/"), "the container's other attributes stay: " + cookie);
        assertFalse(attributes(sessionCookie(forged)).contains("secure"),
                "X-Forwarded-Proto from an untrusted peer is not believed: " + sessionCookie(forged));
        assertFalse(attributes(sessionCookie(plain)).contains("secure"), "plain http: " + sessionCookie(plain));
        // The sign-in's other cookie (the account's language) is as over plain http, less its own Secure and expiry.
        assertEquals(1, cookies(plain, false).size(), "the account's language: " + cookies(plain, false));
        assertEquals(cookies(plain, false).stream().map(TrustedProxyIT::timeless).toList(),
                cookies(https, false).stream().map(TrustedProxyIT::timeless).toList(), "the rewrite keeps the others");
        // The portal's redirects name no scheme (relativeRedirectAllowed), which would be the plain http between
        // the proxy and the portal.
        assertEquals("/me", https.headers().firstValue("Location").orElse(""), "where the sign-in goes on");
    }

    /** The one session cookie of a sign-in (its new id, written once, also when marked Secure). */
    private static String sessionCookie(HttpResponse<?> response) {
        var ids = cookies(response, true);
        assertEquals(1, ids.size(), "one session id at sign-in: " + response.headers().allValues("Set-Cookie"));
        return ids.get(0);
    }

    /** The response's session cookies, or its others, as sent. */
    private static List<String> cookies(HttpResponse<?> response, boolean session) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=") == session).toList();
    }

    /** A cookie without its expiry date and Secure, which may differ between two sign-ins a second apart. */
    private static String timeless(String cookie) {
        return Arrays.stream(cookie.split(";")).map(String::strip)
                .filter(a -> !a.regionMatches(true, 0, "Expires=", 0, 8) && !a.equalsIgnoreCase("secure"))
                .collect(Collectors.joining("; "));
    }

    private static List<String> attributes(String cookie) {
        return Arrays.stream(cookie.split(";")).skip(1).map(a -> a.strip().toLowerCase()).toList();
    }

    private static String language(String base, String proto) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/language?to=es&back=/"))
                .header("X-Forwarded-Proto", proto).build(), HttpResponse.BodyHandlers.discarding());
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("portal_lang="))
                .findFirst().orElseThrow();
    }

    /** Opens /sign-in and posts the form, both requests with the given forwarding headers. */
    private static HttpResponse<String> signIn(String base, String email, String forwardedFor, String proto)
            throws Exception {
        return signIn(base, email, "not-the-password", forwardedFor, proto);
    }

    private static HttpResponse<String> signIn(String base, String email, String password, String forwardedFor,
            String proto) throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var page = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("X-Forwarded-For", forwardedFor).header("X-Forwarded-Proto", proto).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var viewState = VIEW_STATE.matcher(page);
        var nonce = NONCE.matcher(page);
        assertTrue(viewState.find() && nonce.find(), "the sign-in form:\n" + page);
        var form = new LinkedHashMap<String, String>();
        form.put("signin", "signin");
        form.put("signin:email", email);
        form.put("signin:password", password);
        form.put("signin:submit", "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        form.put("primefaces.nonce", nonce.group(1));
        var body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", forwardedFor).header("X-Forwarded-Proto", proto)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
