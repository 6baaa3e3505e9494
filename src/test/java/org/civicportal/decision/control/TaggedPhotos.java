package org.civicportal.decision.control;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Photos as phones and cameras write them: GPS position, serial numbers, XMP, IPTC, comments, text chunks. */
public final class TaggedPhotos {

    public static final String SERIAL = "SN-4711-0815";
    public static final String XMP = "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/"
            + "22-rdf-syntax-ns#'><rdf:Description rdf:about='' xmlns:aux='http://ns.adobe.com/exif/1.0/aux/' "
            + "aux:SerialNumber='" + SERIAL + "'/></rdf:RDF></x:xmpmeta>";

    private TaggedPhotos() {
    }

    /** A width × height JPEG with EXIF (GPS, camera make, body serial, orientation), XMP, IPTC and a comment. */
    public static byte[] jpeg(int width, int height, int orientation) throws IOException {
        var plain = new ByteArrayOutputStream();
        ImageIO.write(picture(width, height), "jpg", plain);
        var exif = new TiffOutputSet();
        exif.setGpsInDegrees(-58.3816, -34.6037);
        var root = exif.getOrCreateRootDirectory();
        root.add(TiffTagConstants.TIFF_TAG_MAKE, "CivicCam");
        root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
        exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER, SERIAL);
        var withExif = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), withExif, exif);
        var withXmp = new ByteArrayOutputStream();
        new JpegXmpRewriter().updateXmpXml(withExif.toByteArray(), withXmp, XMP);
        var iptc = "Photoshop 3.0\0" + "8BIM\u0004\u0004\0\0\0\0\0\u0010\u001c\u0002\u0050\0\u000bMaria Photo";
        var withIptc = afterSoi(withXmp.toByteArray(), 0xED, iptc.getBytes(StandardCharsets.ISO_8859_1));
        return afterSoi(withIptc, 0xFE, ("shot by " + SERIAL).getBytes(StandardCharsets.US_ASCII));
    }

    /** A PNG with a tEXt chunk and an eXIf chunk naming the serial. */
    public static byte[] png(int width, int height) throws IOException {
        var plain = new ByteArrayOutputStream();
        ImageIO.write(picture(width, height), "png", plain);
        var bytes = plain.toByteArray();
        var out = new ByteArrayOutputStream();
        out.write(bytes, 0, 33); // signature and IHDR
        out.write(chunk("tEXt", ("Comment\0" + SERIAL).getBytes(StandardCharsets.ISO_8859_1)));
        out.write(chunk("eXIf", ("MM\0*\0\0\0\u0008" + SERIAL).getBytes(StandardCharsets.ISO_8859_1)));
        out.write(bytes, 33, bytes.length - 33);
        return out.toByteArray();
    }

    /** What a decoder makes of it: the test compares pixels and sizes before and after. */
    public static BufferedImage decode(byte[] image) throws IOException {
        var decoded = ImageIO.read(new ByteArrayInputStream(image));
        if (decoded == null) {
            throw new IOException("not decodable");
        }
        return decoded;
    }

    /** The JPEG's EXIF as commons-imaging reads it, or null. */
    public static org.apache.commons.imaging.formats.tiff.TiffImageMetadata exif(byte[] jpeg) throws IOException {
        return Imaging.getMetadata(jpeg) instanceof JpegImageMetadata m ? m.getExif() : null;
    }

    private static BufferedImage picture(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] afterSoi(byte[] jpeg, int marker, byte[] data) {
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(marker);
        out.write((data.length + 2) >> 8);
        out.write((data.length + 2) & 0xFF);
        out.writeBytes(data);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** Whether the text appears anywhere in the file, as ASCII: a serial number survives in no segment. */
    public static boolean contains(byte[] file, String text) {
        return new String(file, StandardCharsets.ISO_8859_1).contains(text);
    }
}
