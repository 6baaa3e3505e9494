package org.civicportal.platform.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Static files: a Faces resource whose URL carries its version (a library's release, or {@link ContentVersions}'
 * hash of the portal's own file) is kept a year and never revalidated, because a changed file gets a new URL;
 * an unversioned one (an old link, a version that is not the current file's) an hour. The favicon, whose address
 * browsers fix, a day. Photos set their own year (their address names one stored file).
 */
final class StaticCaching {

    static final String YEAR = "public, max-age=31536000, immutable";
    static final String HOUR = "public, max-age=3600";
    static final String DAY = "public, max-age=86400";
    private static final String RESOURCES = "/jakarta.faces.resource/";

    private StaticCaching() {
    }

    static HttpServletResponse forResource(String path, HttpServletRequest request, HttpServletResponse response) {
        if (path.equals("/favicon.ico")) {
            return new FixedCaching(response, DAY, true);
        }
        if (!path.startsWith(RESOURCES)) {
            return response;
        }
        var version = request.getParameter("v");
        var library = request.getParameter("ln");
        var name = path.substring(RESOURCES.length()).replaceFirst("\\.xhtml$", "");
        boolean versioned = version != null
                && (library != null || version.equals(ContentVersions.current(name)));
        return new FixedCaching(response, versioned ? YEAR : HOUR, true);
    }
}
