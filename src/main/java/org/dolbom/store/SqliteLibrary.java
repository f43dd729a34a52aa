package org.dolbom.store;

import java.net.URL;
import java.nio.file.Path;
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
            return CachedCopy.of(resource, directory.resolve("sqlite-" + SQLiteJDBCLoader.getVersion())
                    .resolve(platform).resolve(name));
        } catch (RuntimeException e) {
            // sqlite-jdbc does not know this system: it will say so itself on the first connection.
            return Optional.empty();
        }
    }
}
