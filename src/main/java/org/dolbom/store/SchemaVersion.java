package org.dolbom.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Flyway version such as {@code 2} or {@code 2.1}, compared part by part. Opening a file asks only this, with
 * plain JDBC, whether the file's schema is the newest one shipped: starting Flyway (about a thousand classes and a
 * second on an office PC) is kept for when there is something to migrate.
 */
record SchemaVersion(List<Integer> parts) implements Comparable<SchemaVersion> {

    static final String MIGRATIONS = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    static SchemaVersion parse(String text) {
        List<Integer> parts = new ArrayList<>();
        for (String part : text.split("[._]")) {
            parts.add(Integer.parseInt(part));
        }
        return new SchemaVersion(List.copyOf(parts));
    }

    @Override
    public int compareTo(SchemaVersion other) {
        for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
            int mine = i < parts.size() ? parts.get(i) : 0;
            int theirs = i < other.parts.size() ? other.parts.get(i) : 0;
            if (mine != theirs) {
                return Integer.compare(mine, theirs);
            }
        }
        return 0;
    }

    /** The newest versioned migration among the SQL files shipped in this build's resources. */
    static SchemaVersion newestShipped() {
        return newestAmong(shippedMigrationNames());
    }

    static SchemaVersion newestAmong(List<String> fileNames) {
        SchemaVersion newest = null;
        for (String name : fileNames) {
            Matcher m = VERSIONED.matcher(name);
            if (m.matches()) {
                SchemaVersion version = parse(m.group(1));
                if (newest == null || version.compareTo(newest) > 0) {
                    newest = version;
                }
            }
        }
        if (newest == null) {
            throw new IllegalStateException("no migrations under " + MIGRATIONS);
        }
        return newest;
    }

    /** The file names under {@code db/migration}, from the jar or from the classes folder. */
    static List<String> shippedMigrationNames() {
        URL url = SchemaVersion.class.getClassLoader().getResource(MIGRATIONS);
        if (url == null) {
            throw new IllegalStateException("no " + MIGRATIONS + " in the resources");
        }
        try {
            // The jar the class loader already has open; no zip file system (another few dozen classes) needed.
            if (url.openConnection() instanceof JarURLConnection jar) {
                String prefix = jar.getEntryName() + "/";
                List<String> names = new ArrayList<>();
                jar.getJarFile().stream().map(JarEntry::getName)
                        .filter(n -> n.startsWith(prefix) && n.length() > prefix.length())
                        .map(n -> n.substring(prefix.length()))
                        .filter(n -> !n.contains("/"))
                        .forEach(names::add);
                Collections.sort(names);
                return names;
            }
            return names(Path.of(url.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = new ArrayList<>(files.map(p -> p.getFileName().toString()).toList());
            Collections.sort(names);
            return names;
        }
    }

    /**
     * The newest version this file's {@code flyway_schema_history} records as applied, or empty when Flyway must
     * look itself: no history yet, a failed migration, or repeatable migrations whose checksums only it compares.
     */
    static Optional<SchemaVersion> appliedCleanly(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            try (ResultSet history = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                    + "AND name = 'flyway_schema_history'")) {
                if (!history.next() || history.getInt(1) == 0) {
                    return Optional.empty();
                }
            }
            SchemaVersion newest = null;
            try (ResultSet rows = s.executeQuery("SELECT version, success FROM flyway_schema_history")) {
                while (rows.next()) {
                    String version = rows.getString(1);
                    if (!rows.getBoolean(2) || version == null) {
                        return Optional.empty();
                    }
                    SchemaVersion v;
                    try {
                        v = parse(version);
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                    if (newest == null || v.compareTo(newest) > 0) {
                        newest = v;
                    }
                }
            }
            return Optional.ofNullable(newest);
        }
    }
}
