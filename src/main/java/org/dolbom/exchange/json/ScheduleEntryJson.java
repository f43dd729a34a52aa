package org.dolbom.exchange.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A planned visit on the weekly schedule, as exchanged. {@code reasons} are the {@code DueReason} codes that made
 * the visit due, in the planner's order; {@code visitOrder} is the entry's place in the staff member's day (0 when
 * none was given). Both came with format version 2.
 */
public record ScheduleEntryJson(String id, String origin, String rev, String prevRev, List<String> lineage, Instant createdAt,
        Instant updatedAt, boolean deleted,
        LocalDate plannedOn, String plannedTime, String staffId, String residentId, String purpose, String status,
        String visitId, List<String> reasons, Integer visitOrder) implements ExchangeRecord {

    public ScheduleEntryJson {
        lineage = ExchangeRecord.listOrEmpty(lineage);
        reasons = ExchangeRecord.listOrEmpty(reasons);
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
        Set<String> seen = new HashSet<>();
        for (String reason : reasons) {
            check.required("reasons", reason);
            check.oneOf("reasons", reason, Codes.DUE_REASONS);
            if (!seen.add(reason)) {
                // Each reason is named once; the store keeps them as one comma-separated list.
                check.oneOf("reasons", reason, Set.of());
            }
        }
        check.required("visitOrder", visitOrder);
        check.range("visitOrder", visitOrder, 0, Integer.MAX_VALUE);
    }
}
