package org.civicportal.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What X-Forwarded-For and X-Forwarded-Proto are believed to say, and from whom (RFC 7239 section 5.2). */
class TrustedProxiesTest {

    private static final TrustedProxies PROXIES = TrustedProxies.parse("10.0.0.0/8, 192.168.1.5 2001:db8::/32,::1");

    @Test
    void addressesAndRangesOfBothFamiliesAreTrusted() {
        assertTrue(PROXIES.trusts("10.1.2.3"));
        assertTrue(PROXIES.trusts("192.168.1.5"));
        assertFalse(PROXIES.trusts("192.168.1.6"));
        assertFalse(PROXIES.trusts("11.0.0.1"));
        assertTrue(PROXIES.trusts("2001:db8:ffff::1"));
        assertTrue(PROXIES.trusts("0:0:0:0:0:0:0:1"), "IPv6 loopback as Payara writes it");
        assertFalse(PROXIES.trusts("2001:db9::1"));
        assertTrue(TrustedProxies.parse("172.16.0.0/12").trusts("172.31.255.255"));
        assertFalse(TrustedProxies.parse("172.16.0.0/12").trusts("172.32.0.0"));
        assertTrue(TrustedProxies.parse("0.0.0.0/0").trusts("8.8.8.8"));
    }

    @Test
    void theDefaultTrustsNobody() {
        var none = TrustedProxies.parse("");
        assertTrue(none.isEmpty());
        assertFalse(none.trusts("127.0.0.1"));
        assertEquals("127.0.0.1", none.client("127.0.0.1", List.of("203.0.113.7")));
        assertFalse(none.forwardedHttps("127.0.0.1", List.of("https")));
        assertTrue(TrustedProxies.parse(null).isEmpty());
    }

    @Test
    void aMalformedSettingStopsTheStartAndNamesTheEntry() {
        for (var wrong : List.of("proxy.example.org", "10.0.0.0/33", "::1/129", "10.0.0", "10.0.0.1/", "10.0.0.1/x")) {
            var refused = assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("127.0.0.1 " + wrong));
            assertTrue(refused.getMessage().contains(wrong), refused.getMessage());
        }
    }

    @Test
    void theLauncherStopsOnAMalformedSettingBeforeAnythingStarts() throws Exception {
        var refused = assertThrows(org.civicportal.platform.launcher.StartupFailure.class, () -> org.civicportal.platform
                .launcher.LauncherSettings.from(Map.of("PORTAL_TRUSTED_PROXIES", "10.0.0.1, proxy.internal")));
        assertEquals("PORTAL_TRUSTED_PROXIES: 'proxy.internal' is not an IP address or CIDR range (host names are not "
                + "accepted).", refused.getMessage());
        org.civicportal.platform.launcher.LauncherSettings.from(Map.of("PORTAL_TRUSTED_PROXIES", "10.0.0.1 fd00::/8"));
    }

    @Test
    void fromAnUntrustedPeerTheHeaderIsNotBelieved() {
        assertEquals("203.0.113.9", PROXIES.client("203.0.113.9", List.of("198.51.100.1")));
        assertFalse(PROXIES.forwardedHttps("203.0.113.9", List.of("https")));
    }

    @Test
    void theClientIsTheRightMostAddressThatIsNotATrustedProxy() {
        assertEquals("198.51.100.1", PROXIES.client("10.0.0.2", List.of("198.51.100.1")));
        // The client invented the first entry; the edge proxy 10.0.0.3 appended the address it saw.
        assertEquals("198.51.100.1", PROXIES.client("10.0.0.2", List.of("6.6.6.6, 198.51.100.1, 10.0.0.3")));
        // Several headers are one list, in order.
        assertEquals("198.51.100.1", PROXIES.client("10.0.0.2", List.of("6.6.6.6", "198.51.100.1", "10.0.0.3")));
        assertEquals("2001:db9:0:0:0:0:0:1", PROXIES.client("::1", List.of("2001:db9::1")));
        // Every hop trusted: the left-most one is the client.
        assertEquals("10.0.0.4", PROXIES.client("10.0.0.2", List.of("10.0.0.4, 10.0.0.3")));
        assertEquals("10.0.0.2", PROXIES.client("10.0.0.2", List.of()));
    }

    @Test
    void portsAndBracketsAreRead() {
        assertEquals("198.51.100.1", PROXIES.client("10.0.0.2", List.of("198.51.100.1:4711")));
        assertEquals("2001:db9:0:0:0:0:0:1", PROXIES.client("10.0.0.2", List.of("[2001:db9::1]:4711")));
        assertEquals("2001:db9:0:0:0:0:0:1", PROXIES.client("10.0.0.2", List.of("[2001:db9::1]")));
    }

    @Test
    void malformedValuesAreIgnoredNeverThrown() {
        // Walking from the right stops at the malformed entry: the last hop known is the client.
        assertEquals("10.0.0.2", PROXIES.client("10.0.0.2", List.of("unknown")));
        assertEquals("10.0.0.3", PROXIES.client("10.0.0.2", List.of("198.51.100.1, evil.example, 10.0.0.3")));
        assertEquals("198.51.100.1", PROXIES.client("10.0.0.2", List.of("evil.example, 198.51.100.1")));
        for (var garbage : List.of("", ",,,", "999.1.1.1", "1.2.3.4.5", "::::::::::", "1.2.3.4\r\nX-Evil: 1",
                "x".repeat(5000), "[::1", "%00", "fe80::1%eth0", "_hidden", "1.2.3.4:99999999")) {
            var client = PROXIES.client("10.0.0.2", List.of(garbage));
            assertEquals("10.0.0.2", client, "for " + garbage.substring(0, Math.min(20, garbage.length())));
        }
        var hops = Collections.nCopies(300, "10.0.0.9");
        assertEquals("10.0.0.9", PROXIES.client("10.0.0.2", List.of(String.join(",", hops))));
    }

    @Test
    void aLongHeaderIsReadFromItsRightEndNotDropped() {
        // nginx's $proxy_add_x_forwarded_for appends the real peer to whatever the visitor sent: ~5 KB of invented
        // entries must not make the visitor the proxy itself (every visitor behind it would share one throttle).
        var invented = String.join(", ", Collections.nCopies(400, "198.51.100.99"));
        assertTrue(invented.length() > 4096);
        assertEquals("203.0.113.7", PROXIES.client("10.0.0.2", List.of(invented + ", 203.0.113.7")));
        assertEquals("203.0.113.7", PROXIES.client("10.0.0.2", List.of(invented + ", 203.0.113.7, 10.0.0.3")));
        assertEquals("203.0.113.7", PROXIES.client("10.0.0.2", List.of(invented, "203.0.113.7")),
                "a second header line the proxy added");
        assertTrue(PROXIES.forwardedHttps("10.0.0.2", List.of("http,".repeat(1500) + "https")));
    }

    @Test
    void httpsIsTheNearestProxysWord() {
        assertTrue(PROXIES.forwardedHttps("10.0.0.2", List.of("https")));
        assertTrue(PROXIES.forwardedHttps("10.0.0.2", List.of("HTTPS")));
        assertTrue(PROXIES.forwardedHttps("10.0.0.2", List.of("http, https")));
        assertFalse(PROXIES.forwardedHttps("10.0.0.2", List.of("https, http")));
        assertFalse(PROXIES.forwardedHttps("10.0.0.2", List.of("http")));
        assertFalse(PROXIES.forwardedHttps("10.0.0.2", List.of("")));
        assertFalse(PROXIES.forwardedHttps("10.0.0.2", List.of()));
    }

    @Test
    void clientAddressReadsTheRequestThroughTheServletApi() {
        var address = new ClientAddress(TrustedProxies.parse("127.0.0.1"));
        var viaProxy = request("127.0.0.1", false, Map.of("X-Forwarded-For", List.of("203.0.113.7", "127.0.0.1"),
                "X-Forwarded-Proto", List.of("https")));
        assertEquals("203.0.113.7", address.of(viaProxy));
        assertTrue(address.isSecure(viaProxy));
        var direct = request("198.51.100.3", false, Map.of("X-Forwarded-For", List.of("203.0.113.7"),
                "X-Forwarded-Proto", List.of("https")));
        assertEquals("198.51.100.3", address.of(direct));
        assertFalse(address.isSecure(direct));
        assertTrue(address.isSecure(request("198.51.100.3", true, Map.of())), "a secure connection is secure");
        assertEquals("127.0.0.1", address.of(request("127.0.0.1", false, Map.of())));
    }

    /** A request as the container hands it over: the wrapper answers what ClientAddress reads, nothing else. */
    private static HttpServletRequest request(String peer, boolean secure, Map<String, List<String>> headers) {
        var nothing = (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
        return new HttpServletRequestWrapper(nothing) {
            @Override
            public String getRemoteAddr() {
                return peer;
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public java.util.Enumeration<String> getHeaders(String name) {
                return Collections.enumeration(headers.getOrDefault(name, List.of()));
            }
        };
    }
}
