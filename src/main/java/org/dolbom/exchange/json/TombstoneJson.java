package org.dolbom.exchange.json;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A record deleted at its origin, sent without its content: the receiver marks its own copy deleted.
 * {@code type} names the record's group, e.g. {@code residents}.
 */
public record TombstoneJson(String type, String id, String origin, String rev, String prevRev, List<String> lineage, Instant createdAt,
        Instant updatedAt, boolean deleted) implements ExchangeRecord {

    public TombstoneJson {
        lineage = ExchangeRecord.listOrEmpty(lineage);
    }

    /** The group of the deleted record, or null when {@code type} names none. */
    public RecordType recordType() {
        RecordType recordType = RecordType.ofJsonName(type);
        return recordType == RecordType.TOMBSTONES ? null : recordType;
    }

    @Override
    public void check(RecordCheck check) {
        check.required("type", type);
        if (type != null && recordType() == null) {
            check.oneOf("type", type, Set.of());
        }
        // A tombstone that is not deleted would resurrect nothing and mean nothing.
        check.oneOf("deleted", String.valueOf(deleted), Set.of("true"));
    }
}
