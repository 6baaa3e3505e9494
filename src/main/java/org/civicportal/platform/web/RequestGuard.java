package org.civicportal.platform.web;

import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicportal.platform.api.Problem;

/**
 * Refuses malformed requests before anything acts on them, with a clear 400 or 413 (an error page in the
 * visitor's language, problem details under /api) instead of a 500 from deep inside Faces:
 * <ul>
 * <li>a url-encoded form over {@value #MAX_FORM_BYTES} bytes (Payara's max-post-size) → 413;</li>
 * <li>a multipart body over the Faces servlet's limits (web.xml) → 413, a malformed one → 400;</li>
 * <li>a GET or HEAD carrying {@code jakarta.faces.ViewState} (Faces would take it for a postback) → 400;</li>
 * <li>a Faces postback of a stateless view (no page of the portal posts one) → 400;</li>
 * <li>a Faces postback without PrimeFaces' CSP nonce → 400. PrimeFaces checks the nonce only when it renders
 * the answer, after the action ran and was saved; {@link EarlyCspCheck} checks a wrong one as early.</li>
 * </ul>
 * Mapped in web.xml after RoleFilter, so a forbidden page stays 403 whatever it is sent.
 */
public class RequestGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestGuard.class.getName());

    /** Payara's default max-post-size for url-encoded bodies (network-config http max-post-size-bytes). */
    static final long MAX_FORM_BYTES = 2L * 1024 * 1024;
    /** The Faces servlet's multipart-config max-request-size in web.xml. */
    static final long MAX_MULTIPART_BYTES = 62_914_560L;
    static final String NONCE = "primefaces.nonce";
    /** The view state Faces writes for a transient (stateless) view. */
    private static final String STATELESS = "stateless";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var refusal = refusal(request);
        if (refusal != null) {
            refuse(request, response, refusal.status(), refusal.reason());
            return;
        }
        chain.doFilter(request, response);
    }

    private record Refusal(int status, String reason) {
    }

    private static Refusal refusal(HttpServletRequest request) {
        var method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            if (request.getParameterMap().containsKey(ResponseStateManager.VIEW_STATE_PARAM)) {
                return new Refusal(400, "A page address cannot carry a form's view state.");
            }
            return null;
        }
        if (!"POST".equals(method)) {
            return null;
        }
        var type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        long length = request.getContentLengthLong();
        if (type.startsWith("application/x-www-form-urlencoded")) {
            if (length > MAX_FORM_BYTES) {
                return new Refusal(413, "The form is larger than " + MAX_FORM_BYTES + " bytes.");
            }
            try {
                request.getParameterMap();
            } catch (IllegalStateException tooLarge) {
                // A chunked body without a length that turned out larger than max-post-size.
                return new Refusal(413, "The form is larger than " + MAX_FORM_BYTES + " bytes.");
            }
        } else if (type.startsWith("multipart/")) {
            if (length > MAX_MULTIPART_BYTES) {
                return new Refusal(413, "The upload is larger than " + MAX_MULTIPART_BYTES + " bytes.");
            }
            if (isFacesServlet(request)) {
                var problem = partsProblem(request);
                if (problem != null) {
                    return problem;
                }
            }
        }
        var parameters = request.getParameterMap();
        if (parameters.containsKey(ResponseStateManager.VIEW_STATE_PARAM) && isBlank(request.getParameter(NONCE))) {
            return new Refusal(400, "The form was sent without its security token.");
        }
        if (STATELESS.equals(request.getParameter(ResponseStateManager.VIEW_STATE_PARAM))) {
            // Only visitors' public pages are stateless views (StatelessPages), and they have no form: such a
            // postback is forged, and Faces would answer it with "Unable to restore view" (500).
            return new Refusal(400, "The form was not made by this portal.");
        }
        return null;
    }

    /** Reads the parts now (the container keeps them for Faces) so a broken or oversized body is refused here. */
    private static Refusal partsProblem(HttpServletRequest request) {
        try {
            request.getParts();
            return null;
        } catch (IllegalStateException tooLarge) {
            LOG.log(Level.FINE, "Multipart request over the limits refused", tooLarge);
            return new Refusal(413, "A file or the whole upload is larger than allowed.");
        } catch (IOException | ServletException | RuntimeException malformed) {
            LOG.log(Level.FINE, "Malformed multipart request refused", malformed);
            return mentionsSize(malformed) ? new Refusal(413, "A file or the whole upload is larger than allowed.")
                    : new Refusal(400, "The upload could not be read.");
        }
    }

    private static boolean mentionsSize(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            var text = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (cause instanceof IllegalStateException || text.contains("size") || text.contains("too large")
                    || text.contains("exceed")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFacesServlet(HttpServletRequest request) {
        var mapping = request.getHttpServletMapping();
        return mapping != null && "facesServlet".equals(mapping.getServletName());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** An error page (rendered as a parameterless GET, see ErrorPageRequest) or, under /api, problem details. */
    public static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String reason)
            throws IOException {
        LOG.fine(() -> "Refused " + request.getMethod() + " " + request.getRequestURI() + " with " + status + ": " + reason);
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            Problem.write(response, status, reason, path);
        } else {
            response.sendError(status);
        }
    }
}
