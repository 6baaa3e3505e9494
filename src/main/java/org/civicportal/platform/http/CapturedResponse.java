package org.civicportal.platform.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.civicportal.platform.web.HeldOutputStream;

/**
 * A render whose body is held back until it is complete, so its ETag can be computed and a 304 sent instead,
 * and so it can be stored. Headers and status go through to the real response; a redirect, an error or a cookie
 * marks the render as one that must never be stored.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16384);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean passedOn;
    private boolean setsCookie;
    private int status = SC_OK;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    /** A redirect or an error page was sent to the real response: nothing is held back for it. */
    boolean passedOn() {
        return passedOn;
    }

    boolean setsCookie() {
        return setsCookie || getHeaders("Set-Cookie").stream().findAny().isPresent();
    }

    @Override
    public int getStatus() {
        return status;
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        passedOn = true;
        status = sc;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        passedOn = true;
        status = sc;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passedOn = true;
        status = SC_FOUND;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie cookie) {
        setsCookie = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        setsCookie |= "Set-Cookie".equalsIgnoreCase(name);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        setsCookie |= "Set-Cookie".equalsIgnoreCase(name);
        super.addHeader(name, value);
    }

    // The length is the filter's to set once the body is complete (or a 304 is sent instead).
    @Override
    public void setContentLength(int len) {
        // held back
    }

    @Override
    public void setContentLengthLong(long len) {
        // held back
    }

    @Override
    public void flushBuffer() {
        // nothing reaches the client before the body is complete
    }

    @Override
    public boolean isCommitted() {
        return passedOn && super.isCommitted();
    }

    @Override
    public void resetBuffer() {
        body.reset();
    }

    @Override
    public void reset() {
        body.reset();
        super.reset();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new HeldOutputStream(body);
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            var encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset), false);
        }
        return writer;
    }
}
