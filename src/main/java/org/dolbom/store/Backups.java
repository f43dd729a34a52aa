package org.dolbom.store;

import java.nio.file.Path;
import java.util.List;

/** Online backups beside the data file in {@code backups/}, rotated to keep the newest seven. */
public final class Backups {

    public static final int KEEP = 7;

    public Backups(Database database) {
    }

    /** Takes a consistent online backup now and rotates; returns the new file. */
    public Path backupNow() {
        throw new UnsupportedOperationException("Backups.backupNow");
    }

    /** Existing backups, newest first. */
    public List<Path> list() {
        throw new UnsupportedOperationException("Backups.list");
    }
}
