package org.dolbom.ui.schedule;

import java.time.LocalDate;
import java.util.UUID;

import org.dolbom.domain.ScheduleStatus;

/**
 * One resident in a cell of the week grid.
 *
 * @param entryId the saved entry; null for a visit not yet saved
 * @param status  PLANNED for a visit that can still be moved; anything else is a recorded outcome, shown only
 */
public record GridEntry(UUID entryId, UUID residentId, String residentName, String areaName, String purpose,
        LocalDate date, UUID staffId, ScheduleStatus status) {

    public boolean isEditable() {
        return status == ScheduleStatus.PLANNED;
    }
}
