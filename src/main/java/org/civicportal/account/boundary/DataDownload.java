package org.civicportal.account.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.time.ZoneOffset;
import org.civicportal.account.control.DataExportCatalog;
import org.civicportal.platform.privacy.ExportStore;
import org.civicportal.platform.web.CurrentUser;

/**
 * /me/data/download?id=N: a person's export, to its owner only (web.xml sends a visitor to sign in first). An id
 * that is not the person's own offer answers 404 like one that never existed, so nobody learns that another's
 * export exists. The file is streamed from disk, never kept by any cache.
 */
@WebServlet("/me/data/download")
public class DataDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    DataExportCatalog exports;

    @Inject
    ExportStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var id = request.getParameter("id");
        var account = currentUser.accountId();
        if (account.isEmpty() || id == null || !id.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var offer = exports.downloadable(account.get(), Long.parseLong(id));
        var file = offer.flatMap(o -> store.find(o.fileName()));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var day = offer.get().readyAt().atOffset(ZoneOffset.UTC).toLocalDate();
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"civic-portal-my-data-" + day + ".zip\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(Files.size(file.get()));
        Files.copy(file.get(), response.getOutputStream());
    }
}
