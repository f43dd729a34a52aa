package org.dolbom.exchange.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A support plan (개인별지원계획), as exchanged. */
public record PlanJson(String id, String origin, String rev, String prevRev, List<String> lineage, Instant createdAt,
        Instant updatedAt, boolean deleted,
        String residentId, String assessmentId, LocalDate madeOn, LocalDate periodStart, LocalDate periodEnd,
        String goals, String visitFrequency, LocalDate nextReviewOn, String status, LocalDate endedOn,
        String endedReason, String responsibleStaffId) implements ExchangeRecord {

    public PlanJson {
        lineage = ExchangeRecord.listOrEmpty(lineage);
    }

    @Override
    public void check(RecordCheck check) {
        check.required("residentId", residentId);
        check.reference("residentId", RecordType.RESIDENTS, residentId);
        check.reference("assessmentId", RecordType.ASSESSMENTS, assessmentId);
        check.required("madeOn", madeOn);
        check.required("periodStart", periodStart);
        check.required("visitFrequency", visitFrequency);
        check.oneOf("visitFrequency", visitFrequency, Codes.VISIT_FREQUENCIES);
        check.required("status", status);
        check.oneOf("status", status, Codes.PLAN_STATUSES);
        check.reference("responsibleStaffId", RecordType.STAFF, responsibleStaffId);
    }
}
