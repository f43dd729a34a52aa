package org.dolbom.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jooq.exception.DataAccessException;

/**
 * The search indexes' per-row insert triggers, taken out while many residents are inserted and put back after one
 * statement per index has indexed them all. The full-text index costs far more per statement than per row, and the
 * search keys are written far faster in key order than resident by resident, so a district bundle or a demo
 * township is indexed at the end instead. This is schema work inside the caller's transaction: a refused or killed
 * write puts the triggers back with everything else.
 */
final class DeferredSearchIndex {

    /** A trigger that indexes each new resident, and the statement that indexes every resident after a rowid. */
    private record Index(String trigger, String indexAfter) {
    }

    private static final List<Index> INDEXES = List.of(
            // V1: the full-text (trigram) index over search_text.
            new Index("resident_fts_insert", "INSERT INTO resident_fts (rowid, search_text) "
                    + "SELECT rowid, search_text FROM resident WHERE rowid > ?"),
            // V4: the search keys, written in key order.
            new Index("resident_search_key_insert", "INSERT OR IGNORE INTO resident_search_key "
                    + "(key, sort_name, birth_date, resident_rowid) "
                    + "SELECT key, sort_name, birth_date, resident_rowid FROM resident_search_key_source "
                    + "WHERE resident_rowid > ? ORDER BY 1, 2, 3, 4"));

    /** An index whose trigger is set aside: the trigger's SQL, to put back. */
    private record SetAside(Index index, String triggerSql) {
    }

    private final Connection connection;
    /** The triggers set aside; null once restored. */
    private List<SetAside> setAside;
    private final long lastRowidBefore;

    private DeferredSearchIndex(Connection connection, List<SetAside> setAside, long lastRowidBefore) {
        this.connection = connection;
        this.setAside = setAside;
        this.lastRowidBefore = lastRowidBefore;
    }

    /** Takes the triggers out on this connection, remembering which residents are already indexed. */
    static DeferredSearchIndex setAside(Connection connection) {
        try {
            List<SetAside> found = new ArrayList<>();
            for (Index index : INDEXES) {
                // A schema without one of them (an older file being migrated) leaves it out.
                triggerSql(connection, index.trigger()).ifPresent(sql -> found.add(new SetAside(index, sql)));
            }
            long last = 0;
            if (!found.isEmpty()) {
                try (PreparedStatement max = connection.prepareStatement(
                        "SELECT coalesce(max(rowid), 0) FROM resident");
                     ResultSet rows = max.executeQuery()) {
                    rows.next();
                    last = rows.getLong(1);
                }
            }
            for (SetAside s : found) {
                try (PreparedStatement drop = connection.prepareStatement("DROP TRIGGER " + s.index().trigger())) {
                    drop.executeUpdate();
                }
            }
            return new DeferredSearchIndex(connection, found, last);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Indexes every resident inserted since {@link #setAside} and puts the triggers back. */
    void restore() {
        if (setAside == null) {
            return;
        }
        try {
            for (SetAside s : setAside) {
                try (PreparedStatement index = connection.prepareStatement(s.index().indexAfter());
                     PreparedStatement restore = connection.prepareStatement(s.triggerSql())) {
                    index.setLong(1, lastRowidBefore);
                    index.executeUpdate();
                    restore.executeUpdate();
                }
            }
            setAside = null;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static Optional<String> triggerSql(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private static DataAccessException failed(SQLException e) {
        return new DataAccessException("search index: " + e.getMessage(), e);
    }
}
