package org.civicportal.decision.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import db.migration.V22__strip_photo_metadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpParser;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploaded photos keep their pixels and lose their metadata; V22 does the same to photos stored before. */
class PhotoMetadataTest {

    @Test
    void aJpegLosesGpsSerialsXmpIptcAndCommentsButNotItsPixelsOrOrientation() throws Exception {
        var tagged = TaggedPhotos.jpeg(64, 48, 6);
        assertNotNull(TaggedPhotos.exif(tagged).getGpsInfo(), "the fixture has a GPS position");
        assertTrue(TaggedPhotos.contains(tagged, TaggedPhotos.SERIAL));

        var clean = PhotoMetadata.strip(PhotoType.JPEG, tagged);

        assertFalse(TaggedPhotos.contains(clean, TaggedPhotos.SERIAL), "no serial in EXIF, XMP or the comment");
        assertFalse(TaggedPhotos.contains(clean, "CivicCam"));
        assertFalse(TaggedPhotos.contains(clean, "Maria Photo"), "no IPTC");
        assertFalse(TaggedPhotos.contains(clean, "Photoshop 3.0"));
        assertNull(Imaging.getXmpXml(clean), "no XMP");
        var exif = TaggedPhotos.exif(clean);
        assertNull(exif.getGpsInfo(), "no GPS");
        assertEquals(1, exif.getAllFields().size(), "one tag left: " + exif.getAllFields());
        assertEquals(6, exif.findField(TiffTagConstants.TIFF_TAG_ORIENTATION).getIntValue(), "orientation kept");
        var before = TaggedPhotos.decode(tagged);
        var after = TaggedPhotos.decode(clean);
        assertEquals(before.getWidth(), after.getWidth());
        assertEquals(before.getHeight(), after.getHeight());
        assertArrayEquals(before.getRGB(0, 0, 64, 48, null, 0, 64), after.getRGB(0, 0, 64, 48, null, 0, 64),
                "lossless: the same pixels");
        assertArrayEquals(clean, PhotoMetadata.strip(PhotoType.JPEG, clean), "stripping twice changes nothing");
    }

    @Test
    void anUprightJpegKeepsNoExifAtAllAndTrailingImagesGo() throws Exception {
        var tagged = TaggedPhotos.jpeg(32, 32, 1);
        var appended = new byte[tagged.length * 2];
        System.arraycopy(tagged, 0, appended, 0, tagged.length);
        System.arraycopy(tagged, 0, appended, tagged.length, tagged.length); // a second image after EOI, as MPF does
        var clean = PhotoMetadata.strip(PhotoType.JPEG, appended);
        assertNull(TaggedPhotos.exif(clean));
        assertFalse(TaggedPhotos.contains(clean, TaggedPhotos.SERIAL));
        assertEquals(32, TaggedPhotos.decode(clean).getWidth());
    }

    @Test
    void aPngLosesItsTextAndExifChunks() throws Exception {
        var tagged = TaggedPhotos.png(40, 30);
        assertTrue(TaggedPhotos.contains(tagged, "tEXt") && TaggedPhotos.contains(tagged, "eXIf"));
        var clean = PhotoMetadata.strip(PhotoType.PNG, tagged);
        assertFalse(TaggedPhotos.contains(clean, TaggedPhotos.SERIAL));
        assertFalse(TaggedPhotos.contains(clean, "tEXt"));
        assertFalse(TaggedPhotos.contains(clean, "eXIf"));
        var decoded = TaggedPhotos.decode(clean);
        assertEquals(40, decoded.getWidth());
        assertArrayEquals(TaggedPhotos.decode(tagged).getRGB(0, 0, 40, 30, null, 0, 40),
                decoded.getRGB(0, 0, 40, 30, null, 0, 40));
    }

    @Test
    void aWebpLosesItsExifAndXmpChunksAndTheirFlags() throws Exception {
        var vp8l = new byte[] {'V', 'P', '8', 'L', 5, 0, 0, 0, 0x2F, 0, 0, 0, 0, 0}; // a chunk, padded to even
        var exif = chunk("EXIF", TaggedPhotos.SERIAL);
        var xmp = chunk("XMP ", TaggedPhotos.XMP);
        var vp8x = new byte[] {'V', 'P', '8', 'X', 10, 0, 0, 0, 0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        var body = concat("WEBP".getBytes(), vp8x, vp8l, exif, xmp);
        var file = concat("RIFF".getBytes(), le(body.length), body);
        var clean = PhotoMetadata.strip(PhotoType.WEBP, file);
        assertFalse(TaggedPhotos.contains(clean, TaggedPhotos.SERIAL));
        var expectedBody = concat("WEBP".getBytes(), vp8x.clone(), vp8l);
        expectedBody[4 + 8] = 0; // the EXIF and XMP flags of VP8X cleared
        assertArrayEquals(concat("RIFF".getBytes(), le(expectedBody.length), expectedBody), clean);
    }

    @Test
    void whatIsNotAWellFormedImageIsRefused() {
        var jpegHead = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J'};
        assertThrows(IOException.class, () -> PhotoMetadata.strip(PhotoType.JPEG, jpegHead));
        assertThrows(IOException.class, () -> PhotoMetadata.strip(PhotoType.PNG,
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 99, 'I', 'H', 'D', 'R'}));
    }

    @Test
    void migrationV22CleansThePhotosStoredBeforeIt(@TempDir Path folder) throws Exception {
        var jpeg = folder.resolve("0123456789abcdef0123456789abcdef.jpg");
        Files.write(jpeg, TaggedPhotos.jpeg(64, 48, 1));
        var png = folder.resolve("fedcba9876543210fedcba9876543210.png");
        Files.write(png, TaggedPhotos.png(40, 30));
        var broken = folder.resolve("00000000000000000000000000000000.jpg");
        Files.write(broken, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        var other = Files.writeString(folder.resolve("notes.txt"), TaggedPhotos.SERIAL);
        var sizes = new HashMap<String, Integer>();

        var cleaned = V22__strip_photo_metadata.clean(folder, sizes::put);

        assertEquals(new V22__strip_photo_metadata.Cleaned(3, 2, 1), cleaned);
        for (var photo : new Path[] {jpeg, png}) {
            var bytes = Files.readAllBytes(photo);
            assertFalse(TaggedPhotos.contains(bytes, TaggedPhotos.SERIAL), photo + " still names the serial");
            assertEquals(bytes.length, sizes.get(photo.getFileName().toString()), "update_photo.size_bytes follows");
            TaggedPhotos.decode(bytes);
        }
        assertNull(TaggedPhotos.exif(Files.readAllBytes(jpeg)), "no GPS and no EXIF left");
        assertEquals(3, Files.size(broken), "an unreadable file is left as it is");
        assertEquals(TaggedPhotos.SERIAL, Files.readString(other), "only photos are touched");
        assertEquals(4, Files.list(folder).count(), "three photos and the notes: no temporary file left behind");
        assertEquals(new V22__strip_photo_metadata.Cleaned(3, 0, 1), V22__strip_photo_metadata.clean(folder, sizes::put),
                "a second run finds nothing to do");
    }

    private static byte[] chunk(String fourCc, String text) {
        var data = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var padded = java.util.Arrays.copyOf(data, data.length + (data.length & 1));
        return concat(fourCc.getBytes(), le(data.length), padded);
    }

    private static byte[] le(int value) {
        return java.nio.ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(value).array();
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (var part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
