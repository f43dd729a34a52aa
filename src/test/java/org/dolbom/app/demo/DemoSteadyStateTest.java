package org.dolbom.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.dolbom.app.AppContext;
import org.dolbom.app.schedule.WeekSchedule;
import org.dolbom.domain.DueItem;
import org.dolbom.domain.DueReason;
import org.dolbom.domain.DueState;
import org.dolbom.domain.DueVisits;
import org.dolbom.domain.PlanCheck;
import org.dolbom.domain.Staff;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitKind;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.schedule.KoreanHolidays;
import org.dolbom.schedule.PlannedVisit;
import org.dolbom.schedule.Week;
import org.dolbom.schedule.WeekPlan;
import org.dolbom.testing.MovingClock;
import org.dolbom.store.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo office as its team leader lives with it: an office that mostly keeps up, so each week's due list is
 * about what six staff can do, a handful are a little late and nobody has been forgotten for months. Checked over
 * several weeks while the team works the weeks the planner gives it, and on a demo made for another day.
 */
class DemoSteadyStateTest {

    private static final Actor ACTOR = new Actor("demo", "test");
    private static final int RESIDENTS = DemoData.DEFAULT_RESIDENTS;
    /** Late, but not forgotten: nothing in a steady office is overdue for more than about three months. */
    private static final long MOST_DAYS_OVERDUE = 90;

    @TempDir
    Path dir;

    @Test
    void weekAfterWeekTheDueListIsAboutWhatTheTeamCanDoAndThePlannerPlacesAlmostEveryone() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        MovingClock clock = new MovingClock(today.atTime(10, 0));
        try (AppContext context = AppContext.open(dir.resolve("weeks.db"), clock)) {
            DemoData.fill(context, RESIDENTS, DemoData.DEFAULT_SEED, ACTOR);
            WeekSchedule schedule = new WeekSchedule(context, KoreanHolidays.shipped());
            for (int week = 0; week < 3; week++) {
                Week thisWeek = Week.containing(today);
                List<DueItem> due = context.caseFiles().due(today, thisWeek.day(DayOfWeek.SUNDAY));
                int capacity = capacityLeft(context, today);

                assertSteady(context, due, today, capacity);
                WeekPlan plan = schedule.plan(thisWeek, false, List.of());
                assertThat(plan.notPlaced()).as("not placed in the week of %s", today)
                        .hasSizeLessThanOrEqualTo(residents(due).size() / 20);

                // The team does the week it was given; the next Monday's list is what is left and what comes next.
                clock.set(thisWeek.day(DayOfWeek.FRIDAY).atTime(18, 0));
                workThrough(context, plan);
                today = thisWeek.next().monday();
                clock.set(today.atTime(9, 0));
            }
        }
    }

    @Test
    void aDemoMadeForAnotherDayIsJustAsSteadyAndEveryReasonIsDueAndOverdue() {
        LocalDate today = LocalDate.of(2027, 3, 10);
        try (AppContext context = AppContext.open(dir.resolve("march.db"), new MovingClock(today.atTime(10, 0)))) {
            DemoData.fill(context, RESIDENTS, 7, ACTOR);
            Week week = Week.containing(today);
            List<DueItem> due = context.caseFiles().due(today, week.day(DayOfWeek.SUNDAY));

            assertSteady(context, due, today, capacityLeft(context, today));
            assertEveryReasonDueAndOverdue(due);
            WeekPlan plan = new WeekSchedule(context, KoreanHolidays.shipped()).plan(week, false, List.of());
            assertThat(plan.notPlaced()).hasSizeLessThanOrEqualTo(residents(due).size() / 20);
        }
    }

    @Test
    void onTheDemosFirstDayEveryReasonIsDueAndOverdue() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        try (AppContext context = AppContext.open(dir.resolve("first.db"), new MovingClock(today.atTime(10, 0)))) {
            DemoData.fill(context, RESIDENTS, DemoData.DEFAULT_SEED, ACTOR);

            assertEveryReasonDueAndOverdue(context.caseFiles().due(today, Week.containing(today)
                    .day(DayOfWeek.SUNDAY)));
        }
    }

    /** Near what the team can still do this week, a small share late, and nobody late for months. */
    private static void assertSteady(AppContext context, List<DueItem> due, LocalDate today, int capacity) {
        long open = context.caseFiles().facts().size();
        Set<UUID> late = due.stream().filter(i -> i.state() == DueState.OVERDUE).map(DueItem::residentId)
                .collect(Collectors.toSet());
        long mostOverdue = due.stream().mapToLong(i -> DueVisits.daysOverdue(i, today)).max().orElse(0);

        assertThat(due.size()).as("due on %s, room for %d visits", today, capacity)
                .isBetween(capacity / 2, capacity * 11 / 10);
        assertThat(mostOverdue).as("days overdue on %s", today).isLessThanOrEqualTo(MOST_DAYS_OVERDUE);
        assertThat(late.size()).as("late residents on %s of %d open", today, open)
                .isLessThanOrEqualTo((int) (open / 10)).isLessThan(residents(due).size() / 2);
    }

    private static void assertEveryReasonDueAndOverdue(List<DueItem> due) {
        for (DueState state : DueState.values()) {
            Set<DueReason> reasons = due.stream().filter(i -> i.state() == state).map(DueItem::reason)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(DueReason.class)));
            assertThat(reasons).as(state.name()).containsExactlyInAnyOrder(DueReason.values());
        }
    }

    /** Every planned visit made and met; a legal check that was due is done on the same visit. */
    private static void workThrough(AppContext context, WeekPlan plan) {
        for (PlannedVisit planned : plan.visits()) {
            LocalDateTime at = planned.date().atTime(10, 0);
            context.visits().save(new Visit(null, null, planned.residentId(), planned.staffId(), at, VisitKind.HOME,
                    VisitOutcome.MET, "정기 방문, 안부 확인", null, List.of(), null, null, 1), true, ACTOR);
            if (planned.reasons().contains(DueReason.FIRST_CHECK) || planned.reasons()
                    .contains(DueReason.PERIODIC_CHECK)) {
                context.plans().current(planned.residentId()).ifPresent(p -> context.plans().saveCheck(
                        new PlanCheck(null, p.id(), planned.date(), planned.staffId(), "계획대로 진행", null),
                        ACTOR));
            }
        }
    }

    /**
     * The team's visits per day times the working days left in the week, today included: on a Wednesday the work
     * due on Monday and Tuesday is done, and what is due by Sunday has three days left.
     */
    private static int capacityLeft(AppContext context, LocalDate today) {
        long days = KoreanHolidays.shipped().workingDays(Week.containing(today), false).stream()
                .filter(day -> !day.isBefore(today)).count();
        return context.staff().list(true).stream().filter(Staff::active).mapToInt(Staff::visitsPerDay).sum()
                * (int) days;
    }

    private static Set<UUID> residents(List<DueItem> due) {
        return due.stream().map(DueItem::residentId).collect(Collectors.toSet());
    }
}
