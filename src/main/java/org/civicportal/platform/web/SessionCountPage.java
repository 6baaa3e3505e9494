package org.civicportal.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.civicportal.platform.cluster.SessionWeight;

/**
 * /admin/sessions: {"sessions": N, "created": M, "own": {...}}, the HTTP sessions this node holds and has made since
 * start-up ({@link SessionCount}), and the serialised weight of the caller's own session ({@link SessionWeight}:
 * what the data grid holds per signed-in person in cluster mode) and its idle limit (maxInactiveSeconds:
 * web.xml's 30 minutes). /admin/* already
 * needs a signed-in official or staff member (web.xml, RoleFilter); this needs staff, since the number says how
 * many people are signed in.
 */
@WebServlet("/admin/sessions")
public class SessionCountPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!currentUser.isStaff()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        var own = SessionWeight.of(request.getSession(false));
        response.getWriter().write("{\"sessions\":" + SessionCount.active() + ",\"created\":" + SessionCount.created()
                + ",\"own\":{\"bytes\":" + own.bytes() + ",\"attributes\":" + own.attributes()
                + ",\"unserialisable\":" + own.unserialisable() + ",\"maxInactiveSeconds\":"
                + (request.getSession(false) == null ? 0 : request.getSession(false).getMaxInactiveInterval()) + "}}");
    }
}
