package org.civicportal.platform.api;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * An API error as RFC 9457 problem details ({@code application/problem+json}): the status, its standard
 * title, and a sentence saying what to change. Never a stack trace or a server's HTML page.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    public static String json(int status, String detail, String instance) {
        var problem = Json.createObjectBuilder().add("type", "about:blank").add("title", title(status))
                .add("status", status);
        if (detail != null && !detail.isBlank()) {
            problem.add("detail", detail);
        }
        if (instance != null) {
            problem.add("instance", instance);
        }
        return problem.build().toString();
    }

    /** For JAX-RS: exception mappers of the open-data API. */
    public static Response response(int status, String detail, String instance) {
        return Response.status(status).type(MEDIA_TYPE).entity(json(status, detail, instance)).build();
    }

    /** For servlet filters that refuse an API request before JAX-RS sees it. */
    public static void write(HttpServletResponse response, int status, String detail, String instance)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json(status, detail, instance));
    }

    static String title(int status) {
        var known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 413 -> "Content Too Large";
            case 422 -> "Unprocessable Content";
            default -> status >= 500 ? "Server Error" : "Client Error";
        };
    }
}
