package org.civicportal.decision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.civicportal.platform.config.PortalSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Photos of implementation updates, kept as files in PORTAL_PHOTOS_DIR (default PORTAL_DATA_DIR/photos, backed up
 * with the data folder). In a cluster that folder is storage every node mounts (NFS or the like), so a photo
 * uploaded through one node is served by any other (docs/operations.md). Files get random names, so nothing an
 * uploader typed ever reaches a path or a header, and two nodes never write the same file.
 */
@ApplicationScoped
public class PhotoStore {

    /** Larger photos are refused: 5 MB is plenty for a phone picture of a street. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final Pattern FILE_NAME = Pattern.compile("[0-9a-f]{32}\\.(jpg|png|webp)");

    @Inject
    PortalSettings settings;

    @Inject
    @ConfigProperty(name = "PORTAL_PHOTOS_DIR")
    Optional<String> photosDir;

    /** The outcome of storing one upload. */
    public sealed interface Outcome permits Stored, TooLarge, NotAnImage {
    }

    public record Stored(StoredPhoto photo) implements Outcome {
    }

    public record TooLarge() implements Outcome {
    }

    public record NotAnImage() implements Outcome {
    }

    /**
     * Checks size and content, strips the photo's metadata (GPS position, device serials: {@link PhotoMetadata}),
     * then writes the file; a refused upload leaves nothing behind.
     */
    public Outcome store(InputStream content, long declaredSize) throws IOException {
        if (declaredSize > MAX_BYTES) {
            return new TooLarge();
        }
        var bytes = content.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return new TooLarge();
        }
        var head = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, PhotoType.HEAD_BYTES));
        var type = PhotoType.of(head);
        if (type.isEmpty()) {
            return new NotAnImage();
        }
        try {
            bytes = PhotoMetadata.strip(type.get(), bytes);
        } catch (IOException malformed) {
            return new NotAnImage();
        }
        var name = UUID.randomUUID().toString().replace("-", "") + "." + type.get().extension();
        Files.createDirectories(folder());
        Files.write(folder().resolve(name), bytes);
        return new Stored(new StoredPhoto(name, type.get(), bytes.length));
    }

    /** The stored file for a name from the database or a URL; empty for anything that is not one of ours. */
    public Optional<Path> find(String fileName) {
        if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
            return Optional.empty();
        }
        var file = folder().resolve(fileName);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Removes files of an update that was never saved. */
    public void discard(StoredPhoto photo) {
        find(photo.fileName()).ifPresent(file -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                java.util.logging.Logger.getLogger(PhotoStore.class.getName())
                        .warning(() -> "Could not delete unsaved photo " + file + ": " + e.getMessage());
            }
        });
    }

    private Path folder() {
        return photosDir.map(String::trim).filter(dir -> !dir.isEmpty()).map(Path::of)
                .orElseGet(() -> settings.dataDir().resolve("photos"));
    }
}
