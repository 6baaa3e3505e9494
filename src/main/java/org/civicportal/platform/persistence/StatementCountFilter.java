package org.civicportal.platform.persistence;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Adds {@code X-SQL-Statements} to every response when {@code PORTAL_COUNT_STATEMENTS=true}. The count
 * must include statements sent while the page renders, after a large page would have committed its
 * headers, so the body is held back ({@link CountedResponse}) and the header set when the request is done.
 * Mapped first in web.xml (REQUEST only: forwards and includes are part of the same request's count).
 * Unset, the filter passes the request on untouched.
 */
public class StatementCountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!StatementCount.enabled() || !StatementCount.start()) {
            chain.doFilter(request, response);
            return;
        }
        var counted = new CountedResponse(response);
        try {
            chain.doFilter(request, counted);
            counted.finish();
        } catch (IOException | ServletException | RuntimeException | Error e) {
            // The held body is dropped and nothing is committed, so the container still answers the failure
            // with its error page and status: a page that throws must never reach a test as a 200.
            counted.abandon();
            throw e;
        } finally {
            StatementCount.stop();
        }
    }
}
