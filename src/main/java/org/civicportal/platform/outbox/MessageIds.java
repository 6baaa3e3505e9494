package org.civicportal.platform.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Message-ID of a queued message, derived from its outbox key and the portal's host, so every attempt (and
 * a copy sent again in the one window a crash can duplicate) carries the same Message-ID and a receiving server
 * or client can recognise it.
 */
public final class MessageIds {

    private MessageIds() {
    }

    public static String of(String key, String baseUrl) {
        var host = URI.create(baseUrl).getHost();
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest, 0, 16) + ".outbox@" + (host == null ? "localhost" : host)
                    + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
