package org.civicportal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.omnifaces.util.Faces;

/**
 * Who is asking, for pages (#{currentUser}) and services. The caller name Jakarta Security keeps is the
 * account id; the role checks read the groups it recorded at sign-in.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public Optional<Long> accountId() {
        var principal = security.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(principal.getName()));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }

    /** For actions that only a signed-in person reaches (their pages are protected in web.xml). */
    public long requireAccountId() {
        return accountId().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    public boolean isResident() {
        return security.isCallerInRole("RESIDENT");
    }

    public boolean isStaff() {
        return security.isCallerInRole("STAFF");
    }

    public boolean isOfficial() {
        return security.isCallerInRole("OFFICIAL");
    }

    public boolean isAdministrator() {
        return isStaff() || isOfficial();
    }

    public void signOut() throws ServletException {
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Faces.redirect("");
    }
}
