package org.dolbom.schedule;

import java.time.LocalDate;
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
 * @param firstDay        the first day a visit may be planned on (today, or tomorrow once the office day is
 *                        over): the days before it have passed; null places visits on any day of the week
 */
public record PlanRequest(
        Week week,
        boolean includeSaturday,
        List<DueItem> due,
        List<Staff> staff,
        List<Area> areas,
        KoreanHolidays holidays,
        List<PlannedVisit> kept,
        LocalDate firstDay) {

    public PlanRequest {
        Objects.requireNonNull(week, "week");
        due = due == null ? List.of() : List.copyOf(due);
        staff = staff == null ? List.of() : List.copyOf(staff);
        areas = areas == null ? List.of() : List.copyOf(areas);
        holidays = holidays == null ? KoreanHolidays.shipped() : holidays;
        kept = kept == null ? List.of() : List.copyOf(kept);
    }

    /** A request with every day of the week open, as for a week that lies wholly ahead. */
    public PlanRequest(Week week, boolean includeSaturday, List<DueItem> due, List<Staff> staff, List<Area> areas,
                       KoreanHolidays holidays, List<PlannedVisit> kept) {
        this(week, includeSaturday, due, staff, areas, holidays, kept, null);
    }

    /** The working days still open for new visits: working days from {@link #firstDay} on. */
    public List<LocalDate> openDays() {
        return holidays.workingDays(week, includeSaturday).stream()
                .filter(d -> firstDay == null || !d.isBefore(firstDay))
                .toList();
    }
}
