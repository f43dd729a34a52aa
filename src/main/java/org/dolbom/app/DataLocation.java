package org.dolbom.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/** Where Dolbom keeps its data file when no {@code --db} is given: the OS's per-user data directory. */
public final class DataLocation {

    public static final String FILE_NAME = "dolbom.db";

    private DataLocation() {
    }

    public static Path defaultDatabase() {
        return dataDirectory().resolve(FILE_NAME);
    }

    /** {@code ~/.local/share/dolbom} (or {@code $XDG_DATA_HOME/dolbom}), {@code %APPDATA%\Dolbom}, or macOS's. */
    public static Path dataDirectory() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Dolbom");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Dolbom");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("dolbom");
    }

    /**
     * Files Dolbom can make again from itself, such as the unpacked SQLite library: {@code ~/.cache/dolbom} (or
     * {@code $XDG_CACHE_HOME/dolbom}), {@code %LOCALAPPDATA%\Dolbom\cache}, or macOS's.
     */
    public static Path cacheDirectory() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve("Dolbom")
                    .resolve("cache");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Dolbom");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache")).resolve("dolbom");
    }

    /**
     * The RRN key lives beside the data file, never inside it, named after it: {@code office.db} →
     * {@code office.key}. Older versions kept every file's key in {@code dolbom.key}; an existing data file without
     * its own key still finds that one (see {@link #adoptLegacyKey}).
     */
    public static Path keyFileFor(Path database) {
        return database.toAbsolutePath().resolveSibling(baseName(database) + ".key");
    }

    /** The key every data file used before keys were named after their file. */
    public static Path legacyKeyFileFor(Path database) {
        return database.toAbsolutePath().resolveSibling(LEGACY_KEY);
    }

    private static final String LEGACY_KEY = "dolbom.key";

    /**
     * An existing data file with no key of its own, beside an old shared {@code dolbom.key}, was sealed with that
     * key: it is copied to the file's own name (the original stays, since other files in the folder may use it).
     * A new data file gets a fresh key of its own instead.
     */
    public static void adoptLegacyKey(Path database) throws IOException {
        Path own = keyFileFor(database);
        Path legacy = legacyKeyFileFor(database);
        if (!Files.exists(own) && Files.exists(legacy) && !own.equals(legacy) && Files.size(database) > 0) {
            Files.copy(legacy, own, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /** {@code office.db} → {@code office}; a name without {@code .db} stays whole. */
    static String baseName(Path database) {
        String name = database.getFileName().toString();
        return name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
    }
}
