package org.dolbom.exchange.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A plan check (점검), as exchanged. */
public record PlanCheckJson(String id, String origin, String rev, String prevRev, List<String> lineage, Instant createdAt,
        Instant updatedAt, boolean deleted,
        String planId, LocalDate checkedOn, String staffId, String result, String note) implements ExchangeRecord {

    public PlanCheckJson {
        lineage = ExchangeRecord.listOrEmpty(lineage);
    }

    @Override
    public void check(RecordCheck check) {
        check.required("planId", planId);
        check.reference("planId", RecordType.PLANS, planId);
        check.required("checkedOn", checkedOn);
        check.reference("staffId", RecordType.STAFF, staffId);
    }
}
