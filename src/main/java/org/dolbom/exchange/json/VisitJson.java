package org.dolbom.exchange.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A visit or consultation record with the services delivered, as exchanged. */
public record VisitJson(String id, String origin, String rev, String prevRev, List<String> lineage, Instant createdAt,
        Instant updatedAt, boolean deleted,
        String residentId, String staffId, String visitedAt, String kind, String outcome, String notes,
        LocalDate followUpDue, String followUpNote, LocalDate followUpDoneOn, String signedOffAt, Integer version,
        List<VisitServiceJson> services) implements ExchangeRecord {

    public VisitJson {
        lineage = ExchangeRecord.listOrEmpty(lineage);
        services = ExchangeRecord.listOrEmpty(services).stream()
                .sorted(Comparator.comparing(VisitServiceJson::serviceId,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    @Override
    public void check(RecordCheck check) {
        check.required("residentId", residentId);
        check.reference("residentId", RecordType.RESIDENTS, residentId);
        check.reference("staffId", RecordType.STAFF, staffId);
        check.required("visitedAt", visitedAt);
        check.required("kind", kind);
        check.oneOf("kind", kind, Codes.VISIT_KINDS);
        check.required("outcome", outcome);
        check.oneOf("outcome", outcome, Codes.VISIT_OUTCOMES);
        check.required("version", version);
        check.range("version", version, 1, Integer.MAX_VALUE);
        for (VisitServiceJson service : services) {
            check.required("services.serviceId", service.serviceId());
            check.reference("services.serviceId", RecordType.SERVICES, service.serviceId());
            check.required("services.count", service.count());
            check.range("services.count", service.count(), 1, Integer.MAX_VALUE);
        }
    }
}
