package org.civicportal.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Logger;
import org.civicportal.platform.config.PortalSettings;

/**
 * The one place that says which address a request came from (throttling, the audit log) and whether it reached
 * the portal over https (HSTS, Secure cookies). The container's peer address and scheme, unless the peer is one of
 * the reverse proxies PORTAL_TRUSTED_PROXIES names: only then are X-Forwarded-For and X-Forwarded-Proto believed
 * ({@link TrustedProxies}). Nobody else reads getRemoteAddr() or X-Forwarded-* headers.
 */
@ApplicationScoped
public class ClientAddress {

    private static final Logger LOG = Logger.getLogger(ClientAddress.class.getName());

    @Inject
    PortalSettings settings;

    private TrustedProxies proxies = TrustedProxies.none();

    public ClientAddress() {
    }

    /** For tests and callers outside CDI: the given proxies, no settings. */
    public ClientAddress(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @PostConstruct
    void readSetting() {
        proxies = TrustedProxies.parse(settings.trustedProxies());
        if (!proxies.isEmpty()) {
            LOG.info(() -> "X-Forwarded-For and X-Forwarded-Proto are believed from the trusted proxies " + proxies);
        }
    }

    /** Read at deployment, so a malformed PORTAL_TRUSTED_PROXIES stops the start instead of the first sign-in. */
    void atStartup(@Observes Startup startup) {
        // The observer's bean instance is created here, and with it the parsed setting.
    }

    public String of(HttpServletRequest request) {
        return proxies.client(request.getRemoteAddr(), TrustedProxies.values(request.getHeaders("X-Forwarded-For")));
    }

    /**
     * Whether the portal answers this request over https, for HSTS and Secure cookies: it is published over https
     * (PORTAL_BASE_URL, the TLS proxy in front), the connection itself is secure, or a trusted proxy says in
     * X-Forwarded-Proto that the client reached it over https.
     */
    public boolean isSecure(HttpServletRequest request) {
        return (settings != null && settings.secureCookies()) || request.isSecure()
                || proxies.forwardedHttps(request.getRemoteAddr(),
                        TrustedProxies.values(request.getHeaders("X-Forwarded-Proto")));
    }
}
