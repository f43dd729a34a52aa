package org.dolbom.store;

import java.nio.file.Path;

/**
 * The one SQLite file: opened with its single-instance lock, migrated, and closed with a backup.
 * WAL, foreign keys, synchronous=FULL and a busy timeout are set on every connection.
 */
public final class Database implements AutoCloseable {

    /**
     * Opens (creating if needed) and migrates the file.
     *
     * @throws StoreException {@code store.locked} within a second when another Dolbom has the file open,
     *                        {@code store.notDolbom} when the file is not a Dolbom database
     */
    public static Database open(Path file) {
        throw new UnsupportedOperationException("Database.open");
    }

    public Path file() {
        throw new UnsupportedOperationException("Database.file");
    }

    /**
     * Runs the work in one transaction; stores called inside it join that transaction.
     * Either everything in it is written, or nothing is.
     */
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        throw new UnsupportedOperationException("Database.inTransaction");
    }

    /** Closes the file after an online backup into {@code backups/} beside it, keeping the newest seven. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("Database.close");
    }
}
