package org.dolbom.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.jooq.exception.DataAccessException;

/**
 * The search index's per-row insert trigger, taken out while many residents are inserted and put back after one
 * statement has indexed them all. The full-text index costs far more per statement than per row, so a district
 * bundle or a demo township is indexed at the end instead. This is schema work inside the caller's transaction: a
 * refused or killed write puts the trigger back with everything else.
 */
final class DeferredSearchIndex {

    /** The trigger of V1 that adds each new resident to the full-text search index. */
    private static final String SEARCH_TRIGGER = "resident_fts_insert";

    private final Connection connection;
    /** The trigger's SQL while it is set aside, "" when there is none to set aside, null once restored. */
    private String trigger;
    private long lastRowidBefore;

    private DeferredSearchIndex(Connection connection, String trigger, long lastRowidBefore) {
        this.connection = connection;
        this.trigger = trigger;
        this.lastRowidBefore = lastRowidBefore;
    }

    /** Takes the trigger out on this connection, remembering which residents are already indexed. */
    static DeferredSearchIndex setAside(Connection connection) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")) {
            select.setString(1, SEARCH_TRIGGER);
            String sql = null;
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    sql = rows.getString(1);
                }
            }
            if (sql == null) {
                // A later schema indexes residents another way: leave it to do its work row by row.
                return new DeferredSearchIndex(connection, "", 0);
            }
            long last;
            try (PreparedStatement max = connection.prepareStatement("SELECT coalesce(max(rowid), 0) FROM resident");
                 ResultSet rows = max.executeQuery()) {
                rows.next();
                last = rows.getLong(1);
            }
            try (PreparedStatement drop = connection.prepareStatement("DROP TRIGGER " + SEARCH_TRIGGER)) {
                drop.executeUpdate();
            }
            return new DeferredSearchIndex(connection, sql, last);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Indexes every resident inserted since {@link #setAside} in one statement and puts the trigger back. */
    void restore() {
        if (trigger == null || trigger.isEmpty()) {
            trigger = null;
            return;
        }
        try (PreparedStatement index = connection.prepareStatement("INSERT INTO resident_fts (rowid, search_text) "
                + "SELECT rowid, search_text FROM resident WHERE rowid > ?");
             PreparedStatement restore = connection.prepareStatement(trigger)) {
            index.setLong(1, lastRowidBefore);
            index.executeUpdate();
            restore.executeUpdate();
            trigger = null;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static DataAccessException failed(SQLException e) {
        return new DataAccessException("search index: " + e.getMessage(), e);
    }
}
