package org.civicportal.platform.http;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response whose lifetime is decided here, whatever the servlet, resource handler or page behind it would
 * say (Mojarra sends a week and an Expires for resources, the calendar a public five minutes). Without
 * validators too, for a response nobody may keep: an ETag would invite a revalidation of nothing.
 */
final class FixedCaching extends HttpServletResponseWrapper {

    private final boolean validators;

    FixedCaching(HttpServletResponse response, String control, boolean validators) {
        super(response);
        this.validators = validators;
        response.setHeader("Cache-Control", control);
    }

    private boolean ours(String name) {
        return name.equalsIgnoreCase("Cache-Control") || name.equalsIgnoreCase("Expires")
                || name.equalsIgnoreCase("Pragma")
                || !validators && (name.equalsIgnoreCase("ETag") || name.equalsIgnoreCase("Last-Modified"));
    }

    @Override
    public void setHeader(String name, String value) {
        if (!ours(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!ours(name)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setDateHeader(String name, long date) {
        if (!ours(name)) {
            super.setDateHeader(name, date);
        }
    }

    @Override
    public void addDateHeader(String name, long date) {
        if (!ours(name)) {
            super.addDateHeader(name, date);
        }
    }
}
