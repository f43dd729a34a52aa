package org.dolbom.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Row counts and content hashes of a data file's tables, read over plain JDBC so they work on any schema version.
 *
 * <p>A table's hash covers only the columns it is given, in a row order that does not depend on rowids: a later
 * migration may add columns or rebuild a table, and the rows that were there must still read the same.
 */
final class CaseFileSnapshot {

    private CaseFileSnapshot() {
    }

    /**
     * Dolbom's own tables: not SQLite's, not Flyway's history (it grows with every migration) and not the search
     * indexes (the FTS index, the search keys and their positions), which are derived from the residents and
     * checked by searching instead.
     */
    static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                     + "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> 'flyway_schema_history' "
                     + "AND name NOT LIKE 'resident\\_fts%' ESCAPE '\\' "
                     + "AND name NOT IN ('resident_search_key', 'search_position') ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        return columns;
    }

    static long rows(Connection connection, String table) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** SHA-256 over the given columns of every row, rows sorted by those columns. */
    static String hash(Connection connection, String table, List<String> columns) throws SQLException {
        String list = String.join(", ", columns.stream().map(c -> "\"" + c + "\"").toList());
        MessageDigest digest = sha256();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + list + " FROM \"" + table + "\" ORDER BY " + list)) {
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    Object value = rs.getObject(i);
                    String text = value == null ? "\u0000NULL"
                            : value instanceof byte[] bytes ? "x'" + HexFormat.of().formatHex(bytes) + "'"
                            : String.valueOf(value);
                    digest.update(text.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0x1f);
                }
                digest.update((byte) 0x1e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
