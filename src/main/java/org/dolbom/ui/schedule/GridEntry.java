package org.dolbom.ui.schedule;

import java.time.LocalDate;
import java.util.UUID;

import org.dolbom.domain.ScheduleStatus;

/**
 * One resident in a cell of the week grid.
 *
 * @param entryId   the saved entry; null for a visit not yet saved
 * @param status    PLANNED for a visit still waiting for its result; anything else is a recorded outcome, shown only
 * @param past      the day has passed: the visit stays where it was planned, only its result can be recorded
 * @param coversFor the name of the resident's own staff member when a colleague covers the visit; else null
 */
public record GridEntry(UUID entryId, UUID residentId, String residentName, String areaName, String purpose,
        LocalDate date, UUID staffId, ScheduleStatus status, boolean past, String coversFor) {

    public GridEntry(UUID entryId, UUID residentId, String residentName, String areaName, String purpose,
            LocalDate date, UUID staffId, ScheduleStatus status) {
        this(entryId, residentId, residentName, areaName, purpose, date, staffId, status, false, null);
    }

    /** Still waiting for its result, so done, absent or refused can be recorded. */
    public boolean isEditable() {
        return status == ScheduleStatus.PLANNED;
    }

    /** Can be moved, dropped or taken out: planned and not on a day that has passed. */
    public boolean isMovable() {
        return isEditable() && !past;
    }

    public boolean isCovering() {
        return coversFor != null;
    }
}
