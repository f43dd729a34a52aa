package org.dolbom.exchange.json;

import java.time.Instant;
import java.util.List;

/** A 리/통/반 or grid cell, as exchanged. */
public record AreaJson(String id, String origin, String rev, String prevRev, List<String> lineage, Instant createdAt,
        Instant updatedAt, boolean deleted,
        String township, String name, String kind, String responsibleStaffId) implements ExchangeRecord {

    public AreaJson {
        lineage = ExchangeRecord.listOrEmpty(lineage);
    }

    @Override
    public void check(RecordCheck check) {
        check.required("township", township);
        check.required("name", name);
        check.required("kind", kind);
        check.oneOf("kind", kind, Codes.AREA_KINDS);
        check.reference("responsibleStaffId", RecordType.STAFF, responsibleStaffId);
    }
}
