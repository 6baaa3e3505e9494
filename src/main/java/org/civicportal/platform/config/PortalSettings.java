package org.civicportal.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The environment variables the running application reads (docs/configuration.md lists them all).
 * MicroProfile Config maps each PORTAL_* variable to the property of the same name.
 */
@ApplicationScoped
public class PortalSettings {

    @Inject
    @ConfigProperty(name = "PORTAL_BASE_URL", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "PORTAL_DATA_DIR", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "PORTAL_SMTP_HOST")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "PORTAL_SMTP_PORT", defaultValue = "25")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "PORTAL_SMTP_USER")
    Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = "PORTAL_SMTP_PASSWORD")
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "PORTAL_MAIL_FROM", defaultValue = "Civic Portal <no-reply@civicportal.localhost>")
    String mailFrom;

    @Inject
    @ConfigProperty(name = "PORTAL_STAFF_EMAIL")
    Optional<String> staffEmail;

    @Inject
    @ConfigProperty(name = "PORTAL_TRUSTED_PROXIES")
    Optional<String> trustedProxies;

    /** The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (ClientAddress); blank: none. */
    public String trustedProxies() {
        return trustedProxies.orElse("");
    }

    /** The person who becomes staff when they verify their email: how a new portal gets its first staff. */
    public Optional<String> staffEmail() {
        return staffEmail.map(e -> e.strip().toLowerCase(java.util.Locale.ROOT)).filter(e -> !e.isEmpty());
    }

    /** The public address without a trailing slash, used in links inside emails. */
    public String baseUrl() {
        return baseUrl.replaceAll("/+$", "");
    }

    public boolean secureCookies() {
        return baseUrl.startsWith("https://");
    }

    public Path dataDir() {
        return Path.of(dataDir);
    }

    /** Empty when no SMTP server is configured: the embedded mailbox then captures every message. */
    public Optional<String> smtpHost() {
        return smtpHost.map(String::trim).filter(h -> !h.isEmpty());
    }

    public int smtpPort() {
        return smtpPort;
    }

    public Optional<String> smtpUser() {
        return smtpUser.filter(u -> !u.isBlank());
    }

    public Optional<String> smtpPassword() {
        return smtpPassword;
    }

    public String mailFrom() {
        return mailFrom;
    }
}
