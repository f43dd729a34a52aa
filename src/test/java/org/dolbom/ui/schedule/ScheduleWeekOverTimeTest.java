package org.dolbom.ui.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.dolbom.app.schedule.SmallTownship;
import org.dolbom.app.schedule.WeekSchedule;
import org.dolbom.i18n.Messages;
import org.dolbom.schedule.KoreanHolidays;
import org.dolbom.schedule.NotPlaced;
import org.dolbom.schedule.PlannedVisit;
import org.dolbom.schedule.Week;
import org.dolbom.ui.AnsweringDialogs;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.concurrent.BackgroundWork;
import org.dolbom.testing.MovingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 일정 screen as the week goes by: on Wednesday, Monday and Tuesday are history; the 미편성 list the screen
 * shows is the one saved with the week; a colleague's cover can be undone.
 */
class ScheduleWeekOverTimeTest {

    private static final Week THIS_WEEK = Week.parse("2026-W49");
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    @TempDir
    Path dir;

    private final MovingClock clock = new MovingClock(WEDNESDAY.atTime(10, 0));
    private final StatusLine status = new StatusLine();
    private SmallTownship town;

    @BeforeEach
    void openTown() {
        town = SmallTownship.in(dir, 12, clock);
    }

    @AfterEach
    void close() {
        town.context.close();
    }

    private ScheduleViewModel screen() {
        VisitForms forms = (residentId, name, staffId, date, onSaved) -> {
        };
        ScheduleViewModel vm = new ScheduleViewModel(new WeekSchedule(town.context, KoreanHolidays.shipped()),
                town.context.schedule(), town.context.residents(), BackgroundWork.immediate(), Messages.korean(),
                new AnsweringDialogs(), status, () -> SmallTownship.LEADER, forms, LocalDate.now(clock));
        vm.goTo(THIS_WEEK);
        return vm;
    }

    @Test
    void onWednesdayNothingIsPlannedOrMovedOntoMondayOrTuesday() {
        ScheduleViewModel vm = screen();
        vm.autoPlan();

        assertThat(vm.planProperty().get().visits()).allSatisfy(v -> assertThat(v.date()).isAfterOrEqualTo(WEDNESDAY));
        assertThat(vm.isPast(WEDNESDAY.minusDays(1))).isTrue();
        assertThat(vm.isPast(WEDNESDAY)).isFalse();

        PlannedVisit first = vm.planProperty().get().visits().getFirst();
        vm.move(first.residentId(), WEDNESDAY.minusDays(2), first.staffId());
        assertThat(vm.planProperty().get().visitOf(first.residentId()).orElseThrow().date()).isEqualTo(first.date());
        assertThat(status.message()).contains("지난날");

        vm.select(first.residentId());
        for (int i = 0; i < 5; i++) {
            vm.moveSelected(-1, 0);
        }
        assertThat(vm.planProperty().get().visitOf(first.residentId()).orElseThrow().date()).isEqualTo(WEDNESDAY);
    }

    @Test
    void visitsLeftOnAPassedDayStayThereAndOnlyTheirResultCanBeRecorded() {
        ScheduleViewModel vm = screen();
        vm.autoPlan();
        vm.save();
        PlannedVisit wednesdays = vm.planProperty().get().visits().stream()
                .filter(v -> v.date().equals(WEDNESDAY)).findFirst().orElseThrow();

        clock.set(WEDNESDAY.plusDays(1).atTime(9, 0));
        ScheduleViewModel thursday = screen();
        GridEntry entry = thursday.cell(wednesdays.staffId(), WEDNESDAY).stream()
                .filter(g -> g.residentId().equals(wednesdays.residentId())).findFirst().orElseThrow();

        assertThat(entry.past()).isTrue();
        assertThat(entry.isEditable()).isTrue();
        assertThat(entry.isMovable()).isFalse();
        thursday.selectedProperty().set(entry);
        thursday.removeSelected();
        assertThat(thursday.planProperty().get().contains(wednesdays.residentId())).isTrue();
        thursday.markAbsent();
        assertThat(status.message()).contains("부재");
    }

    @Test
    void theNotPlacedListShownAfterReopeningIsTheSavedOneGroupedByReason() {
        ScheduleViewModel vm = screen();
        vm.autoPlan();
        List<UUID> out = vm.notPlaced().stream().map(NotPlaced::residentId).toList();
        vm.save();

        ScheduleViewModel reopened = screen();

        assertThat(reopened.notPlaced()).extracting(NotPlaced::residentId).containsExactlyElementsOf(out);
        assertThat(out).hasSize(6);
        assertThat(reopened.notPlacedGroups()).singleElement().satisfies(g -> {
            assertThat(g.title()).contains("정원이 찼습니다", "(6명)");
            assertThat(g.names().split(", ")).hasSize(6);
        });
        assertThat(reopened.summaryProperty().get()).contains("미편성 6명");
    }

    @Test
    void undoingACoverPutsTheResidentBackOnTheList() {
        // Three staff: the third has room and covers when a 리's own member is full.
        town.context.staff().save(new org.dolbom.domain.Staff(null, "정복지",
                org.dolbom.domain.StaffRole.SOCIAL_WORKER, null, true, 3));
        ScheduleViewModel vm = screen();
        vm.autoPlan();
        PlannedVisit cover = vm.planProperty().get().visits().stream().filter(PlannedVisit::isCovering)
                .findFirst().orElseThrow();
        GridEntry entry = vm.cell(cover.staffId(), cover.date()).stream()
                .filter(g -> g.residentId().equals(cover.residentId())).findFirst().orElseThrow();
        assertThat(entry.isCovering()).isTrue();
        assertThat(entry.coversFor()).isIn("박간호", "최복지");

        vm.selectedProperty().set(entry);
        vm.uncoverSelected();

        assertThat(vm.planProperty().get().contains(cover.residentId())).isFalse();
        assertThat(vm.notPlaced()).extracting(NotPlaced::residentId).contains(cover.residentId());
        assertThat(status.message()).contains("대신 방문을 취소");
    }

    @Test
    void aWeekThatHasPassedIsNotPlannedAgain() {
        clock.set(LocalDateTime.of(2026, 12, 14, 9, 0));
        ScheduleViewModel vm = screen();

        vm.autoPlan();

        assertThat(vm.planProperty().get().visits()).isEmpty();
        assertThat(status.message()).contains("이미 지났습니다");
    }
}
