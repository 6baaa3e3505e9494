package org.civicportal.platform.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error of the open-data API as problem details (RFC 9457) instead of Payara's HTML page: unknown
 * resources (404), unknown filter values and malformed numbers (400; JAX-RS itself would say 404 for a query
 * parameter it cannot convert), wrong methods (405, with Allow), unacceptable or unsupported types (406, 415),
 * and anything unexpected (500, logged, with no detail for the caller).
 */
public final class ApiErrors {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    private ApiErrors() {
    }

    @Provider
    public static class Expected implements ExceptionMapper<WebApplicationException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            var original = e.getResponse();
            int status = original.getStatus();
            String detail = e.getMessage();
            var parameter = parameterName(e);
            if (parameter != null) {
                // Jersey's ParamException: a query parameter (e.g. page=abc) that is not a valid value.
                status = 400;
                detail = "The parameter \"" + parameter + "\" has a value that is not valid here.";
            } else if (detail == null || detail.startsWith("HTTP ")) {
                detail = switch (status) {
                    case 404 -> "There is no such resource in the open-data API (see docs/security.md for its paths).";
                    case 405 -> "The open-data API is read-only: use GET.";
                    case 406 -> "The open-data API answers JSON only.";
                    case 415 -> "The open-data API does not accept this content type.";
                    default -> null;
                };
            }
            var answer = Response.fromResponse(Problem.response(status, detail, path()));
            var allow = original.getHeaderString("Allow");
            if (allow != null) {
                answer.header("Allow", allow);
            }
            return answer.build();
        }

        private String path() {
            return uri == null ? null : "/api/v1/" + uri.getPath().replaceFirst("^/", "");
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<RuntimeException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(RuntimeException e) {
            if (e instanceof WebApplicationException expected) {
                return new Expected().toResponse(expected);
            }
            LOG.log(Level.SEVERE, e, () -> "Open-data request failed: " + (uri == null ? "" : uri.getRequestUri()));
            return Problem.response(500, "The portal could not answer this request; please try again later.", null);
        }
    }

    /** The name of the parameter Jersey could not convert, or null (Jersey's class, found without linking to it). */
    static String parameterName(Throwable e) {
        for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals("org.glassfish.jersey.server.ParamException")) {
                try {
                    return String.valueOf(type.getMethod("getParameterName").invoke(e));
                } catch (ReflectiveOperationException | RuntimeException unreadable) {
                    return "?";
                }
            }
        }
        return null;
    }
}
