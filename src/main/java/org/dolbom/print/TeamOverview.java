package org.dolbom.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.dolbom.i18n.Messages;
import org.dolbom.schedule.KoreanHolidays;
import org.dolbom.schedule.NotPlaced;
import org.dolbom.schedule.Week;
import org.dolbom.schedule.WeekPlan;

/**
 * The one-page summary for the whole team: visits per staff member and day.
 *
 * @param days      the days shown as columns, Monday to Friday (or Saturday); holidays included and marked
 * @param holidays  holiday names for days in {@code days} that are closed
 * @param notPlaced residents left out of the week (미편성), grouped by the reason, in the order the screen shows
 */
public record TeamOverview(
        String officeName,
        Week week,
        List<LocalDate> days,
        Map<LocalDate, String> holidays,
        List<StaffLine> staff,
        List<NotPlacedGroup> notPlaced,
        LocalDate printedOn) {

    public TeamOverview {
        Objects.requireNonNull(week, "week");
        days = List.copyOf(days);
        holidays = Map.copyOf(holidays);
        staff = List.copyOf(staff);
        notPlaced = List.copyOf(notPlaced);
    }

    /**
     * The overview of a planned week: a column for every weekday (and Saturday when it was planned), holidays
     * marked, a line per staff member in the plan's grid order, and the residents left out.
     *
     * @param staffNames staff id → name; an unknown id prints as an empty name rather than failing
     * @param areaNames  area id → 리 name, for the not-placed list
     */
    public static TeamOverview of(WeekPlan plan, String officeName, Map<UUID, String> staffNames,
            Map<UUID, String> areaNames, KoreanHolidays holidays, boolean includeSaturday, Messages messages,
            LocalDate printedOn) {
        List<LocalDate> days = plan.week().weekdays(includeSaturday);
        Map<LocalDate, String> closed = new HashMap<>();
        for (LocalDate day : days) {
            holidays.name(day).ifPresent(name -> closed.put(day, name));
        }
        List<StaffLine> lines = new ArrayList<>();
        for (UUID staffId : plan.staffIds()) {
            List<Integer> counts = days.stream().map(d -> plan.load(staffId, d)).toList();
            lines.add(new StaffLine(staffNames.getOrDefault(staffId, ""), plan.capacity(staffId), counts));
        }
        List<NotPlacedGroup> out = new ArrayList<>();
        NotPlaced.byCause(plan.notPlaced()).forEach((cause, list) -> out.add(new NotPlacedGroup(
                NotPlaced.explanation(cause, messages),
                list.stream().map(n -> n.label(messages, n.areaId() == null ? null : areaNames.get(n.areaId())))
                        .toList())));
        return new TeamOverview(officeName, plan.week(), days, closed, lines, out, printedOn);
    }

    /** @param visits visits per day, in the order of {@link TeamOverview#days()} */
    public record StaffLine(String staffName, int visitsPerDay, List<Integer> visits) {

        public StaffLine {
            visits = List.copyOf(visits);
        }
    }

    /** One reason for leaving residents out, and who they are ("김민수(양근리)"). */
    public record NotPlacedGroup(String reason, List<String> residents) {

        public NotPlacedGroup {
            residents = List.copyOf(residents);
        }
    }

    /** How many residents are left out, over every group. */
    public int notPlacedCount() {
        return notPlaced.stream().mapToInt(g -> g.residents().size()).sum();
    }
}
