package org.dolbom.app.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.dolbom.domain.DueItem;
import org.dolbom.domain.ScheduleStatus;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitKind;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.i18n.Messages;
import org.dolbom.print.SheetRow;
import org.dolbom.schedule.KoreanHolidays;
import org.dolbom.schedule.NotPlaced;
import org.dolbom.schedule.PlannedVisit;
import org.dolbom.schedule.Week;
import org.dolbom.schedule.WeekPlan;
import org.dolbom.store.ScheduleEntry;
import org.dolbom.testing.MovingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team leader's weekly loop on one data file over consecutive weeks, with today moving: plan this week on a
 * Wednesday, plan next week, record visits on Thursday evening, plan again. Two staff with three visits a day and
 * 24 residents overdue for their plan, so both weeks are full and 미편성 is never empty.
 */
class WeeklyLoopTest {

    private static final Week THIS_WEEK = Week.parse("2026-W49");
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    @TempDir
    Path dir;

    private MovingClock clock;
    private SmallTownship town;
    private WeekSchedule schedule;

    @BeforeEach
    void township() {
        clock = new MovingClock(WEDNESDAY.atTime(10, 0));
        town = SmallTownship.in(dir, 12, clock);
        schedule = new WeekSchedule(town.context, KoreanHolidays.shipped());
    }

    @AfterEach
    void close() {
        town.context.close();
    }

    @Test
    void planningOnWednesdayPutsNoVisitOnMondayOrTuesday() {
        WeekPlan plan = schedule.plan(THIS_WEEK, false, List.of());

        assertThat(plan.visits()).isNotEmpty()
                .allSatisfy(v -> assertThat(v.date()).isAfterOrEqualTo(WEDNESDAY));
        // Three days left, two staff, three visits a day: 18 placed, the least urgent 6 listed.
        assertThat(plan.visits()).hasSize(18);
        assertThat(plan.notPlaced()).hasSize(6)
                .allSatisfy(n -> assertThat(n.cause()).isEqualTo(NotPlaced.Cause.CAPACITY_FULL));
    }

    @Test
    void afterOfficeHoursTodayIsNotPlannedEither() {
        clock.set(WEDNESDAY.atTime(18, 30));

        WeekPlan plan = schedule.plan(THIS_WEEK, false, List.of());

        assertThat(plan.visits()).allSatisfy(v -> assertThat(v.date()).isAfter(WEDNESDAY));
        assertThat(plan.visits()).hasSize(12);
    }

    @Test
    void nextWeekDoesNotBookAgainWhoIsPlannedThisWeek() {
        WeekPlan thisWeek = schedule.plan(THIS_WEEK, false, List.of());
        schedule.save(thisWeek, SmallTownship.LEADER);

        WeekPlan nextWeek = schedule.plan(THIS_WEEK.next(), false, List.of());

        Set<UUID> plannedNow = ids(thisWeek.visits());
        assertThat(ids(nextWeek.visits())).doesNotContainAnyElementsOf(plannedNow);
        // Those left out this week are the ones next week takes first.
        assertThat(ids(nextWeek.visits())).containsAll(thisWeek.notPlaced().stream().map(NotPlaced::residentId)
                .toList());
        assertThat(nextWeek.notPlaced()).isEmpty();
        // The due list still shows everyone, with the day their visit is planned.
        List<DueItem> due = town.context.caseFiles().due(WEDNESDAY, THIS_WEEK.day(java.time.DayOfWeek.SUNDAY));
        assertThat(due).filteredOn(d -> plannedNow.contains(d.residentId()))
                .allSatisfy(d -> assertThat(d.plannedOn()).isNotNull());
    }

    @Test
    void theSavedNotPlacedListIsTheOneTheScreenAndThePaperShow() {
        WeekPlan planned = schedule.plan(THIS_WEEK, false, List.of());
        List<ScheduleEntry> saved = schedule.save(planned, SmallTownship.LEADER);

        WeekPlan reopened = schedule.planOf(THIS_WEEK, false, saved);
        WeekSchedule.Printout printout = schedule.printout(reopened, saved, false, null, Messages.korean());

        assertThat(reopened.notPlaced()).hasSize(6).isEqualTo(planned.notPlaced());
        assertThat(printout.overview().notPlacedCount()).isEqualTo(6);
        assertThat(printout.overview().notPlaced()).singleElement()
                .satisfies(g -> assertThat(g.residents()).hasSize(6));
    }

    @Test
    void thursdayEveningResultsThenPlanningAgainKeepsThePastAndFillsOnlyFriday() {
        WeekPlan planned = schedule.plan(THIS_WEEK, false, List.of());
        List<ScheduleEntry> saved = schedule.save(planned, SmallTownship.LEADER);
        schedule.save(schedule.plan(THIS_WEEK.next(), false, List.of()), SmallTownship.LEADER);

        clock.set(WEDNESDAY.plusDays(1).atTime(19, 0));
        ScheduleEntry wednesdays = saved.stream().filter(e -> e.date().equals(WEDNESDAY)).findFirst().orElseThrow();
        town.context.schedule().recordNotReached(wednesdays.id(), VisitOutcome.ABSENT, SmallTownship.LEADER);
        List<ScheduleEntry> now = schedule.entries(THIS_WEEK);
        WeekPlan reopened = schedule.planOf(THIS_WEEK, false, now);

        WeekPlan again = schedule.plan(THIS_WEEK, false, reopened.visits());

        LocalDate friday = WEDNESDAY.plusDays(2);
        List<PlannedVisit> added = again.visits().stream().filter(v -> !v.fixed()).toList();
        assertThat(added).allSatisfy(v -> assertThat(v.date()).isEqualTo(friday));
        // Thursday's visits stay where they were: they are history waiting for results, not plans to move.
        assertThat(again.visits()).filteredOn(v -> v.date().isBefore(friday))
                .extracting(v -> v.residentId() + "@" + v.date() + "/" + v.staffId())
                .containsExactlyInAnyOrderElementsOf(reopened.visits().stream()
                        .filter(v -> v.date().isBefore(friday))
                        .map(v -> v.residentId() + "@" + v.date() + "/" + v.staffId()).toList());
        // The absent resident is due again, and nobody is booked twice within the week.
        assertThat(now).filteredOn(e -> e.id().equals(wednesdays.id()))
                .singleElement().extracting(ScheduleEntry::status).isEqualTo(ScheduleStatus.ABSENT);
        assertThat(again.visits()).extracting(PlannedVisit::residentId).doesNotHaveDuplicates();
        // The printed week ticks the result already recorded.
        WeekSchedule.Printout printout = schedule.printout(reopened, now, false, null, Messages.korean());
        assertThat(printout.sheets()).flatExtracting(s -> s.rows())
                .filteredOn(r -> r.result() == SheetRow.Result.ABSENT).singleElement()
                .satisfies(r -> assertThat(r.residentName()).isEqualTo(wednesdays.residentName()));
    }

    @Test
    void aVisitWhoseDayPassedWithoutAResultIsListedForTheLeaderNotBookedAgain() {
        WeekPlan thisWeek = schedule.plan(THIS_WEEK, false, List.of());
        schedule.save(thisWeek, SmallTownship.LEADER);

        clock.set(LocalDateTime.of(2026, 12, 7, 9, 0));
        WeekPlan nextWeek = schedule.plan(THIS_WEEK.next(), false, List.of());

        assertThat(ids(nextWeek.visits())).doesNotContainAnyElementsOf(ids(thisWeek.visits()));
        assertThat(nextWeek.notPlaced()).filteredOn(n -> n.cause() == NotPlaced.Cause.AWAITING_RESULT)
                .hasSize(18)
                .allSatisfy(n -> assertThat(n.causeDate()).isBefore(LocalDate.of(2026, 12, 7)));
    }

    @Test
    void aVisitRecordedFromTheResidentsFileClosesTheVisitPlannedThatWeek() {
        List<ScheduleEntry> saved = schedule.save(schedule.plan(THIS_WEEK, false, List.of()), SmallTownship.LEADER);
        ScheduleEntry fridays = saved.stream().filter(e -> e.date().equals(WEDNESDAY.plusDays(2))).findFirst()
                .orElseThrow();

        Visit visit = town.context.visits().save(new Visit(null, null, fridays.residentId(), fridays.staffId(),
                WEDNESDAY.atTime(9, 30), VisitKind.PHONE, VisitOutcome.MET, "전화로 안부 확인", null, List.of(), null,
                null, 0), true, SmallTownship.LEADER);

        ScheduleEntry after = town.context.schedule().find(fridays.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(ScheduleStatus.DONE);
        assertThat(after.visitId()).isEqualTo(visit.id());
        // Nothing is waiting for a result, so the following week neither lists nor books the resident for it.
        clock.set(LocalDateTime.of(2026, 12, 7, 9, 0));
        WeekPlan nextWeek = schedule.plan(THIS_WEEK.next(), false, List.of());
        assertThat(nextWeek.notPlaced()).extracting(NotPlaced::residentId).doesNotContain(fridays.residentId());
    }

    private static Set<UUID> ids(List<PlannedVisit> visits) {
        Set<UUID> ids = new HashSet<>();
        visits.forEach(v -> ids.add(v.residentId()));
        return ids;
    }
}
