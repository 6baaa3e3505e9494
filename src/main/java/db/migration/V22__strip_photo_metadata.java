package db.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.civicportal.decision.control.PhotoMetadata;
import org.civicportal.decision.control.PhotoType;
import org.civicportal.platform.launcher.LauncherSettings;
import org.civicportal.platform.launcher.StartupFailure;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue 13: photos uploaded before the portal stripped metadata ({@link PhotoMetadata}) lose theirs too, GPS
 * positions and device serials included, and update_photo.size_bytes follows the smaller file. A Java migration
 * because the work is on files: the launcher runs Flyway before Payara starts, in a JVM that knows the photos
 * folder (PORTAL_PHOTOS_DIR, else PORTAL_DATA_DIR/photos, read as the launcher reads it), and Flyway's history
 * records that it ran once, for every node of a cluster sharing the folder.
 * <p>Stripping is idempotent and each file is replaced atomically, so a migration stopped half-way (its
 * transaction rolled back) and run again leaves every photo whole and clean. A file that cannot be read as its
 * type is left as it is and named in the log rather than stopping the portal from starting.
 */
public class V22__strip_photo_metadata extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V22__strip_photo_metadata.class.getName());
    private static final Pattern PHOTO = Pattern.compile("[0-9a-f]{32}\\.(jpg|png|webp)");

    /** What became of the folder's photos. */
    public record Cleaned(int photos, int changed, int unreadable) {
    }

    /** The new size of a photo whose file changed. */
    @FunctionalInterface
    public interface SizeChange {
        void changed(String fileName, int sizeBytes) throws SQLException;
    }

    @Override
    public void migrate(Context context) throws Exception {
        var folder = photosFolder(System.getenv());
        try (var update = context.getConnection().prepareStatement(
                "UPDATE update_photo SET size_bytes = ? WHERE file_name = ?")) {
            var cleaned = clean(folder, (name, size) -> {
                update.setInt(1, size);
                update.setString(2, name);
                update.executeUpdate();
            });
            LOG.info(() -> "V22: " + cleaned.changed() + " of " + cleaned.photos() + " photos in " + folder
                    + " had metadata removed" + (cleaned.unreadable() > 0 ? ", " + cleaned.unreadable()
                    + " could not be read (see the warnings above)" : ""));
        }
    }

    static Path photosFolder(Map<String, String> env) throws StartupFailure {
        return LauncherSettings.from(env).photosDir();
    }

    /** Strips every photo in the folder (none there: nothing to do) and reports the sizes that changed. */
    public static Cleaned clean(Path folder, SizeChange sizes) throws IOException, SQLException {
        if (!Files.isDirectory(folder)) {
            return new Cleaned(0, 0, 0);
        }
        int photos = 0;
        int changed = 0;
        int unreadable = 0;
        try (var files = Files.newDirectoryStream(folder, file -> PHOTO.matcher(file.getFileName().toString()).matches())) {
            for (var file : files) {
                photos++;
                var name = file.getFileName().toString();
                var type = PhotoType.ofExtension(name.substring(name.indexOf('.') + 1)).orElseThrow();
                var before = Files.readAllBytes(file);
                byte[] after;
                try {
                    after = PhotoMetadata.strip(type, before);
                } catch (IOException malformed) {
                    unreadable++;
                    LOG.warning(() -> "V22: photo " + file + " is not a readable " + type + " (" + malformed.getMessage()
                            + "); left as it is");
                    continue;
                }
                if (!java.util.Arrays.equals(before, after)) {
                    var temporary = folder.resolve(name + ".v22");
                    Files.write(temporary, after);
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    sizes.changed(name, after.length);
                    changed++;
                }
            }
        }
        return new Cleaned(photos, changed, unreadable);
    }
}
