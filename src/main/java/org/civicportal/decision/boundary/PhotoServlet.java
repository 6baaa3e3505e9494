package org.civicportal.decision.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import org.civicportal.decision.control.PhotoStore;
import org.civicportal.decision.control.PhotoType;

/**
 * /photos/{file}: the photos of implementation updates. The type comes from what the content was checked
 * to be at upload, and the headers forbid the browser from treating the file as anything but an image.
 */
@WebServlet("/photos/*")
public class PhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PhotoStore photos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        var file = photos.find(name);
        var type = PhotoType.ofExtension(name.substring(name.lastIndexOf('.') + 1));
        if (file.isEmpty() || type.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type.get().contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        // frame-ancestors as on every response: an <img> may show the photo, no other site may frame it.
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox; frame-ancestors 'none'");
        response.setHeader("Content-Disposition", "inline; filename=\"" + name + "\"");
        // Names are random and files never change: cache for a year.
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setContentLengthLong(Files.size(file.get()));
        Files.copy(file.get(), response.getOutputStream());
    }
}
