package org.dolbom.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A file shipped inside the jar, unpacked once into a folder of the user's own and used from there on later starts,
 * instead of being inflated again on every start.
 */
public final class CachedCopy {

    private CachedCopy() {
    }

    /**
     * {@code file}, written from {@code resource} when it is missing or not of the resource's size (a copy cut off
     * half way); an existing whole copy is kept as it is. The copy is written beside it and moved into place.
     *
     * @return the file, or empty when it could not be written (a read-only folder, a library in use)
     */
    public static Optional<Path> of(URL resource, Path file) {
        try {
            URLConnection connection = resource.openConnection();
            connection.setUseCaches(false);
            long size = connection.getContentLengthLong();
            if (Files.isRegularFile(file) && Files.size(file) == size) {
                return Optional.of(file);
            }
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
            try (InputStream in = connection.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
