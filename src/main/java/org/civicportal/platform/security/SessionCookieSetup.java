package org.civicportal.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.civicportal.platform.config.PortalSettings;

/** Marks the session cookie Secure when the portal is published over HTTPS (PORTAL_BASE_URL). */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Inject
    PortalSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(settings.secureCookies());
    }
}
