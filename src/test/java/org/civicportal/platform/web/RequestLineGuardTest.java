package org.civicportal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLineGuardTest {

    private static final List<String> PAGE = RequestLineGuard.PAGE_METHODS;

    @Test
    void pagesAnswerGetHeadPostAndOptionsOnlyWhileTheApiKeepsItsOwn405() {
        for (var method : new String[] {"GET", "HEAD", "POST", "OPTIONS"}) {
            assertFalse(RequestLineGuard.refusesMethod(method, "/inputs", PAGE), method);
        }
        for (var method : new String[] {"DELETE", "PUT", "PATCH", "TRACE", "PROPFIND", "get"}) {
            assertTrue(RequestLineGuard.refusesMethod(method, "/inputs", PAGE), method);
            assertFalse(RequestLineGuard.refusesMethod(method, "/api/v1/inputs", PAGE), method);
        }
        assertTrue(RequestLineGuard.refusesMethod("DELETE", "/api", PAGE), "/api itself is no API resource");
        var feed = RequestLineGuard.allowedBy(Feed.class);
        assertTrue(RequestLineGuard.refusesMethod("POST", "/feeds/chains.atom", feed));
        assertFalse(RequestLineGuard.refusesMethod("HEAD", "/feeds/chains.atom", feed));
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
