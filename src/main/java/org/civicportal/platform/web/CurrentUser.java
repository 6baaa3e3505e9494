package org.civicportal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.security.SecurityEvents;
import org.civicportal.platform.security.TwoStepSignIn;
import org.civicportal.platform.security.RoleDirectory;
import org.omnifaces.util.Faces;

/**
 * Who is asking, for pages (#{currentUser}) and services. The caller name Jakarta Security keeps is the
 * account id; roles come from the database, so a change by staff applies at once (OFFICIAL and STAFF only
 * in a session signed in with two factors, see TwoStepSignIn).
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    @Inject
    SecurityEvents securityEvents;

    @Inject
    RoleDirectory roleDirectory;

    private Set<Role> roles;

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

    /** The roles held now, read once per request from the database (see RoleDirectory); none for a visitor. */
    public Set<Role> roles() {
        if (roles == null) {
            roles = accountId().map(roleDirectory::rolesOf).orElse(Set.of());
            if (!TwoStepSignIn.elevated(request) && (roles.contains(Role.OFFICIAL) || roles.contains(Role.STAFF))) {
                // Granted while signed in with one factor: usable after the next sign-in, with two.
                roles = roles.contains(Role.RESIDENT) ? Set.of(Role.RESIDENT) : Set.of();
            }
        }
        return roles;
    }

    public boolean has(Role role) {
        return roles().contains(role);
    }

    /**
     * For actions: answers 403 and stops the action when the person lacks the role. Pages are guarded by
     * RoleFilter too; this is the action's own check.
     */
    public void require(Role role) {
        if (!has(role)) {
            Faces.responseSendError(403, "This action needs the role " + role);
            throw new SecurityException("Account " + accountId().orElse(null) + " lacks the role " + role);
        }
    }

    public boolean isResident() {
        return has(Role.RESIDENT);
    }

    public boolean isStaff() {
        return has(Role.STAFF);
    }

    public boolean isOfficial() {
        return has(Role.OFFICIAL);
    }

    public boolean isAdministrator() {
        return isStaff() || isOfficial();
    }

    public void signOut() throws ServletException {
        securityEvents.signedOut(request, accountId().orElse(null));
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Faces.redirect("");
    }
}
