package org.dolbom.print;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.dolbom.schedule.Week;

/**
 * The one-page summary for the whole team: visits per staff member and day.
 *
 * @param days      the days shown as columns, Monday to Friday (or Saturday); holidays included and marked
 * @param holidays  holiday names for days in {@code days} that are closed
 * @param notPlaced residents left out of the week (미편성), with the reason in words
 */
public record TeamOverview(
        String officeName,
        Week week,
        List<LocalDate> days,
        Map<LocalDate, String> holidays,
        List<StaffLine> staff,
        List<NotPlacedLine> notPlaced,
        LocalDate printedOn) {

    public TeamOverview {
        Objects.requireNonNull(week, "week");
        days = List.copyOf(days);
        holidays = Map.copyOf(holidays);
        staff = List.copyOf(staff);
        notPlaced = List.copyOf(notPlaced);
    }

    /** @param visits visits per day, in the order of {@link TeamOverview#days()} */
    public record StaffLine(String staffName, int visitsPerDay, List<Integer> visits) {

        public StaffLine {
            visits = List.copyOf(visits);
        }
    }

    public record NotPlacedLine(String residentName, String areaName, String reason) {
    }
}
