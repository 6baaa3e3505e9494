package org.civicportal.account.control;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 codes as every authenticator app makes them by default: HMAC-SHA-1, six digits, 30-second steps
 * (java-otp computes them), the secret shown as Base32 (RFC 4648) and in an otpauth:// URI for the QR code.
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    /** 160 bits, the length RFC 4226 recommends for the shared secret. */
    public static final int SECRET_BYTES = 20;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP, 6);

    private Totp() {
    }

    /** The RFC 6238 time step an instant falls in. */
    public static long stepOf(Instant when) {
        return Math.floorDiv(when.getEpochSecond(), STEP.getSeconds());
    }

    /** The six-digit code of a time step, with its leading zeros. */
    public static String codeAt(byte[] secret, long step) {
        try {
            return GENERATOR.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"),
                    Instant.ofEpochSecond(step * STEP.getSeconds()), java.util.Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A TOTP secret could not key HMAC-SHA-1", e);
        }
    }

    /** The Key URI that authenticator apps read from the QR code. */
    public static String uri(String issuer, String accountName, byte[] secret) {
        var label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=" + STEP.getSeconds();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Base32 without padding, as otpauth:// URIs carry it. */
    public static String base32(byte[] data) {
        var out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    /** The reverse of {@link #base32}; spaces and case are ignored (people copy it in groups). */
    public static byte[] fromBase32(String text) {
        var clean = text.replaceAll("[\\s=-]", "").toUpperCase(java.util.Locale.ROOT);
        var out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("Not Base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }

    /** The Base32 secret in groups of four, for typing it into an app by hand. */
    public static String grouped(byte[] secret) {
        return base32(secret).replaceAll("(.{4})(?!$)", "$1 ");
    }
}
