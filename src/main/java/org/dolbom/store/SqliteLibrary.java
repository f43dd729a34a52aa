package org.dolbom.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * SQLite's native library, unpacked once into a folder of the user's own and loaded from there. Left to itself,
 * sqlite-jdbc unpacks it into the temp folder on every start, which costs each command a few hundred milliseconds
 * before it touches any data.
 */
public final class SqliteLibrary {

    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteLibrary() {
    }

    /**
     * Loads SQLite from {@code directory} from now on, unpacking it there first when it is missing or incomplete.
     * Does nothing when a library path is already chosen; when the copy cannot be made, sqlite-jdbc unpacks the
     * library as it always does. Call before the first connection.
     */
    public static void keepCopyIn(Path directory) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        copyInto(directory).ifPresent(library -> {
            System.setProperty(PATH_PROPERTY, library.getParent().toString());
            System.setProperty(NAME_PROPERTY, library.getFileName().toString());
        });
    }

    /**
     * The library for this system, unpacked under {@code directory} in a folder named after the sqlite-jdbc version
     * and the platform; an existing copy of the right size is kept as it is.
     *
     * @return the library file, or empty when the jar has none for this system or it could not be written
     */
    static Optional<Path> copyInto(Path directory) {
        try {
            String platform = OSInfo.getNativeLibFolderPathForCurrentOS();
            String name = System.mapLibraryName("sqlitejdbc");
            URL resource = SQLiteJDBCLoader.class.getResource("/org/sqlite/native/" + platform + "/" + name);
            if (resource == null) {
                return Optional.empty();
            }
            URLConnection connection = resource.openConnection();
            connection.setUseCaches(false);
            long size = connection.getContentLengthLong();
            Path folder = directory.resolve("sqlite-" + SQLiteJDBCLoader.getVersion()).resolve(platform);
            Path library = folder.resolve(name);
            if (Files.isRegularFile(library) && Files.size(library) == size) {
                return Optional.of(library);
            }
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, name, ".partial");
            try (InputStream in = connection.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            return Optional.of(library);
        } catch (IOException | RuntimeException e) {
            // For example a library in use by another Dolbom on Windows, or a read-only home folder.
            return Optional.empty();
        }
    }
}
