package org.civicportal.account.boundary;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as an SVG element, one path for the dark modules with a four-module quiet zone. Only modules
 * (booleans) go into the markup, so nothing typed by anyone reaches it.
 */
final class QrSvg {

    private static final int QUIET = 4;

    private QrSvg() {
    }

    /** The text (an otpauth:// URI) as a QR code with medium error correction. */
    static String of(String text) {
        var qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        var size = qr.size + 2 * QUIET;
        var path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET).append(',').append(y + QUIET).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 " + size + " " + size
                + "\" width=\"240\" height=\"240\" shape-rendering=\"crispEdges\" aria-hidden=\"true\" focusable=\"false\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}
