package org.civicportal.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** A page gzipped once around its nonce unzips, with any later nonce, to exactly that page with that nonce. */
class GzipAroundNonceTest {

    private static final String RENDERED = "cmVuZGVyZWQtbm9uY2UtMTIzNDU2Nzg5MA==";

    @Test
    void everyAnswerUnzipsToThePageWithItsOwnNonce() throws Exception {
        var noise = new byte[40_000];
        new Random(7).nextBytes(noise);
        var page = "<script nonce=\"" + RENDERED + "\">start()</script>" + "<p>Lamps on every street</p>".repeat(2_000)
                + new String(noise, StandardCharsets.ISO_8859_1) + "<script nonce=\"" + RENDERED + "\"></script>";
        var kept = Page.of(Map.of(Page.CSP, List.of("script-src 'nonce-" + RENDERED + "'")),
                page.getBytes(StandardCharsets.ISO_8859_1), 0);
        for (var nonce : List.of(Page.freshNonce(), Page.freshNonce())) {
            var out = new ByteArrayOutputStream();
            kept.gzipped().writeTo(out, nonce);
            assertEquals(kept.gzipped().length(nonce), out.size(), "Content-Length is the bytes sent");
            assertEquals(page.replace(RENDERED, nonce), unzip(out.toByteArray()));
        }
    }

    @Test
    void aPageStartingOrEndingWithItsNonceOrWithoutOneUnzipsToo() throws Exception {
        for (var body : List.of(RENDERED + " in between ".repeat(20) + RENDERED, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".repeat(50))) {
            var kept = Page.of(body.contains(RENDERED) ? Map.of(Page.CSP, List.of("'nonce-" + RENDERED + "'")) : Map.of(),
                    body.getBytes(StandardCharsets.ISO_8859_1), 0);
            var out = new ByteArrayOutputStream();
            kept.gzipped().writeTo(out, "bmV3LW5vbmNl");
            assertEquals(body.replace(RENDERED, "bmV3LW5vbmNl"), unzip(out.toByteArray()));
        }
    }

    private static String unzip(byte[] gzipped) throws Exception {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
