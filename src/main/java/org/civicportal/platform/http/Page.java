package org.civicportal.platform.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rendered visitor response as it can be answered again: its headers (those the render set), its body cut
 * around the CSP nonce so every answer gets a nonce of its own, and a weak ETag over the body without the nonce
 * (weak: the same representation is sent gzipped or not, and with different nonces).
 */
record Page(Map<String, List<String>> headers, List<byte[]> parts, String nonce, String tag, long storedAt,
        GzipAroundNonce gzipped) {

    static final String CSP = "Content-Security-Policy";
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]{8,128})'");
    private static final Pattern TAG_NONCE = Pattern.compile("[A-Za-z0-9+/=_-]{8,128}");

    static Page of(Map<String, List<String>> headers, byte[] body, long now) {
        String nonce = null;
        for (var policy : headers.getOrDefault(CSP, List.of())) {
            Matcher m = NONCE.matcher(policy);
            if (m.find()) {
                nonce = m.group(1);
            }
        }
        var parts = new ArrayList<byte[]>();
        if (nonce == null) {
            parts.add(body);
        } else {
            split(body, nonce.getBytes(StandardCharsets.US_ASCII), parts);
        }
        var kept = List.copyOf(parts);
        return new Page(headers, kept, nonce, digest(kept), now, body.length >= GZIP_FROM ? GzipAroundNonce.of(kept) : null);
    }

    /** The listener's own threshold (payara-pre-boot-commands.asadmin): smaller bodies go as they are. */
    private static final int GZIP_FROM = 128;

    private static void split(byte[] body, byte[] nonce, List<byte[]> parts) {
        int from = 0;
        for (int i = 0; i <= body.length - nonce.length; i++) {
            if (matchesAt(body, i, nonce)) {
                parts.add(java.util.Arrays.copyOfRange(body, from, i));
                from = i + nonce.length;
                i = from - 1;
            }
        }
        parts.add(java.util.Arrays.copyOfRange(body, from, body.length));
    }

    private static boolean matchesAt(byte[] body, int at, byte[] nonce) {
        for (int j = 0; j < nonce.length; j++) {
            if (body[at + j] != nonce[j]) {
                return false;
            }
        }
        return true;
    }

    private static String digest(List<byte[]> parts) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            for (var part : parts) {
                sha.update(part);
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    int size() {
        return parts.stream().mapToInt(p -> p.length).sum();
    }

    /** The body with the given nonce where the render had its own. */
    byte[] body(String withNonce) {
        if (nonce == null) {
            return parts.get(0);
        }
        var n = withNonce.getBytes(StandardCharsets.US_ASCII);
        var out = new byte[size() + n.length * (parts.size() - 1)];
        int at = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                System.arraycopy(n, 0, out, at, n.length);
                at += n.length;
            }
            System.arraycopy(parts.get(i), 0, out, at, parts.get(i).length);
            at += parts.get(i).length;
        }
        return out;
    }

    /** A nonce like PrimeFaces' own (Base64 of a random UUID). */
    static String freshNonce() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The ETag for an answer with this nonce: the content's digest, then the nonce, so a 304 can repeat the CSP
     * header that matches the copy the client (or a proxy) holds.
     */
    String etag(String withNonce) {
        return "W/\"" + tag + (nonce == null ? "" : "." + withNonce) + "\"";
    }

    /**
     * The nonce to answer a matching If-None-Match with (a nonce-less page answers ""), or null when none of the
     * tags the client holds is this content.
     */
    String matching(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return null;
        }
        for (var raw : ifNoneMatch.split(",")) {
            var t = raw.strip();
            if (t.equals("*")) {
                return nonce == null ? "" : freshNonce();
            }
            t = t.startsWith("W/") ? t.substring(2) : t;
            if (t.length() < 2 || !t.startsWith("\"") || !t.endsWith("\"")) {
                continue;
            }
            t = t.substring(1, t.length() - 1);
            int dot = t.indexOf('.');
            var digest = dot < 0 ? t : t.substring(0, dot);
            if (!digest.equals(tag)) {
                continue;
            }
            if (nonce == null) {
                return "";
            }
            var held = dot < 0 ? "" : t.substring(dot + 1);
            return TAG_NONCE.matcher(held).matches() ? held : null;
        }
        return null;
    }

    /** The render's CSP policies with the nonce of this answer. */
    List<String> policies(String withNonce) {
        var out = new ArrayList<String>();
        for (var policy : headers.getOrDefault(CSP, List.of())) {
            out.add(nonce == null ? policy : policy.replace(nonce, withNonce));
        }
        return out;
    }
}
