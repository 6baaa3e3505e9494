package org.civicportal.audit.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.civicportal.audit.control.AuditCatalog;
import org.civicportal.audit.control.AuditFilter;
import org.civicportal.platform.text.SafeCell;
import org.civicportal.platform.web.CurrentUser;

/**
 * /admin/audit.csv?…: the entries of /admin/audit's filter as CSV (RFC 4180: every cell quoted, CRLF), streamed
 * chunk by chunk so a filter matching millions of entries never sits in memory. Every text cell is made safe
 * for spreadsheets ({@link SafeCell}): details and names hold what people typed. RoleFilter requires staff
 * for /admin/audit*; this checks it again.
 */
@WebServlet("/admin/audit.csv")
public class AuditExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int CHUNK = 500;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient AuditCatalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!currentUser.isStaff()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        var filter = AuditFilter.parse(request::getParameter);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/csv; charset=UTF-8; header=present");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        var format = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).setHeader("id", "at", "actor_id",
                "actor_name", "actor_email", "actor_roles", "action", "target_type", "target_id", "details",
                "client_address").get();
        try (var csv = new CSVPrinter(response.getWriter(), format)) {
            catalog.each(filter, CHUNK, entry -> {
                try {
                    csv.printRecord(entry.id(), entry.at(), entry.actorId(), SafeCell.of(entry.actorName()),
                            SafeCell.of(entry.actorEmail()), entry.actorRoles(), entry.action(), entry.targetType(),
                            entry.targetId(), SafeCell.of(entry.details()), SafeCell.of(entry.clientAddress()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
