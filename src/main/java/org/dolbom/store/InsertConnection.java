package org.dolbom.store;

import java.sql.Connection;
import java.sql.SQLException;

import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;

/**
 * The JDBC connection of the caller's transaction, for prepared statements reused over many rows (an import, a
 * bulk write). The driver otherwise asks SQLite for the new rowid after every insert; nothing that inserts this way
 * needs it, so that is off until {@link #close}, which hands the connection back without closing it.
 */
final class InsertConnection implements AutoCloseable {

    private final ConnectionProvider provider;
    private final Connection connection;
    private final SQLiteConnectionConfig config;
    private final boolean generatedKeys;

    InsertConnection(DSLContext ctx) {
        this.provider = ctx.configuration().connectionProvider();
        this.connection = provider.acquire();
        try {
            this.config = connection.unwrap(SQLiteConnection.class).getConnectionConfig();
        } catch (SQLException e) {
            provider.release(connection);
            throw new DataAccessException("no SQLite connection: " + e.getMessage(), e);
        }
        this.generatedKeys = config.isGetGeneratedKeys();
        config.setGetGeneratedKeys(false);
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        config.setGetGeneratedKeys(generatedKeys);
        provider.release(connection);
    }
}
