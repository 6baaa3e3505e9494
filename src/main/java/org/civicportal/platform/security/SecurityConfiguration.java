package org.civicportal.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in happens on the portal's own page (/sign-in), which calls SecurityContext.authenticate so it can
 * throttle attempts and explain failures; a visitor who opens a protected page is redirected there and
 * brought back afterwards.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/sign-in", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"RESIDENT", "OFFICIAL", "STAFF"})
@ApplicationScoped
public class SecurityConfiguration {
}
