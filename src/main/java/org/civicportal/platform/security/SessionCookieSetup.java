package org.civicportal.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.civicportal.platform.config.PortalSettings;

/**
 * Marks the session cookie Secure for the whole application when the portal is published over HTTPS
 * (PORTAL_BASE_URL). Where only a trusted proxy's X-Forwarded-Proto says a request came over https, the sign-in
 * marks the cookie of the new session id on that response ({@link SecureSessionCookie}).
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Inject
    PortalSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(settings.secureCookies());
    }
}
