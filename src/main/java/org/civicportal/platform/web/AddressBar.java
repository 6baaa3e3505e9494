package org.civicportal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The address the person sees in the bar (/inputs/42?page=2), relative to the portal, also on error pages and
 * on pages reached through a forward: where the header's language and sign-in links bring them back to.
 */
@Named
@RequestScoped
public class AddressBar {

    /** Longer return addresses are cut to their path: a link in every page header should stay small. */
    private static final int MAX_LENGTH = 1000;
    private static final List<String> ACCOUNT_PAGES =
            List.of("/sign-in", "/register", "/forgot-password", "/reset-password", "/verify");

    @Inject
    HttpServletRequest request;

    public String here() {
        var errorUri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var forwardUri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String path;
        String query;
        if (errorUri != null) {
            path = errorUri;
            query = null;
        } else if (forwardUri != null) {
            path = forwardUri;
            query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        } else {
            path = request.getRequestURI();
            query = request.getQueryString();
        }
        var context = request.getContextPath();
        if (!context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        var here = query == null || query.isEmpty() ? path : path + "?" + query;
        return here.length() <= MAX_LENGTH ? here : path.substring(0, Math.min(path.length(), MAX_LENGTH));
    }

    /**
     * The header's sign-in link, which brings the person back here afterwards; from the account pages
     * themselves (sign-in, register, password) it carries no return address, which would only nest.
     */
    public String getSignInLink() {
        var here = here();
        var plain = request.getContextPath() + "/sign-in";
        return ACCOUNT_PAGES.stream().anyMatch(here::startsWith) ? plain : plain + "?next=" + getEncoded();
    }

    /** {@link #here()} ready to be a query parameter's value. */
    public String getEncoded() {
        return URLEncoder.encode(here(), StandardCharsets.UTF_8);
    }
}
