package org.civicportal.decision.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Takes everything but the picture out of an uploaded photo: EXIF (GPS position, camera and lens serial numbers,
 * times), XMP, IPTC, comments, maker notes, embedded thumbnails and previews, PNG text and eXIf chunks, WebP EXIF
 * and XMP chunks. Lossless: the compressed image data is copied byte for byte, nothing is decoded or re-encoded,
 * so the photo looks exactly as uploaded and its size in pixels is unchanged.
 * <p>Each format is walked segment by segment and only what a decoder needs is kept (a list of what to keep, not
 * of what to drop, so a vendor's unknown segment cannot carry a serial number through): JPEG keeps JFIF, the ICC
 * colour profile, Adobe's colour transform, tables, frames and scans, and ends at the first EOI (phones append
 * further images after it); PNG keeps the critical chunks and those about colour and transparency; WebP keeps
 * the image, alpha, animation and colour-profile chunks. A JPEG's EXIF orientation is the one tag written back,
 * alone, so a phone picture taken upright still shows upright.
 */
public final class PhotoMetadata {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "cHRM", "gAMA",
            "iCCP", "sBIT", "sRGB", "bKGD", "pHYs", "acTL", "fcTL", "fdAT");
    private static final Set<String> WEBP_KEPT = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP");
    /** VP8X flags that announce EXIF (bit 3) and XMP (bit 2) chunks, cleared with the chunks. */
    private static final int VP8X_EXIF_AND_XMP = 0x08 | 0x04;

    private PhotoMetadata() {
    }

    /**
     * The same picture without its metadata.
     *
     * @throws IOException when the content is not a well-formed file of that type (the upload is then refused)
     */
    public static byte[] strip(PhotoType type, byte[] content) throws IOException {
        return switch (type) {
            case JPEG -> jpeg(content);
            case PNG -> png(content);
            case WEBP -> webp(content);
        };
    }

    private static byte[] jpeg(byte[] in) throws IOException {
        var orientation = jpegOrientation(in);
        var cleaned = jpegSegments(in);
        if (orientation.isEmpty() || orientation.get() == TiffTagConstants.ORIENTATION_VALUE_HORIZONTAL_NORMAL) {
            return cleaned;
        }
        var exif = new TiffOutputSet();
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, orientation.get().shortValue());
        var out = new ByteArrayOutputStream(cleaned.length + 64);
        new ExifRewriter().updateExifMetadataLossless(cleaned, out, exif);
        return out.toByteArray();
    }

    /** The EXIF orientation (1–8), if the photo has a readable one. */
    static Optional<Integer> jpegOrientation(byte[] in) {
        try {
            if (Imaging.getMetadata(in) instanceof JpegImageMetadata metadata && metadata.getExif() != null) {
                var field = metadata.getExif().findField(TiffTagConstants.TIFF_TAG_ORIENTATION);
                if (field != null) {
                    int value = field.getIntValue();
                    return value >= 1 && value <= 8 ? Optional.of(value) : Optional.empty();
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // Unreadable EXIF: there is no orientation to keep, and the segments go anyway.
        }
        return Optional.empty();
    }

    /** SOI, the segments a decoder needs, the scans, EOI; nothing after EOI. */
    private static byte[] jpegSegments(byte[] in) throws IOException {
        if (in.length < 4 || (in[0] & 0xFF) != 0xFF || (in[1] & 0xFF) != 0xD8) {
            throw new IOException("not a JPEG");
        }
        var out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 2);
        int i = 2;
        boolean inScan = false;
        while (i < in.length) {
            if (inScan && (in[i] & 0xFF) != 0xFF) { // entropy-coded data, up to the next 0xFF
                int next = i;
                while (next < in.length && (in[next] & 0xFF) != 0xFF) {
                    next++;
                }
                out.write(in, i, next - i);
                i = next;
                continue;
            }
            if ((in[i] & 0xFF) != 0xFF || i + 1 >= in.length) {
                throw new IOException("JPEG: no marker at " + i);
            }
            int marker = in[i + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                i++;
                continue;
            }
            if (inScan && (marker == 0x00 || (marker >= 0xD0 && marker <= 0xD7))) { // stuffed 0xFF, restart
                out.write(in, i, 2);
                i += 2;
                continue;
            }
            if (marker == 0xD9) {
                out.write(in, i, 2);
                return out.toByteArray();
            }
            if (i + 3 >= in.length) {
                throw new IOException("JPEG: truncated segment at " + i);
            }
            int length = ((in[i + 2] & 0xFF) << 8) | (in[i + 3] & 0xFF);
            if (length < 2 || i + 2 + length > in.length) {
                throw new IOException("JPEG: segment length " + length + " at " + i);
            }
            if (keepJpegSegment(marker, in, i + 4, length - 2)) {
                out.write(in, i, 2 + length);
            }
            i += 2 + length;
            inScan = marker == 0xDA;
        }
        throw new IOException("JPEG: no end of image");
    }

    private static boolean keepJpegSegment(int marker, byte[] in, int data, int length) {
        return switch (marker) {
            case 0xE0 -> startsWith(in, data, length, "JFIF\0");
            case 0xE2 -> startsWith(in, data, length, "ICC_PROFILE\0");
            case 0xEE -> startsWith(in, data, length, "Adobe");
            // APP1 (EXIF, XMP), APP3–APP13 (IPTC in APP13), APP15 and COM (0xFE) are metadata.
            default -> !(marker >= 0xE0 && marker <= 0xEF) && marker != 0xFE;
        };
    }

    private static boolean startsWith(byte[] in, int offset, int length, String ascii) {
        var prefix = ascii.getBytes(StandardCharsets.US_ASCII);
        return length >= prefix.length && Arrays.equals(in, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] png(byte[] in) throws IOException {
        if (in.length < 8 || !Arrays.equals(in, 0, 8, PNG_SIGNATURE, 0, 8)) {
            throw new IOException("not a PNG");
        }
        var out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int i = 8;
        while (i + 12 <= in.length) {
            long length = ByteBuffer.wrap(in, i, 4).getInt() & 0xFFFFFFFFL;
            if (length > in.length - i - 12L) {
                throw new IOException("PNG: chunk length " + length + " at " + i);
            }
            var type = new String(in, i + 4, 4, StandardCharsets.US_ASCII);
            int whole = 12 + (int) length;
            if (PNG_KEPT.contains(type)) {
                out.write(in, i, whole);
            }
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
            i += whole;
        }
        throw new IOException("PNG: no IEND chunk");
    }

    private static byte[] webp(byte[] in) throws IOException {
        if (in.length < 12) {
            throw new IOException("not a WebP");
        }
        long riffSize = ByteBuffer.wrap(in, 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
        int end = (int) Math.min(in.length, 8 + riffSize);
        var body = new ByteArrayOutputStream(in.length);
        body.write(in, 8, 4); // "WEBP"
        int i = 12;
        while (i + 8 <= end) {
            long length = ByteBuffer.wrap(in, i + 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
            long padded = length + (length & 1);
            if (padded > end - i - 8L) {
                throw new IOException("WebP: chunk length " + length + " at " + i);
            }
            var fourCc = new String(in, i, 4, StandardCharsets.US_ASCII);
            int whole = 8 + (int) padded;
            if (WEBP_KEPT.contains(fourCc)) {
                var chunk = Arrays.copyOfRange(in, i, i + whole);
                if (fourCc.equals("VP8X") && length >= 1) {
                    chunk[8] &= (byte) ~VP8X_EXIF_AND_XMP;
                }
                body.write(chunk);
            }
            i += whole;
        }
        var chunks = body.toByteArray();
        var out = ByteBuffer.allocate(8 + chunks.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        out.put(in, 0, 4).putInt(chunks.length).put(chunks);
        return out.array();
    }
}
