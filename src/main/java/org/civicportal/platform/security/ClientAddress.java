package org.civicportal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The one place that says which address a request came from, for throttling and the audit log. Today the
 * container's peer address; X-Forwarded-For is believed only from proxies the operator names (issue 13).
 */
@ApplicationScoped
public class ClientAddress {

    public String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
