package org.dolbom.exchange.json;

import java.time.Instant;
import java.util.List;

/** Vitals measured during a visit, as exchanged. */
public record VitalsJson(String id, String origin, String rev, String prevRev, List<String> lineage, Instant createdAt,
        Instant updatedAt, boolean deleted,
        String visitId, Integer systolic, Integer diastolic, Integer glucose, Boolean glucoseFasting,
        Double weightKg) implements ExchangeRecord {

    public VitalsJson {
        lineage = ExchangeRecord.listOrEmpty(lineage);
    }

    @Override
    public void check(RecordCheck check) {
        check.required("visitId", visitId);
        check.reference("visitId", RecordType.VISITS, visitId);
    }
}
