package org.dolbom.app;

import java.nio.file.Path;
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

    /** The RRN key lives beside the data file, never inside it: {@code dolbom.db} → {@code dolbom.key}. */
    public static Path keyFileFor(Path database) {
        String name = database.getFileName().toString();
        String base = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        return database.toAbsolutePath().resolveSibling(base + ".key");
    }
}
