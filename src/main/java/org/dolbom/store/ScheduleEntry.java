package org.dolbom.store;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.dolbom.domain.DueReason;
import org.dolbom.domain.ScheduleStatus;

/**
 * One saved visit of a week's schedule, with the resident's name and area read alongside for the grid and sheets.
 *
 * @param time    the visiting time as the leader wrote it ("10:00"); may be null
 * @param reasons why the visit was due when it was planned; empty for a visit added by hand
 * @param order   position in the staff member's day, from 1
 * @param visitId the visit record a DONE, ABSENT or REFUSED entry produced; null otherwise
 * @param responsibleStaffId the resident's own staff member (the resident's, else the area's) as the file says now;
 *                           when it differs from {@code staffId}, a colleague covers the visit
 */
public record ScheduleEntry(
        UUID id,
        String rev,
        LocalDate date,
        String time,
        UUID staffId,
        UUID residentId,
        String residentName,
        UUID areaId,
        List<DueReason> reasons,
        String purpose,
        int order,
        ScheduleStatus status,
        UUID visitId,
        UUID responsibleStaffId) {

    public ScheduleEntry {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** An entry as written: whose resident it is, the store reads back. */
    public ScheduleEntry(UUID id, String rev, LocalDate date, String time, UUID staffId, UUID residentId,
                         String residentName, UUID areaId, List<DueReason> reasons, String purpose, int order,
                         ScheduleStatus status, UUID visitId) {
        this(id, rev, date, time, staffId, residentId, residentName, areaId, reasons, purpose, order, status, visitId,
                null);
    }

    /** The own staff member a colleague covers for, or null when the visit is with them. */
    public UUID coversFor() {
        return responsibleStaffId == null || responsibleStaffId.equals(staffId) ? null : responsibleStaffId;
    }
}
