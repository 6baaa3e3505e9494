package org.civicportal.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * The open-data API is read-only and none of its methods reads a body, so JAX-RS (no {@code @Consumes}) would
 * take any content type and ignore it: a request that carries a body, or declares a content type other than JSON,
 * is refused as unsupported (415, problem details, OWASP ASVS 13.1.5). It runs after matching, so an unknown path
 * is still 404 and a POST still 405; OPTIONS is left to JAX-RS.
 */
@Provider
public class NoRequestBodies implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if ("OPTIONS".equals(request.getMethod())) {
            // JAX-RS answers OPTIONS itself (Allow) and reads nothing, whatever the request declares.
            return;
        }
        var type = request.getMediaType();
        boolean body = request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null
                || request.hasEntity();
        if (body || type != null && !MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
            request.abortWith(Problem.response(415, "The open-data API is read-only and takes no request body.",
                    "/api/v1/" + request.getUriInfo().getPath().replaceFirst("^/", "")));
        }
    }
}
