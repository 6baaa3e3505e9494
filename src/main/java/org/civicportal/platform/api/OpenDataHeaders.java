package org.civicportal.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Open data may be read from any web page (civic-tech dashboards, newsrooms): the API is read-only, public
 * and carries no personal data, and no cookies are honoured across origins.
 */
@Provider
public class OpenDataHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
        // Answers are briefly cacheable; errors (problem details) are not, so a fixed mistake shows at once.
        response.getHeaders().putSingle("Cache-Control",
                response.getStatus() < 400 ? "public, max-age=60" : "no-store");
    }
}
