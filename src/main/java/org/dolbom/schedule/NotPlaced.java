package org.dolbom.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.dolbom.domain.DueReason;
import org.dolbom.i18n.Messages;

/**
 * 미편성: a due resident the planner could not put in the week, and why. Listed, never dropped; saved with the
 * week, so the screen, the command line and the printed overview show the same list.
 *
 * @param staffId   the staff member the visit would have gone to; null when there is none
 * @param causeDate the date the cause refers to (the earlier visit still waiting for its result); else null
 */
public record NotPlaced(
        UUID residentId,
        String residentName,
        UUID areaId,
        UUID staffId,
        List<DueReason> reasons,
        Cause cause,
        LocalDate causeDate) {

    public NotPlaced {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public NotPlaced(UUID residentId, String residentName, UUID areaId, UUID staffId, List<DueReason> reasons,
                     Cause cause) {
        this(residentId, residentName, areaId, staffId, reasons, cause, null);
    }

    /** What the leader reads above a group of residents: what happened and what to do. */
    public static String explanation(Cause cause, Messages messages) {
        return messages.get("schedule.notPlaced." + cause.name());
    }

    public String explanation(Messages messages) {
        return explanation(cause, messages);
    }

    /** The resident as a 미편성 group lists them: "김민수(양근리)", with the day of a visit awaiting its result. */
    public String label(Messages messages, String areaName) {
        String name = areaName == null || areaName.isEmpty() ? residentName
                : messages.get("schedule.notPlaced.name", residentName, areaName);
        return causeDate == null ? name : messages.get("schedule.notPlaced.nameOn", name, causeDate.getMonthValue(),
                causeDate.getDayOfMonth());
    }

    /**
     * The list grouped by cause, in the order of {@link Cause}; within a group, most urgent first. The screen, the
     * command line and the printed overview all show it this way.
     */
    public static Map<Cause, List<NotPlaced>> byCause(List<NotPlaced> list) {
        Map<Cause, List<NotPlaced>> groups = new EnumMap<>(Cause.class);
        for (NotPlaced n : list) {
            groups.computeIfAbsent(n.cause(), k -> new ArrayList<>()).add(n);
        }
        return groups;
    }

    /**
     * Why a visit could not be placed, in the order the 미편성 list groups them: what the leader can act on first.
     */
    public enum Cause {
        /** Every colleague's visits per day are used up for the rest of the week, not only the own staff member's. */
        CAPACITY_FULL,
        /** An earlier planned visit has no result yet; it covers the resident until it is done, missed or moved. */
        AWAITING_RESULT,
        /** The leader took the visit out of the week. */
        REMOVED,
        /** Neither the resident nor the area has a responsible staff member. */
        NO_STAFF,
        /** The responsible staff member is no longer active. */
        STAFF_INACTIVE,
        /** No working day is left in the week: the days have passed, or they are weekends and holidays. */
        NO_WORKING_DAY
    }
}
