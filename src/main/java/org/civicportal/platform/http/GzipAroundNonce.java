package org.civicportal.platform.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A kept page gzipped once, around its CSP nonce, so that every answer still gets a nonce of its own without
 * compressing the page again: compressing each answer cost the listener more than rendering it did.
 * <p>Each part between two nonces is deflated on its own (RFC 1951), ending on a byte boundary (a sync flush)
 * and never referring back to earlier bytes; an answer writes the gzip header (RFC 1952), the parts with its
 * nonce between them as stored (uncompressed) blocks, and the trailer: the CRC-32 and length of the whole body.
 */
final class GzipAroundNonce {

    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final List<byte[]> deflated;
    private final List<byte[]> plain;

    private GzipAroundNonce(List<byte[]> plain, List<byte[]> deflated) {
        this.plain = plain;
        this.deflated = deflated;
    }

    /** The parts of a body cut around its nonce (Page.parts): the last one closes the stream. */
    static GzipAroundNonce of(List<byte[]> parts) {
        var deflated = new ArrayList<byte[]>(parts.size());
        var deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            for (int i = 0; i < parts.size(); i++) {
                deflater.reset();
                deflater.setInput(parts.get(i));
                boolean last = i == parts.size() - 1;
                if (last) {
                    deflater.finish();
                }
                var out = new ByteArrayOutputStream(parts.get(i).length / 4 + 64);
                var buffer = new byte[8192];
                while (true) {
                    int n = last ? deflater.deflate(buffer) : deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                    out.write(buffer, 0, n);
                    if (last ? deflater.finished() : n < buffer.length && deflater.needsInput()) {
                        break;
                    }
                }
                deflated.add(out.toByteArray());
            }
        } finally {
            deflater.end();
        }
        return new GzipAroundNonce(parts, deflated);
    }

    int length(String nonce) {
        int nonceBlock = 5 + nonce.length();
        return HEADER.length + deflated.stream().mapToInt(d -> d.length).sum() + nonceBlock * (deflated.size() - 1) + 8;
    }

    /** Writes the gzipped body with this answer's nonce. */
    void writeTo(OutputStream out, String nonce) throws IOException {
        var n = nonce.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        long size = 0;
        out.write(HEADER);
        for (int i = 0; i < deflated.size(); i++) {
            if (i > 0) {
                // a stored block, not the last: BFINAL 0, BTYPE 00, then LEN and its one's complement
                out.write(new byte[] {0, (byte) n.length, (byte) (n.length >>> 8), (byte) ~n.length, (byte) (~n.length >>> 8)});
                out.write(n);
                crc.update(n);
                size += n.length;
            }
            out.write(deflated.get(i));
            crc.update(plain.get(i));
            size += plain.get(i).length;
        }
        long value = crc.getValue();
        out.write(new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24),
            (byte) size, (byte) (size >>> 8), (byte) (size >>> 16), (byte) (size >>> 24)});
    }
}
