package org.dolbom.exchange.json;

import java.time.Instant;
import java.util.List;

/** A team member, as exchanged. */
public record StaffJson(String id, String origin, String rev, String prevRev, List<String> lineage, Instant createdAt,
        Instant updatedAt, boolean deleted,
        String name, String role, String phone, Boolean active, Integer visitsPerDay) implements ExchangeRecord {

    public StaffJson {
        lineage = ExchangeRecord.listOrEmpty(lineage);
    }

    @Override
    public void check(RecordCheck check) {
        check.required("name", name);
        check.required("role", role);
        check.oneOf("role", role, Codes.STAFF_ROLES);
        check.required("active", active);
        check.required("visitsPerDay", visitsPerDay);
        check.range("visitsPerDay", visitsPerDay, 0, 40);
    }
}
