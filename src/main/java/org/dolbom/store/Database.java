package org.dolbom.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationState;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

import static org.dolbom.store.jooq.Tables.OFFICE;

/**
 * The one SQLite file: opened with its single-instance lock, migrated, and closed with a backup.
 * WAL, foreign keys, synchronous=FULL and a busy timeout are set on every connection.
 *
 * <p>One connection serves the whole app. A lock guards it, so a background read simply waits for a write
 * running on another thread. Work inside {@link #inTransaction} joins that transaction on the same thread.
 */
public final class Database implements AutoCloseable {

    /** Flyway reports every validation at INFO; the CLI's output must stay clean. */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MILLIS = 5000;
    static final String LOCAL_ORIGIN = "LOCAL";

    private final Path file;
    private final Clock clock;
    private final FileChannel lockChannel;
    private final FileLock fileLock;
    private final Connection connection;
    private final DSLContext dsl;
    private final ReentrantLock guard = new ReentrantLock();
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();
    private volatile String origin;
    private volatile boolean closed;
    private volatile boolean changedSinceOpen;

    private Database(Path file, Clock clock, FileChannel lockChannel, FileLock fileLock, Connection connection) {
        this.file = file;
        this.clock = clock;
        this.lockChannel = lockChannel;
        this.fileLock = fileLock;
        this.connection = connection;
        this.dsl = DSL.using(connection, SQLDialect.SQLITE, new Settings().withExecuteLogging(false));
    }

    /**
     * Opens (creating if needed) and migrates the file.
     *
     * @throws StoreException {@code store.locked} within a second when another Dolbom has the file open,
     *                        {@code store.notDolbom} when the file is not a Dolbom database
     */
    public static Database open(Path file) {
        return open(file, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, stamping records with instants from the given clock. */
    public static Database open(Path file, Clock clock) {
        Path path = file.toAbsolutePath().normalize();
        FileChannel channel = null;
        FileLock lock;
        try {
            Files.createDirectories(path.getParent());
            // The OS drops this lock when the process dies, so a crash never leaves the file blocked.
            channel = FileChannel.open(lockFileFor(path), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StoreException("store.locked", path);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("store.openFailed", e, path);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StoreException("store.locked", path);
        }
        try {
            Optional<SchemaVersion> applied = refuseForeignFile(path);
            SQLiteDataSource source = dataSource(path);
            if (!isCurrent(applied, path)) {
                migrate(source, path);
            }
            Connection connection = source.getConnection();
            return new Database(path, clock, channel, lock, connection);
        } catch (SQLException e) {
            release(lock, channel);
            if (isNotADatabase(e)) {
                throw new StoreException("store.notDolbom", e, path);
            }
            throw new StoreException("store.openFailed", e, path);
        } catch (RuntimeException e) {
            release(lock, channel);
            throw e;
        }
    }

    static Path lockFileFor(Path databaseFile) {
        return databaseFile.resolveSibling(databaseFile.getFileName() + ".lock");
    }

    private static SQLiteDataSource dataSource(Path path) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + path + "?foreign_keys=true");
        return source;
    }

    /**
     * A file that exists but does not start like SQLite, or holds tables Dolbom never made, is left untouched.
     * Plain JDBC: this runs before every open, and jOOQ and Flyway need not start for it.
     *
     * @return the newest migration the file records as cleanly applied, if it records any
     */
    private static Optional<SchemaVersion> refuseForeignFile(Path path) throws SQLException {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] header = in.readNBytes(SQLITE_HEADER.length);
            if (header.length == 0) {
                return Optional.empty();
            }
            if (!Arrays.equals(header, SQLITE_HEADER)) {
                throw new StoreException("store.notDolbom", path);
            }
        } catch (IOException e) {
            throw new StoreException("store.openFailed", e, path);
        }
        // Read-only, so even the WAL switch never touches a stranger's file.
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        try (Connection probe = config.createConnection("jdbc:sqlite:" + path);
             Statement s = probe.createStatement();
             ResultSet counts = s.executeQuery("SELECT "
                     + "(SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                     + "ESCAPE '\\'), "
                     + "(SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                     + "AND name = 'flyway_schema_history')")) {
            counts.next();
            if (counts.getInt(1) > 0 && counts.getInt(2) == 0) {
                throw new StoreException("store.notDolbom", path);
            }
            return SchemaVersion.appliedCleanly(probe);
        } catch (SQLException e) {
            if (isNotADatabase(e)) {
                throw new StoreException("store.notDolbom", e, path);
            }
            throw e;
        }
    }

    /**
     * Whether the file already has the newest shipped schema, so Flyway need not start. A file from a newer Dolbom
     * is refused here too, before anything is written.
     */
    private static boolean isCurrent(Optional<SchemaVersion> applied, Path path) {
        if (applied.isEmpty() || Shipped.HAS_REPEATABLES) {
            return false;
        }
        int order = applied.get().compareTo(Shipped.NEWEST);
        if (order > 0) {
            throw new StoreException("store.newerVersion", path);
        }
        return order == 0;
    }

    /** The migrations in this build, read from the resources once. */
    private static final class Shipped {
        static final List<String> NAMES = SchemaVersion.shippedMigrationNames();
        static final SchemaVersion NEWEST = SchemaVersion.newestAmong(NAMES);
        static final boolean HAS_REPEATABLES = NAMES.stream().anyMatch(n -> n.startsWith("R__"));
    }

    private static void migrate(SQLiteDataSource source, Path path) {
        try {
            Flyway flyway = Flyway.configure(Database.class.getClassLoader())
                    .dataSource(source)
                    .locations("classpath:db/migration")
                    .load();
            // A file migrated by a newer Dolbom has schema this version does not know; writing to it could
            // lose that newer data, so it is refused rather than opened.
            boolean fromNewerVersion = Arrays.stream(flyway.info().all())
                    .anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                            || m.getState() == MigrationState.FUTURE_FAILED);
            if (fromNewerVersion) {
                throw new StoreException("store.newerVersion", path);
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreException("store.notDolbom", e, path);
        }
    }

    private static boolean isNotADatabase(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("SQLITE_NOTADB") || message.contains("SQLITE_CORRUPT");
    }

    private static void release(FileLock lock, FileChannel channel) {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // nothing left to protect: the file was never opened for writing
        }
    }

    public Path file() {
        return file;
    }

    Clock clock() {
        return clock;
    }

    /**
     * Runs the work in one transaction; stores called inside it join that transaction.
     * Either everything in it is written, or nothing is.
     */
    public <T> T inTransaction(Supplier<T> work) {
        return write(ctx -> work.get());
    }

    /** Runs the work in the current transaction, or in a new one of its own. */
    <T> T write(Function<DSLContext, T> work) {
        DSLContext joined = current.get();
        if (joined != null) {
            return work.apply(joined);
        }
        guard.lock();
        try {
            ensureOpen();
            T result = dsl.transactionResult(configuration -> {
                current.set(configuration.dsl());
                try {
                    return work.apply(configuration.dsl());
                } finally {
                    current.remove();
                }
            });
            changedSinceOpen = true;
            return result;
        } catch (DataAccessException e) {
            throw new StoreException("store.writeFailed", e);
        } finally {
            guard.unlock();
        }
    }

    /** Runs a read in the current transaction when there is one; otherwise waits for the connection. */
    <T> T read(Function<DSLContext, T> work) {
        DSLContext joined = current.get();
        if (joined != null) {
            return work.apply(joined);
        }
        guard.lock();
        try {
            ensureOpen();
            return work.apply(dsl);
        } catch (DataAccessException e) {
            throw new StoreException("store.readFailed", e);
        } finally {
            guard.unlock();
        }
    }

    /** The office code stamped on new records: the registered office's, or LOCAL before first-run setup. */
    String origin(DSLContext ctx) {
        String known = origin;
        if (known == null) {
            String code = ctx.select(OFFICE.CODE).from(OFFICE).fetchOne(OFFICE.CODE);
            known = code == null ? LOCAL_ORIGIN : code;
            origin = known;
        }
        return known;
    }

    void forgetOrigin() {
        origin = null;
    }

    /** Runs SQLite's online backup of the live file into {@code target}, outside any transaction. */
    void backupTo(Path target) {
        if (current.get() != null) {
            throw new IllegalStateException("a backup cannot run inside a transaction");
        }
        guard.lock();
        try {
            ensureOpen();
            int result = connection.unwrap(SQLiteConnection.class).getDatabase()
                    .backup("main", target.toString(), null);
            if (result != 0) {
                throw new StoreException("store.backup.failed", target);
            }
        } catch (SQLException e) {
            throw new StoreException("store.backup.failed", e, target);
        } finally {
            guard.unlock();
        }
    }

    /** Whether anything was committed since the file was opened. */
    boolean changedSinceOpen() {
        return changedSinceOpen;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the database is closed");
        }
    }

    /** Closes the file after an online backup into {@code backups/} beside it, keeping the newest seven. */
    @Override
    public void close() {
        guard.lock();
        try {
            if (closed) {
                return;
            }
            StoreException backupFailure = null;
            try {
                // A session that only read leaves nothing new to keep: copying the file again would only push
                // real backups out of the rotation. A day without any backup still gets one.
                Backups backups = new Backups(this);
                if (changedSinceOpen || backups.newestIsOlderThan(Duration.ofDays(1))) {
                    backups.backupNow();
                }
            } catch (StoreException e) {
                backupFailure = e;
            }
            closed = true;
            closeQuietly(connection);
            release(fileLock, lockChannel);
            if (backupFailure != null) {
                throw backupFailure;
            }
        } finally {
            guard.unlock();
        }
    }
}
