package org.civicportal.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/** The portal's roles; how people sign in is {@link PortalAuthentication}. */
@DeclareRoles({"RESIDENT", "OFFICIAL", "STAFF"})
@ApplicationScoped
public class SecurityConfiguration {
}
