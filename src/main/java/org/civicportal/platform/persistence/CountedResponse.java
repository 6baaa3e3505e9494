package org.civicportal.platform.persistence;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import org.civicportal.platform.web.HeldOutputStream;

/**
 * A response that keeps its body until the request is done, then sets {@code X-SQL-Statements} and sends
 * it; an error or a redirect sets the header at that moment, since the container answers it itself. Only
 * used while counting statements (tests, a hand check), never in normal operation.
 */
final class CountedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private long declaredLength = -1;
    private boolean handedOver;

    CountedResponse(HttpServletResponse response) {
        super(response);
    }

    private void setCountHeader() {
        if (!super.isCommitted()) {
            super.setHeader(StatementCount.HEADER, Integer.toString(StatementCount.sofar()));
        }
    }

    /** Sends the held body with the count of everything the request did; a no-op after an error or redirect. */
    void finish() throws IOException {
        if (handedOver) {
            return;
        }
        handedOver = true;
        if (writer != null) {
            writer.flush();
        }
        setCountHeader();
        if (body.size() > 0) {
            super.setContentLengthLong(body.size());
            body.writeTo(super.getOutputStream());
        } else if (declaredLength >= 0) {
            super.setContentLengthLong(declaredLength);
        }
        super.flushBuffer();
    }

    /** After a failure: the held body is thrown away, the count set, nothing committed. */
    void abandon() {
        handedOver = true;
        body.reset();
        setCountHeader();
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        setCountHeader();
        handedOver = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        setCountHeader();
        handedOver = true;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        setCountHeader();
        handedOver = true;
        super.sendRedirect(location);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() has already been called on this response");
        }
        if (stream == null) {
            stream = new HeldOutputStream(body);
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() has already been called on this response");
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, getCharacterEncoding()));
        }
        return writer;
    }

    @Override
    public void setContentLength(int length) {
        declaredLength = length;
    }

    @Override
    public void setContentLengthLong(long length) {
        declaredLength = length;
    }

    @Override
    public void setHeader(String name, String value) {
        if ("Content-Length".equalsIgnoreCase(name)) {
            declaredLength = Long.parseLong(value);
        } else {
            super.setHeader(name, value);
        }
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public boolean isCommitted() {
        return handedOver || super.isCommitted();
    }

    @Override
    public void resetBuffer() {
        if (writer != null) {
            writer.flush();
        }
        body.reset();
    }

    @Override
    public void reset() {
        resetBuffer();
        declaredLength = -1;
        super.reset();
    }

    @Override
    public void setBufferSize(int size) {
        // The whole body is held anyway; the container's buffer is only used by finish().
    }
}
