package org.civicportal.platform.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civicportal.platform.config.PortalSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The export files under PORTAL_EXPORTS_DIR (default PORTAL_DATA_DIR/exports; in a cluster a folder every node
 * mounts, like the photos, since any node may build an export and any other serve it). Names are 128 random bits chosen here; a name read back from
 * the database is used only if it has that shape, so no path anyone typed or altered ever reaches the disk.
 */
@ApplicationScoped
public class ExportStore {

    private static final Pattern NAME = Pattern.compile("[0-9a-f]{32}\\.zip");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PortalSettings settings;

    @Inject
    @ConfigProperty(name = "PORTAL_EXPORTS_DIR")
    Optional<String> exportsDir;

    Path folder() {
        try {
            return Files.createDirectories(exportsDir.filter(d -> !d.isBlank()).map(Path::of)
                    .orElse(settings.dataDir().resolve("exports")));
        } catch (IOException e) {
            throw new UncheckedIOException("The exports folder cannot be made", e);
        }
    }

    public String newName() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes) + ".zip";
    }

    /** Where a file is written before it is complete: never offered, removed if the build fails. */
    Path partial(String name) {
        return folder().resolve(checked(name) + ".part");
    }

    /** The complete file, if it is there. */
    public Optional<Path> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        var file = folder().resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    Path complete(String name) throws IOException {
        return Files.move(partial(name), folder().resolve(checked(name)));
    }

    void delete(String name) throws IOException {
        if (name != null && NAME.matcher(name).matches()) {
            Files.deleteIfExists(folder().resolve(name));
            Files.deleteIfExists(folder().resolve(name + ".part"));
        }
    }

    private static String checked(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not an export file name");
        }
        return name;
    }
}
