package org.dolbom.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dolbom.exchange.json.AssessmentDomainJson;
import org.dolbom.exchange.json.AssessmentJson;
import org.dolbom.exchange.json.ExchangeRecord;
import org.dolbom.exchange.json.RecordType;
import org.dolbom.exchange.json.VisitJson;
import org.dolbom.exchange.json.VisitServiceJson;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * The lookups and inserts one import makes for every record, prepared once and reused: a district bundle of a
 * hundred thousand records must not build and render a query per row. Rarer work (updates, conflicts) stays with
 * jOOQ in {@link BundleImport}.
 *
 * <p>Runs on the connection of the caller's transaction; closing closes only the statements.
 */
final class ImportStatements implements AutoCloseable {

    /** Resident columns computed here rather than carried: the stored vulnerabilities, the RRN seal, search keys. */
    static final List<String> RESIDENT_LOCAL = List.of("vulnerabilities", "rrn_cipher", "rrn_fingerprint",
            "sort_name", "name_initials", "search_text", "phone_last4");

    private final InsertConnection insertConnection;
    private final Connection connection;
    private final Map<RecordType, PreparedStatement> revs = new EnumMap<>(RecordType.class);
    private final Map<RecordType, Boolean> emptyWhenFirstAsked = new EnumMap<>(RecordType.class);
    private final Map<RecordType, Insert> inserts = new EnumMap<>(RecordType.class);
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private final Map<String, String> areaLabels = new HashMap<>();
    /** The search index's trigger while it is set aside for this import's residents, else null. */
    private DeferredSearchIndex searchIndex;

    ImportStatements(DSLContext ctx) {
        this.insertConnection = new InsertConnection(ctx);
        this.connection = insertConnection.connection();
    }

    /** The current rev of a record here, or null when this database does not have it. */
    String rev(RecordType type, String id) {
        // A table empty when first asked about holds only what this import inserted since, and the reader lets no
        // id in twice: into a new office's file, a district bundle needs no lookups at all.
        if (emptyWhenFirstAsked.computeIfAbsent(type, this::isEmpty)) {
            return null;
        }
        PreparedStatement select = revs.computeIfAbsent(type, t -> prepare("SELECT rev FROM "
                + ExchangeRows.table(t).getName() + " WHERE id = ?"));
        return firstString(select, id);
    }

    private boolean isEmpty(RecordType type) {
        try (PreparedStatement select = connection.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM "
                + ExchangeRows.table(type).getName() + ")");
             ResultSet rows = select.executeQuery()) {
            return rows.next() && rows.getBoolean(1);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Every rev the record had before its current one, as kept in history. */
    Set<String> historyRevs(String table, String id) {
        Set<String> found = new HashSet<>();
        try {
            PreparedStatement select = statement("SELECT rev FROM record_history WHERE record_type = ? "
                    + "AND record_id = ?");
            select.setString(1, table);
            select.setString(2, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return found;
    }

    /**
     * Inserts a record as it came, with its children (an assessment's domains, a visit's services).
     *
     * @param local for residents, the values of {@link #RESIDENT_LOCAL} in that order, and the masked RRN to store
     *              when it differs from the one carried (null to keep it)
     */
    void insert(RecordType type, ExchangeRecord record, Object[] local, String maskedRrn) {
        if (type == RecordType.RESIDENTS && searchIndex == null) {
            searchIndex = DeferredSearchIndex.setAside(connection);
        }
        Insert insert = inserts.computeIfAbsent(type, this::insertFor);
        try {
            PreparedStatement statement = insert.statement();
            int index = 1;
            for (int i = 0; i < insert.accessors().length; i++) {
                Object value = insert.accessors()[i].invoke(record);
                if (maskedRrn != null && insert.columns().get(i).equals("rrn_masked")) {
                    value = maskedRrn;
                }
                statement.setObject(index++, ExchangeRows.toColumn(value));
            }
            if (type == RecordType.RESIDENTS) {
                for (Object value : local) {
                    statement.setObject(index++, value);
                }
            }
            statement.executeUpdate();
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("bundle records are public records", e);
        } catch (SQLException e) {
            throw failed(e);
        }
        insertChildren(record);
    }

    private void insertChildren(ExchangeRecord record) {
        try {
            if (record instanceof AssessmentJson assessment) {
                PreparedStatement statement = statement("INSERT INTO assessment_domain (assessment_id, domain, "
                        + "need_level, note) VALUES (?, ?, ?, ?)");
                for (AssessmentDomainJson domain : assessment.domains()) {
                    statement.setString(1, assessment.id());
                    statement.setString(2, domain.domain());
                    statement.setObject(3, domain.needLevel());
                    statement.setString(4, domain.note());
                    statement.executeUpdate();
                }
            } else if (record instanceof VisitJson visit) {
                PreparedStatement statement = statement("INSERT INTO visit_service (visit_id, service_id, count) "
                        + "VALUES (?, ?, ?)");
                for (VisitServiceJson service : visit.services()) {
                    statement.setString(1, visit.id());
                    statement.setString(2, service.serviceId());
                    statement.setObject(3, service.count());
                    statement.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Completes the writes before commit: indexes the residents inserted by this import for search. */
    void finish() {
        if (searchIndex != null) {
            searchIndex.restore();
            searchIndex = null;
        }
    }

    /** Appends one version to {@code record_history}. */
    void history(String table, String id, String rev, Instant at, String by, String reason, String content) {
        try {
            PreparedStatement insert = statement("INSERT INTO record_history (record_type, record_id, rev, "
                    + "replaced_at, replaced_by, reason, content) VALUES (?, ?, ?, ?, ?, ?, ?)");
            insert.setString(1, table);
            insert.setString(2, id);
            insert.setString(3, rev);
            insert.setString(4, at.toString());
            insert.setString(5, by);
            insert.setString(6, reason);
            insert.setString(7, content);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** "township name" of an area, as residents are searched by it; null for an unknown area. */
    String areaLabel(String areaId) {
        return areaLabels.computeIfAbsent(areaId, id -> {
            try {
                PreparedStatement select = statement("SELECT township, name FROM area WHERE id = ?");
                select.setString(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getString(1) + " " + rows.getString(2) : null;
                }
            } catch (SQLException e) {
                throw failed(e);
            }
        });
    }

    /** Residents here, not deleted, with this name and birth date and one of these phone numbers. */
    Set<String> sameNameBirthAndPhone(String name, LocalDate birthDate, List<String> phoneDigits) {
        Set<String> found = new HashSet<>();
        try {
            PreparedStatement select = statement("SELECT id FROM resident WHERE name = ? AND birth_date = ? "
                    + "AND deleted = 0 AND (phone_mobile IN (?, ?) OR phone_home IN (?, ?))");
            select.setString(1, name);
            select.setString(2, birthDate.toString());
            // Two numbers at most; one is bound twice.
            String first = phoneDigits.getFirst();
            String second = phoneDigits.size() > 1 ? phoneDigits.get(1) : first;
            select.setString(3, first);
            select.setString(4, second);
            select.setString(5, first);
            select.setString(6, second);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return found;
    }

    /** Residents here, not deleted, whose RRN has this keyed fingerprint. */
    Set<String> sameFingerprint(String fingerprint) {
        Set<String> found = new HashSet<>();
        try {
            PreparedStatement select = statement("SELECT id FROM resident WHERE rrn_fingerprint = ? AND deleted = 0");
            select.setString(1, fingerprint);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failed(e);
        }
        return found;
    }

    private Insert insertFor(RecordType type) {
        List<Method> accessors = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (RecordComponent component : type.recordClass().getRecordComponents()) {
            if (!ExchangeRows.NOT_COLUMNS.contains(component.getName())) {
                accessors.add(component.getAccessor());
                columns.add(ExchangeRows.column(component.getName()));
            }
        }
        List<String> all = new ArrayList<>(columns);
        if (type == RecordType.RESIDENTS) {
            all.addAll(RESIDENT_LOCAL);
        }
        String sql = "INSERT INTO " + ExchangeRows.table(type).getName() + " (" + String.join(", ", all)
                + ") VALUES (" + String.join(", ", java.util.Collections.nCopies(all.size(), "?")) + ")";
        return new Insert(prepare(sql), accessors.toArray(Method[]::new), columns);
    }

    private String firstString(PreparedStatement select, String key) {
        try {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private PreparedStatement statement(String sql) {
        return prepared.computeIfAbsent(sql, this::prepare);
    }

    private PreparedStatement prepare(String sql) {
        try {
            return connection.prepareStatement(sql);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static DataAccessException failed(SQLException e) {
        return new DataAccessException("import statement failed: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        List<PreparedStatement> all = new ArrayList<>(prepared.values());
        all.addAll(revs.values());
        inserts.values().forEach(insert -> all.add(insert.statement()));
        for (PreparedStatement statement : all) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // closing a statement frees memory only; the transaction decides what is kept
            }
        }
        insertConnection.close();
    }

    /** A prepared insert of one record type: the columns its bundle form carries, in component order. */
    private record Insert(PreparedStatement statement, Method[] accessors, List<String> columns) {
    }
}
