package org.dolbom.exchange.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** A needs assessment with its domain rows, as exchanged. */
public record AssessmentJson(String id, String origin, String rev, String prevRev, List<String> lineage, Instant createdAt,
        Instant updatedAt, boolean deleted,
        String residentId, LocalDate assessedOn, String assessorStaffId, String summary, String riskLevel,
        List<AssessmentDomainJson> domains) implements ExchangeRecord {

    public AssessmentJson {
        lineage = ExchangeRecord.listOrEmpty(lineage);
        domains = ExchangeRecord.listOrEmpty(domains).stream()
                .sorted(Comparator.comparing(AssessmentDomainJson::domain,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    @Override
    public void check(RecordCheck check) {
        check.required("residentId", residentId);
        check.reference("residentId", RecordType.RESIDENTS, residentId);
        check.required("assessedOn", assessedOn);
        check.reference("assessorStaffId", RecordType.STAFF, assessorStaffId);
        check.required("riskLevel", riskLevel);
        check.oneOf("riskLevel", riskLevel, Codes.RISK_LEVELS);
        String previous = null;
        for (AssessmentDomainJson domain : domains) {
            check.required("domains.domain", domain.domain());
            check.oneOf("domains.domain", domain.domain(), Codes.ASSESSMENT_DOMAINS);
            check.required("domains.needLevel", domain.needLevel());
            check.range("domains.needLevel", domain.needLevel(), 0, 3);
            if (previous != null && previous.equals(domain.domain())) {
                // Each domain is assessed once per assessment.
                check.oneOf("domains.domain", domain.domain(), Set.of());
            }
            previous = domain.domain();
        }
    }
}
