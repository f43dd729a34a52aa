package org.dolbom.schedule;

import java.util.List;
import java.util.UUID;

import org.dolbom.domain.DueReason;
import org.dolbom.i18n.Messages;

/**
 * 미편성: a due resident the planner could not put in the week, and why. Listed, never dropped.
 *
 * @param staffId the staff member the visit would have gone to; null when there is none
 */
public record NotPlaced(
        UUID residentId,
        String residentName,
        UUID areaId,
        UUID staffId,
        List<DueReason> reasons,
        Cause cause) {

    public NotPlaced {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** What the leader reads next to the resident's name: what happened and what to do. */
    public String explanation(Messages messages) {
        return messages.get("schedule.notPlaced." + cause.name());
    }

    /** Why a visit could not be placed. */
    public enum Cause {
        /** Neither the resident nor the area has a responsible staff member. */
        NO_STAFF,
        /** The responsible staff member is no longer active. */
        STAFF_INACTIVE,
        /** The staff member's visits per day are used up for the whole week. */
        CAPACITY_FULL,
        /** Every day of the week is a weekend day or a holiday. */
        NO_WORKING_DAY
    }
}
