package org.dolbom.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;

import tools.jackson.databind.json.JsonMapper;

import static org.dolbom.store.jooq.Tables.RECORD_HISTORY;

/**
 * The conventions every exchangeable record follows: a rev that chains its content to the version it replaced,
 * and every replaced version kept in {@code record_history} as JSON.
 */
final class RecordVersions {

    /** Bookkeeping and keys derived on this machine stay out of the rev, so offices can compare lineage. */
    private static final Set<String> NOT_CONTENT = Set.of("created_at", "updated_at", "rev", "prev_rev",
            "rrn_cipher", "rrn_fingerprint", "sort_name", "name_initials", "search_text", "phone_last4");

    /** Never in history: the sealed RRN and its fingerprint. The masked form is kept. */
    private static final Set<String> NOT_IN_HISTORY = Set.of("rrn_cipher", "rrn_fingerprint");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RecordVersions() {
    }

    /** SHA-256 hex over the record's content (plus any extra content, such as consents) and the previous rev. */
    static String rev(TableRecord<?> record, Map<String, Object> extra, String previousRev) {
        Map<String, Object> content = new LinkedHashMap<>();
        record.intoMap().forEach((column, value) -> {
            if (!NOT_CONTENT.contains(column)) {
                content.put(column, value);
            }
        });
        content.putAll(extra);
        String canonical = JSON.writeValueAsString(content) + "\n" + (previousRev == null ? "" : previousRev);
        return sha256(canonical);
    }

    /** Appends the version being replaced to {@code record_history}. */
    static void keepReplaced(DSLContext ctx, TableRecord<?> replaced, Map<String, Object> extra, String reason,
                             String replacedBy, Instant at) {
        ctx.insertInto(RECORD_HISTORY)
                .set(RECORD_HISTORY.RECORD_TYPE, replaced.getTable().getName())
                .set(RECORD_HISTORY.RECORD_ID, String.valueOf(replaced.get("id")))
                .set(RECORD_HISTORY.REV, String.valueOf(replaced.get("rev")))
                .set(RECORD_HISTORY.REPLACED_AT, at.toString())
                .set(RECORD_HISTORY.REPLACED_BY, replacedBy)
                .set(RECORD_HISTORY.REASON, reason)
                .set(RECORD_HISTORY.CONTENT, historyContent(replaced, extra))
                .execute();
    }

    /** A replaced version as {@code record_history} keeps it: JSON without the sealed RRN. */
    static String historyContent(TableRecord<?> replaced, Map<String, Object> extra) {
        Map<String, Object> content = new LinkedHashMap<>();
        replaced.intoMap().forEach((column, value) -> {
            if (!NOT_IN_HISTORY.contains(column)) {
                content.put(column, value);
            }
        });
        content.putAll(extra);
        return JSON.writeValueAsString(content);
    }

    /**
     * Writes {@code record} as a new record (no {@code existing}) or as the next version of {@code existing},
     * stamping id, origin, times and rev, and keeping the replaced version in history.
     *
     * @param extra content kept with the record that lives in other tables, such as a resident's consents
     */
    static <R extends TableRecord<R>> void store(DSLContext ctx, R record, R existing, Map<String, Object> extra,
                                                 Map<String, Object> existingExtra, String reason, String replacedBy,
                                                 Instant now, String origin) {
        Table<R> table = record.getTable();
        Field<String> id = stringField(table, "id");
        String stamp = now.toString();
        record.set(stringField(table, "updated_at"), stamp);
        if (existing == null) {
            if (record.get(id) == null) {
                record.set(id, UUID.randomUUID().toString());
            }
            stampNew(record, extra, now, origin);
            ctx.insertInto(table).set(record).execute();
        } else {
            keepReplaced(ctx, existing, existingExtra, reason, replacedBy, now);
            String previousRev = existing.get(stringField(table, "rev"));
            record.set(id, existing.get(id));
            record.set(stringField(table, "origin"), existing.get(stringField(table, "origin")));
            record.set(stringField(table, "created_at"), existing.get(stringField(table, "created_at")));
            record.set(stringField(table, "prev_rev"), previousRev);
            if (record.get(intField(table, "deleted")) == null) {
                record.set(intField(table, "deleted"), existing.get(intField(table, "deleted")));
            }
            record.set(stringField(table, "rev"), rev(record, extra, previousRev));
            ctx.update(table).set(record).where(id.eq(existing.get(id))).execute();
        }
    }

    /**
     * Stamps a record that has its id as the first version of itself: origin, created and updated now, no previous
     * rev, not deleted, and its rev. Writes nothing.
     */
    static void stampNew(TableRecord<?> record, Map<String, Object> extra, Instant now, String origin) {
        Table<?> table = record.getTable();
        String stamp = now.toString();
        record.set(stringField(table, "origin"), origin);
        record.set(stringField(table, "created_at"), stamp);
        record.set(stringField(table, "updated_at"), stamp);
        record.set(stringField(table, "prev_rev"), null);
        record.set(intField(table, "deleted"), 0);
        record.set(stringField(table, "rev"), rev(record, extra, null));
    }

    private static Field<String> stringField(Table<?> table, String name) {
        return table.field(name, String.class);
    }

    private static Field<Integer> intField(Table<?> table, String name) {
        return table.field(name, Integer.class);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
