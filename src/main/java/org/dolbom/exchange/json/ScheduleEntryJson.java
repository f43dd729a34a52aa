package org.dolbom.exchange.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A planned visit on the weekly schedule, as exchanged. */
public record ScheduleEntryJson(String id, String origin, String rev, String prevRev, List<String> lineage, Instant createdAt,
        Instant updatedAt, boolean deleted,
        LocalDate plannedOn, String plannedTime, String staffId, String residentId, String purpose, String status,
        String visitId) implements ExchangeRecord {

    public ScheduleEntryJson {
        lineage = ExchangeRecord.listOrEmpty(lineage);
    }

    @Override
    public void check(RecordCheck check) {
        check.required("plannedOn", plannedOn);
        check.reference("staffId", RecordType.STAFF, staffId);
        check.required("residentId", residentId);
        check.reference("residentId", RecordType.RESIDENTS, residentId);
        check.required("status", status);
        check.oneOf("status", status, Codes.SCHEDULE_STATUSES);
        check.reference("visitId", RecordType.VISITS, visitId);
    }
}
