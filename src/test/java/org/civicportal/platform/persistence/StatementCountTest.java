package org.civicportal.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatementCountTest {

    /** What the container's response received: headers, body, whether an error was sent. */
    static final class Sent {
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        Integer error;
        boolean committed;

        HttpServletResponse response() {
            var out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    committed = true;
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "setHeader" -> {
                            if (!committed) {
                                headers.put((String) args[0], (String) args[1]);
                            }
                            yield null;
                        }
                        case "setContentLengthLong" -> {
                            headers.put("Content-Length", args[0].toString());
                            yield null;
                        }
                        case "getOutputStream" -> out;
                        case "getCharacterEncoding" -> "UTF-8";
                        case "isCommitted" -> committed;
                        case "sendError" -> {
                            error = (Integer) args[0];
                            committed = true;
                            yield null;
                        }
                        default -> null;
                    });
        }
    }

    @AfterEach
    void stopCounting() {
        StatementCount.stop();
    }

    @Test
    void onlyTheWordTrueTurnsCountingOn() {
        assertTrue(StatementCount.enabled(Map.of("PORTAL_COUNT_STATEMENTS", "true")));
        assertTrue(StatementCount.enabled(Map.of("PORTAL_COUNT_STATEMENTS", " TRUE ")));
        assertFalse(StatementCount.enabled(Map.of("PORTAL_COUNT_STATEMENTS", "1")));
        assertFalse(StatementCount.enabled(Map.of()));
    }

    @Test
    void eachCallIsCountedOnlyInsideACountedRequest() {
        var listener = new StatementCounting.Listener();
        listener.preExecuteCall(null);
        assertEquals(0, StatementCount.sofar(), "no request is being counted");

        assertTrue(StatementCount.start());
        assertFalse(StatementCount.start(), "a nested dispatch goes on with the same count");
        listener.preExecuteCall(null);
        listener.preExecuteCall(null);
        listener.preExecuteCall(null);
        assertEquals(3, StatementCount.sofar());

        StatementCount.stop();
        listener.preExecuteCall(null);
        assertEquals(0, StatementCount.sofar());
    }

    @Test
    void theHeaderCountsStatementsSentAfterTheBodyWasWritten() throws Exception {
        var sent = new Sent();
        StatementCount.start();
        var response = new CountedResponse(sent.response());
        StatementCount.statementSent();
        var writer = response.getWriter();
        writer.write("x".repeat(100_000));
        response.flushBuffer();
        StatementCount.statementSent();
        assertFalse(sent.committed, "the body is held back until the request is done");

        response.finish();
        assertEquals("2", sent.headers.get("X-SQL-Statements"));
        assertEquals("100000", sent.headers.get("Content-Length"));
        assertEquals(100_000, sent.body.toString(StandardCharsets.UTF_8).length());
    }

    @Test
    void anErrorCarriesTheCountSoFarAndNothingIsSentAfterIt() throws Exception {
        var sent = new Sent();
        StatementCount.start();
        var response = new CountedResponse(sent.response());
        StatementCount.statementSent();
        response.sendError(403);
        response.finish();
        assertEquals("1", sent.headers.get("X-SQL-Statements"));
        assertEquals(403, sent.error);
        assertEquals(0, sent.body.size());
        assertNull(sent.headers.get("Content-Length"));
    }

    @Test
    void aRequestThatFailedCommitsNothingSoTheContainerStillAnswersWithItsError() throws Exception {
        var sent = new Sent();
        StatementCount.start();
        var response = new CountedResponse(sent.response());
        response.getWriter().write("half a page");
        StatementCount.statementSent();
        response.abandon();
        response.finish();
        assertFalse(sent.committed, "no 200 with half a page: the error page can still be sent");
        assertEquals(0, sent.body.size());
        assertEquals("1", sent.headers.get("X-SQL-Statements"));
    }
}
