package org.dolbom.schedule;

import java.util.List;
import java.util.Objects;

import org.dolbom.domain.Area;
import org.dolbom.domain.DueItem;
import org.dolbom.domain.Staff;

/**
 * Everything the planner needs for one week.
 *
 * @param due             items from the due function, any order; one resident may have several
 * @param kept            visits the leader already fixed for this week; they stay where they are and count against
 *                        capacity
 * @param includeSaturday plan Saturday as a working day too
 */
public record PlanRequest(
        Week week,
        boolean includeSaturday,
        List<DueItem> due,
        List<Staff> staff,
        List<Area> areas,
        KoreanHolidays holidays,
        List<PlannedVisit> kept) {

    public PlanRequest {
        Objects.requireNonNull(week, "week");
        due = due == null ? List.of() : List.copyOf(due);
        staff = staff == null ? List.of() : List.copyOf(staff);
        areas = areas == null ? List.of() : List.copyOf(areas);
        holidays = holidays == null ? KoreanHolidays.shipped() : holidays;
        kept = kept == null ? List.of() : List.copyOf(kept);
    }
}
