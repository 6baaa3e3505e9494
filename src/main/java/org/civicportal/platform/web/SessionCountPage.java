package org.civicportal.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * /admin/sessions: {"sessions": N, "created": M}, the HTTP sessions this node holds and has made since start-up
 * ({@link SessionCount}). /admin/* already
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
        response.getWriter().write("{\"sessions\":" + SessionCount.active() + ",\"created\":" + SessionCount.created() + "}");
    }
}
