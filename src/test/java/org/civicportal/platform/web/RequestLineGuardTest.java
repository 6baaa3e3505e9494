package org.civicportal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLineGuardTest {

    private static final List<String> PAGE = RequestLineGuard.PAGE_METHODS;

    private record Mapping(String getServletName, MappingMatch getMappingMatch, String getPattern)
            implements HttpServletMapping {
        public String getMatchValue() {
            return "";
        }
    }

    @Test
    void theApiIsWhatTheContainerMapsToItsServletAndStaticFilesAnswerAsPages() {
        assertTrue(RequestLineGuard.answeredByApi(new Mapping("api", MappingMatch.PATH, "/api/v1/*")));
        // /api/..;/inputs and /api;x are mapped by their normalised path, to a page or the default servlet.
        assertFalse(RequestLineGuard.answeredByApi(new Mapping("facesServlet", MappingMatch.EXACT, "/inputs")));
        assertFalse(RequestLineGuard.answeredByApi(new Mapping("default", MappingMatch.DEFAULT, "/")));
        assertFalse(RequestLineGuard.answeredByApi(null));
        // Catalina's DefaultServlet defines doPut and doDelete (answered 403): judged as a page instead.
        assertEquals(PAGE, RequestLineGuard.allowed(new Mapping("default", MappingMatch.DEFAULT, "/"),
                Upload.class.getName()));
        assertEquals(List.of("GET", "HEAD", "OPTIONS"), RequestLineGuard.allowed(
                new Mapping("feed", MappingMatch.EXACT, "/feeds/chains.atom"), Feed.class.getName()));
        assertEquals(PAGE, RequestLineGuard.allowed(new Mapping("facesServlet", MappingMatch.EXACT, "/inputs"),
                Feed.class.getName()));
    }

    static class Feed extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        }
    }

    static class Form extends Feed {
        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        }
    }

    static class NarrowerForm extends Form {
    }

    static class Upload extends HttpServlet {
        @Override
        protected void doPut(HttpServletRequest request, HttpServletResponse response) {
        }
    }

    static class OwnDispatch extends HttpServlet {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) {
        }
    }

    @Test
    void aServletAnswersTheMethodsItDefinesAsHttpServletsOwnOptionsWouldSay() {
        assertEquals(List.of("GET", "HEAD", "OPTIONS"), RequestLineGuard.allowedBy(Feed.class));
        assertEquals(List.of("GET", "HEAD", "POST", "OPTIONS"), RequestLineGuard.allowedBy(Form.class));
        assertEquals(List.of("GET", "HEAD", "POST", "OPTIONS"), RequestLineGuard.allowedBy(NarrowerForm.class));
        assertEquals(List.of("PUT", "OPTIONS"), RequestLineGuard.allowedBy(Upload.class));
        assertEquals(PAGE, RequestLineGuard.allowedBy(String.class), "not a servlet: as a page");
        assertEquals(PAGE, RequestLineGuard.allowedBy(OwnDispatch.class), "dispatches by itself: as a page");
    }
}
