package org.dolbom.print;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.dolbom.schedule.Week;

/**
 * One staff member's printed week: rows in visiting order, grouped by day and within a day by area.
 *
 * @param days      the working days to print, in order; a day without visits prints as "방문 없음"
 * @param rows      in visiting order within each day
 * @param printedOn shown in the footer so an old sheet is recognised as old
 */
public record WeeklySheet(
        String officeName,
        Week week,
        String staffName,
        List<LocalDate> days,
        List<SheetRow> rows,
        LocalDate printedOn) {

    public WeeklySheet {
        Objects.requireNonNull(week, "week");
        days = List.copyOf(days);
        rows = List.copyOf(rows);
    }
}
