package org.dolbom.exchange.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A service planned in a support plan, as exchanged. */
public record PlannedServiceJson(String id, String origin, String rev, String prevRev, List<String> lineage, Instant createdAt,
        Instant updatedAt, boolean deleted,
        String planId, String serviceId, String providerId, String content, String method, String quantity,
        LocalDate periodStart, LocalDate periodEnd) implements ExchangeRecord {

    public PlannedServiceJson {
        lineage = ExchangeRecord.listOrEmpty(lineage);
    }

    @Override
    public void check(RecordCheck check) {
        check.required("planId", planId);
        check.reference("planId", RecordType.PLANS, planId);
        check.required("serviceId", serviceId);
        check.reference("serviceId", RecordType.SERVICES, serviceId);
        check.reference("providerId", RecordType.PROVIDERS, providerId);
    }
}
