package org.dolbom.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Online backups beside the data file in {@code backups/}, rotated to keep the newest seven. */
public final class Backups {

    public static final int KEEP = 7;

    /** Local time, because a person picks a backup by when they remember working. Sorts as text. */
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Database database;

    public Backups(Database database) {
        this.database = database;
    }

    /** {@code backups/} beside the data file. */
    public Path directory() {
        return database.file().resolveSibling("backups");
    }

    /** Takes a consistent online backup now and rotates; returns the new file. */
    public Path backupNow() {
        Path directory = directory();
        Path target;
        Path partial;
        try {
            Files.createDirectories(directory);
            LocalDateTime now = LocalDateTime.now();
            target = directory.resolve(nameFor(now));
            // Two backups in the same millisecond must not overwrite each other.
            while (Files.exists(target)) {
                now = now.plusNanos(1_000_000);
                target = directory.resolve(nameFor(now));
            }
            partial = directory.resolve(target.getFileName() + ".partial");
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw new StoreException("store.backup.failed", e, directory);
        }
        database.backupTo(partial);
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("store.backup.failed", e, target);
        }
        rotate();
        return target;
    }

    /** Existing backups, newest first. */
    public List<Path> list() {
        Path directory = directory();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        String prefix = baseName() + "-";
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(prefix) && name.endsWith(".db") && Files.isRegularFile(p);
            }).sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw new StoreException("store.backup.failed", e, directory);
        }
    }

    /** True when there is no backup yet, or the newest was taken longer ago than {@code age}. */
    public boolean newestIsOlderThan(java.time.Duration age) {
        List<Path> all = list();
        if (all.isEmpty()) {
            return true;
        }
        try {
            java.time.Instant taken = Files.getLastModifiedTime(all.getFirst()).toInstant();
            return taken.isBefore(database.clock().instant().minus(age));
        } catch (IOException e) {
            return true;
        }
    }

    private void rotate() {
        List<Path> all = list();
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new StoreException("store.backup.failed", e, old);
            }
        }
    }

    private String nameFor(LocalDateTime at) {
        return baseName() + "-" + STAMP.format(at) + ".db";
    }

    /** {@code dolbom.db} → {@code dolbom}. */
    private String baseName() {
        String name = database.file().getFileName().toString();
        return name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
    }
}
