package org.civicportal.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.civicportal.decision.control.TaggedPhotos;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An official's phone photo is published without the place it was taken or the phone that took it (issue 13). */
class PhotoPrivacyIT extends PortalIT {

    @Test
    void anUploadedPhotoIsServedWithoutGpsSerialOrXmpAndStillShowsTheSamePicture() throws Exception {
        var official = TestAccounts.create("photo.privacy@example.org", "Pablo Privacy", "OFFICIAL");
        var id = TestAccounts.query("SELECT id FROM decision WHERE title LIKE 'Solar panels%'");
        var tagged = TaggedPhotos.jpeg(120, 80, 6);
        var file = Files.createTempDirectory("uploads").resolve("street.jpg");
        Files.write(file, tagged);
        byte[] served;
        try (var browser = browser()) {
            signIn(browser, official, TestAccounts.PASSWORD);
            browser.open("/admin/decision?id=" + id).type("update:text", "Panels on the school roof.");
            browser.driver().findElement(By.cssSelector("#update input[type=file]")).sendKeys(file.toString());
            browser.type("update:caption", "Panels on the school roof, seen from the street").submit("update:publish");
            var photo = browser.driver().findElement(By.cssSelector("#chain-updates .photos img[alt='Panels on the school "
                    + "roof, seen from the street']"));
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(photo.getAttribute("src")))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            served = response.body();
        }
        assertFalse(TaggedPhotos.contains(served, TaggedPhotos.SERIAL), "no serial in EXIF, XMP or a comment");
        assertFalse(TaggedPhotos.contains(served, "CivicCam"), "no camera make");
        assertNull(Imaging.getXmpXml(served), "no XMP");
        var exif = TaggedPhotos.exif(served);
        assertNull(exif.getGpsInfo(), "no GPS position");
        assertEquals(6, exif.findField(TiffTagConstants.TIFF_TAG_ORIENTATION).getIntValue(),
                "the orientation, alone, so the picture still shows upright");
        var picture = TaggedPhotos.decode(served);
        assertEquals(120, picture.getWidth());
        assertEquals(80, picture.getHeight());
        assertEquals(String.valueOf(served.length), TestAccounts.query("SELECT p.size_bytes FROM update_photo p JOIN "
                + "implementation_update u ON u.id = p.update_id JOIN account a ON a.id = u.author_id WHERE a.email = ?",
                official), "the stored size is the cleaned file's");
        assertTrue(served.length < tagged.length);
    }
}
