package org.civicportal.decision.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored photo's file name is the portal's (ASVS 12.3.1, 12.3.2): random, of a fixed shape, and the only names
 * the store ever opens or deletes; what an uploader called the file never reaches a path.
 */
class PhotoStoreTest {

    @TempDir
    Path root;

    private PhotoStore store(Path folder) {
        var store = new PhotoStore();
        store.photosDir = Optional.of(folder.toString());
        return store;
    }

    @Test
    void storedPhotosGetRandomNamesOfTheirOwnShape() throws IOException {
        var folder = root.resolve("photos");
        var store = store(folder);
        var png = TaggedPhotos.png(8, 8);
        var first = assertInstanceOf(PhotoStore.Stored.class, store.store(new ByteArrayInputStream(png), png.length));
        var second = assertInstanceOf(PhotoStore.Stored.class, store.store(new ByteArrayInputStream(png), png.length));
        assertTrue(first.photo().fileName().matches("[0-9a-f]{32}\\.png"), first.photo().fileName());
        assertTrue(!first.photo().fileName().equals(second.photo().fileName()), "each upload its own name");
        try (var files = Files.list(folder)) {
            assertEquals(List.of(first.photo().fileName(), second.photo().fileName()).stream().sorted().toList(),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "nothing else is written");
        }
        assertEquals(Optional.of(folder.resolve(first.photo().fileName())), store.find(first.photo().fileName()));
        // The store is never told the uploaded name: its one way in takes the bytes and their size.
        assertEquals(List.of(List.of(InputStream.class, long.class)), Arrays.stream(PhotoStore.class.getMethods())
                .filter(m -> m.getName().equals("store")).map(m -> List.of(m.getParameterTypes())).toList());
    }

    @Test
    void namesWithDotsSlashesOrNulReachNoFile() throws IOException {
        var folder = root.resolve("photos");
        var store = store(folder);
        var png = TaggedPhotos.png(8, 8);
        var ours = assertInstanceOf(PhotoStore.Stored.class, store.store(new ByteArrayInputStream(png), png.length))
                .photo().fileName();
        var outside = Files.write(root.resolve("0123456789abcdef0123456789abcdef.png"), png);
        for (var name : List.of("../" + outside.getFileName(), "..%2F" + outside.getFileName(), outside.toString(),
                "../photos/" + ours, "./" + ours, ours + "\0", ours + "\0.png", "\0" + ours, ours.toUpperCase(),
                ours + "/", ours.replace(".png", ".svg"), "..", "", "x.png")) {
            assertEquals(Optional.empty(), store.find(name), "not one of ours: " + name.replace("\0", "\\0"));
            store.discard(new StoredPhoto(name, PhotoType.PNG, png.length));
        }
        assertTrue(Files.exists(outside), "a crafted name deleted nothing outside the folder");
        assertTrue(Files.exists(folder.resolve(ours)), "nor the photo itself");
    }

    @Test
    void theUploadedNameIsOnlyEverShownBackInAFieldMessage() throws IOException {
        try (var sources = Files.walk(Path.of("src/main/java"))) {
            assertEquals(List.of("UpdatePublisher.java"), sources.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> read(f).contains("getSubmittedFileName")).map(f -> f.getFileName().toString())
                    .toList(), "the one class that reads an uploaded file's name");
        }
        var publisher = Files.readAllLines(Path.of("src/main/java/org/civicportal/decision/boundary/UpdatePublisher.java"));
        var uses = publisher.stream().filter(line -> line.contains("getSubmittedFileName")).toList();
        assertEquals(2, uses.size(), uses.toString());
        var whole = String.join("\n", publisher);
        for (var use : uses) {
            var at = whole.indexOf(use);
            var statement = whole.substring(whole.lastIndexOf(';', at) + 1, whole.indexOf(';', at));
            assertTrue(statement.contains("messages.fieldError(PHOTOS_FIELD"), "only in a message: " + statement);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
