package org.civicportal.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.civicportal.platform.web.CurrentUser;

/**
 * Which role each protected area needs. web.xml only demands that the person is signed in (so visitors are
 * sent to sign in and brought back); this filter then answers 403 to anyone without the role, using the
 * roles in the database (see {@link RoleDirectory}). The first matching rule wins.
 * <p>Mapped in web.xml (REQUEST dispatches of /admin/*, /inputs/new) after the security headers and before
 * RequestGuard, so a forbidden page stays 403 whatever its query string carries.
 */
public class RoleFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** One rule: paths starting with the prefix need one of these roles. Public for testing/Routes. */
    public record Rule(String pathPrefix, Set<Role> anyOf) {
    }

    /** The rules in the order they are tried (the first matching one wins): the route list of the tests reads them. */
    public static List<Rule> rules() {
        return RULES;
    }

    private static final List<Rule> RULES = List.of(
            new Rule("/admin/people", EnumSet.of(Role.STAFF)),
            new Rule("/admin/mailbox", EnumSet.of(Role.STAFF)),
            new Rule("/admin/outbox", EnumSet.of(Role.STAFF)),
            // /admin/audit and its CSV, /admin/audit.csv
            new Rule("/admin/audit", EnumSet.of(Role.STAFF)),
            new Rule("/admin/sessions", EnumSet.of(Role.STAFF)),
            new Rule("/admin/moderation", EnumSet.of(Role.STAFF)),
            new Rule("/admin/forum", EnumSet.of(Role.STAFF)),
            new Rule("/admin/ledger", EnumSet.of(Role.STAFF)),
            new Rule("/admin/vitality", EnumSet.of(Role.STAFF)),
            new Rule("/admin/commitments", EnumSet.of(Role.STAFF)),
            // /admin/updates and /admin/update (one update's editor)
            new Rule("/admin/update", EnumSet.of(Role.STAFF)),
            new Rule("/admin/inputs", EnumSet.of(Role.OFFICIAL)),
            new Rule("/admin/decision", EnumSet.of(Role.OFFICIAL)),
            new Rule("/admin/task", EnumSet.of(Role.OFFICIAL)),
            new Rule("/admin/roster", EnumSet.of(Role.OFFICIAL)),
            new Rule("/admin", EnumSet.of(Role.OFFICIAL, Role.STAFF)),
            new Rule("/inputs/new", EnumSet.of(Role.RESIDENT)));

    @Inject
    CurrentUser currentUser;

    @Inject
    SecurityEvents securityEvents;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The decoded, normalised path the container serves (getRequestURI is raw: /%61dmin would slip by).
        var path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        var rule = RULES.stream().filter(r -> path.startsWith(r.pathPrefix())).findFirst();
        if (rule.isPresent() && rule.get().anyOf().stream().noneMatch(currentUser::has)) {
            securityEvents.accessRefused(request, currentUser.accountId().orElse(null), rolesOf(rule.get()));
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The roles the first rule matching {@code path} asks for, for the security event log ("signed-in" if none). */
    static String needs(String path) {
        return RULES.stream().filter(r -> path.startsWith(r.pathPrefix())).findFirst().map(RoleFilter::rolesOf)
                .orElse("signed-in");
    }

    private static String rolesOf(Rule rule) {
        return rule.anyOf().stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(","));
    }
}
