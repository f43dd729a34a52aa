package org.dolbom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.dolbom.app.schedule.SmallTownship;
import org.dolbom.domain.DueReason;
import org.dolbom.domain.Resident;
import org.dolbom.domain.ScheduleStatus;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitKind;
import org.dolbom.domain.VisitOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved week on a real data file: replace, outcomes, moves and print audit. */
class ScheduleStoreTest {

    private static final LocalDate MONDAY = SmallTownship.NEXT_WEEK.monday();
    private static final LocalDate SUNDAY = SmallTownship.NEXT_WEEK.day(DayOfWeek.SUNDAY);
    private static final Actor LEADER = SmallTownship.LEADER;

    @TempDir
    Path dir;

    private SmallTownship town;
    private ScheduleStore schedule;

    @BeforeEach
    void openTown() {
        town = SmallTownship.in(dir, 3);
        schedule = town.context.schedule();
    }

    @AfterEach
    void close() {
        town.context.close();
    }

    private ScheduleEntry planned(Resident r, LocalDate day, int order) {
        return new ScheduleEntry(null, null, day, null, town.nurse.id(), r.id(), null, null,
                List.of(DueReason.PLAN_DEADLINE, DueReason.FOLLOW_UP), null, order, ScheduleStatus.PLANNED, null);
    }

    private List<ScheduleEntry> saveThree() {
        List<Resident> r = town.residents;
        return schedule.replacePlanned(MONDAY, SUNDAY, List.of(planned(r.get(0), MONDAY, 1),
                planned(r.get(1), MONDAY, 2), planned(r.get(2), MONDAY.plusDays(1), 1)), LEADER);
    }

    @Test
    void aSavedWeekLoadsBackWithNamesAreasReasonsAndOrder() {
        saveThree();

        List<ScheduleEntry> week = schedule.between(MONDAY, SUNDAY);

        assertThat(week).extracting(ScheduleEntry::residentName)
                .containsExactly(town.residents.get(0).name(), town.residents.get(1).name(),
                        town.residents.get(2).name());
        assertThat(week.getFirst().areaId()).isEqualTo(town.yanggeun.id());
        assertThat(week.getFirst().reasons()).containsExactly(DueReason.PLAN_DEADLINE, DueReason.FOLLOW_UP);
        assertThat(week).extracting(ScheduleEntry::order).containsExactly(1, 2, 1);
        assertThat(week).allMatch(e -> e.status() == ScheduleStatus.PLANNED && e.id() != null);
        assertThat(schedule.anyBetween(MONDAY, SUNDAY)).isTrue();
        assertThat(schedule.anyBetween(MONDAY.plusWeeks(1), SUNDAY.plusWeeks(1))).isFalse();
    }

    @Test
    void savingAgainReplacesPlannedEntriesKeepsOutcomesAndHistory() {
        List<ScheduleEntry> first = saveThree();
        List<Resident> r = town.residents;
        ScheduleEntry absent = schedule.recordNotReached(first.get(0).id(), VisitOutcome.ABSENT, LEADER);
        ScheduleEntry dropped = first.get(2);

        List<ScheduleEntry> week = schedule.replacePlanned(MONDAY, SUNDAY, List.of(
                planned(r.get(1), MONDAY.plusDays(3), 1), planned(r.get(3), MONDAY.plusDays(3), 2)), LEADER);

        assertThat(week).extracting(ScheduleEntry::residentName, ScheduleEntry::status).containsExactly(
                tuple(r.get(0).name(), ScheduleStatus.ABSENT),
                tuple(r.get(1).name(), ScheduleStatus.PLANNED),
                tuple(r.get(3).name(), ScheduleStatus.PLANNED));
        ScheduleEntry moved = week.get(1);
        assertThat(moved.id()).isEqualTo(first.get(1).id());
        assertThat(moved.date()).isEqualTo(MONDAY.plusDays(3));
        assertThat(schedule.history(moved.id())).hasSize(1);
        assertThat(schedule.history(dropped.id())).first().extracting(HistoryEntry::reason).isEqualTo("delete");
        assertThat(schedule.find(dropped.id())).isEmpty();
        assertThat(absent.visitId()).isNotNull();
    }

    @Test
    void savingTheSameWeekTwiceWritesNoNewVersions() {
        List<ScheduleEntry> first = saveThree();
        List<ScheduleEntry> again = saveThree();

        assertThat(again).extracting(ScheduleEntry::rev).isEqualTo(first.stream().map(ScheduleEntry::rev).toList());
        assertThat(schedule.history(first.getFirst().id())).isEmpty();
    }

    @Test
    void doneLinksTheVisitAndAnEntryWithAnOutcomeCannotBeReportedTwice() {
        ScheduleEntry entry = saveThree().getFirst();
        Visit visit = town.context.visits().save(new Visit(null, null, entry.residentId(), town.nurse.id(),
                LocalDateTime.of(2026, 11, 20, 10, 0), VisitKind.HOME, VisitOutcome.MET, "혈압 안정", null, List.of(),
                null, null, 0), true, LEADER);

        ScheduleEntry done = schedule.markDone(entry.id(), visit.id(), LEADER);

        assertThat(done.status()).isEqualTo(ScheduleStatus.DONE);
        assertThat(done.visitId()).isEqualTo(visit.id());
        assertThatThrownBy(() -> schedule.recordNotReached(entry.id(), VisitOutcome.REFUSED, LEADER))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("schedule.entry.notOpen"));
    }

    @Test
    void absentAndRefusedLeaveAVisitInTheHistoryAndTheResidentStaysDue() {
        List<ScheduleEntry> week = saveThree();

        schedule.recordNotReached(week.get(0).id(), VisitOutcome.ABSENT, LEADER);
        schedule.recordNotReached(week.get(1).id(), VisitOutcome.REFUSED, LEADER);

        assertThat(town.context.visits().forResident(week.get(0).residentId(), 0, 5))
                .singleElement().extracting(Visit::outcome).isEqualTo(VisitOutcome.ABSENT);
        assertThat(town.context.visits().forResident(week.get(1).residentId(), 0, 5))
                .singleElement().extracting(Visit::outcome).isEqualTo(VisitOutcome.REFUSED);
        assertThat(town.context.caseFiles().due(MONDAY, SUNDAY))
                .anyMatch(d -> d.residentId().equals(week.get(0).residentId()));
        assertThat(schedule.sheetFacts(List.of(week.get(0).residentId())).get(week.get(0).residentId()))
                .satisfies(f -> {
                    assertThat(f.lastVisitOutcome()).isEqualTo(VisitOutcome.ABSENT);
                    assertThat(f.lastVisitDate()).isNotNull();
                    assertThat(f.areaName()).isEqualTo("양근리");
                });
    }

    @Test
    void anUnfinishedEntryMovesToTheSameDayNextWeek() {
        ScheduleEntry entry = saveThree().get(2);

        ScheduleEntry next = schedule.moveToNextWeek(entry.id(), LEADER);

        assertThat(schedule.find(entry.id())).get().extracting(ScheduleEntry::status)
                .isEqualTo(ScheduleStatus.MOVED);
        assertThat(next.status()).isEqualTo(ScheduleStatus.PLANNED);
        assertThat(next.date()).isEqualTo(entry.date().plusWeeks(1));
        assertThat(next.residentId()).isEqualTo(entry.residentId());
        assertThat(next.reasons()).isEqualTo(entry.reasons());
        assertThat(schedule.between(MONDAY.plusWeeks(1), SUNDAY.plusWeeks(1))).containsExactly(next);
    }

    @Test
    void printingLeavesOnePrintEntryPerResident() {
        List<UUID> ids = saveThree().stream().map(ScheduleEntry::residentId).toList();

        schedule.recordPrint(List.of(ids.get(0), ids.get(0), ids.get(1)), "schedule pdf w48.pdf", LEADER);

        assertThat(town.context.audit().forResident(ids.get(0), 10))
                .filteredOn(a -> a.action() == AuditAction.PRINT).hasSize(1);
        assertThat(town.context.audit().forResident(ids.get(1), 10))
                .filteredOn(a -> a.action() == AuditAction.PRINT).hasSize(1);
        assertThat(town.context.audit().forResident(ids.get(2), 10))
                .filteredOn(a -> a.action() == AuditAction.PRINT).isEmpty();
    }
}
