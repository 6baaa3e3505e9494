package org.civicportal.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.ByteArrayOutputStream;

/**
 * A response body held in memory instead of being sent, for the wrappers that must see a whole body before the
 * response commits (the statement count's header, the node's page cache). Written synchronously only.
 */
public final class HeldOutputStream extends ServletOutputStream {

    private final ByteArrayOutputStream body;

    public HeldOutputStream(ByteArrayOutputStream body) {
        this.body = body;
    }

    @Override
    public void write(int b) {
        body.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        body.write(bytes, offset, length);
    }

    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
        throw new UnsupportedOperationException("a held body is written synchronously");
    }
}
