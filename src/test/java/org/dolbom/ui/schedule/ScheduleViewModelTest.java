package org.dolbom.ui.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.dolbom.app.schedule.SmallTownship;
import org.dolbom.app.schedule.WeekSchedule;
import org.dolbom.domain.ScheduleStatus;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitKind;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.i18n.Messages;
import org.dolbom.schedule.KoreanHolidays;
import org.dolbom.schedule.PlannedVisit;
import org.dolbom.schedule.Week;
import org.dolbom.store.ScheduleEntry;
import org.dolbom.ui.AnsweringDialogs;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.concurrent.BackgroundWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 일정 screen's behaviour on a real data file, without a window. */
class ScheduleViewModelTest {

    private static final Week WEEK = SmallTownship.NEXT_WEEK;

    @TempDir
    Path dir;

    private SmallTownship town;
    private final AnsweringDialogs dialogs = new AnsweringDialogs();
    private final StatusLine status = new StatusLine();
    private final List<UUID> formsOpened = new ArrayList<>();

    @BeforeEach
    void openTown() {
        town = SmallTownship.in(dir, 4);
    }

    @AfterEach
    void close() {
        town.context.close();
    }

    private ScheduleViewModel screen() {
        VisitForms forms = (residentId, name, staffId, date, onSaved) -> {
            formsOpened.add(residentId);
            Visit visit = town.context.visits().save(new Visit(null, null, residentId, staffId,
                    LocalDateTime.of(2026, 11, 22, 9, 0), VisitKind.HOME, VisitOutcome.MET, "안부 확인", null, List.of(),
                    null, null, 0), true, SmallTownship.LEADER);
            onSaved.accept(visit.id());
        };
        ScheduleViewModel vm = new ScheduleViewModel(new WeekSchedule(town.context, KoreanHolidays.shipped()),
                town.context.schedule(), town.context.residents(), BackgroundWork.immediate(), Messages.korean(),
                dialogs, status, () -> SmallTownship.LEADER, forms, LocalDate.now(SmallTownship.CLOCK));
        vm.goTo(WEEK);
        return vm;
    }

    private static Map<UUID, String> placement(List<PlannedVisit> visits) {
        return visits.stream().collect(Collectors.toMap(PlannedVisit::residentId, v -> v.date() + "/" + v.staffId()));
    }

    @Test
    void planningProposesEveryoneDueAndASavedWeekLoadsBackTheSame() {
        ScheduleViewModel vm = screen();
        assertThat(vm.planProperty().get().visits()).isEmpty();
        assertThat(vm.weekLabelProperty().get()).isEqualTo("2026년 11월 4주 (11. 23.~11. 27.)");

        vm.autoPlan();

        assertThat(vm.planProperty().get().visits()).extracting(PlannedVisit::residentId)
                .containsExactlyInAnyOrderElementsOf(town.residentIds());
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.notPlaced()).isEmpty();
        Map<UUID, String> planned = placement(vm.planProperty().get().visits());

        vm.save();

        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(status.message()).contains("저장했습니다", "방문 8건");
        ScheduleViewModel reopened = screen();
        assertThat(placement(reopened.planProperty().get().visits())).isEqualTo(planned);
        UUID anyone = town.residentIds().getFirst();
        PlannedVisit visit = reopened.planProperty().get().visitOf(anyone).orElseThrow();
        assertThat(reopened.cell(visit.staffId(), visit.date()))
                .anySatisfy(g -> {
                    assertThat(g.residentId()).isEqualTo(anyone);
                    assertThat(g.areaName()).isIn("양근리", "회현리");
                    assertThat(g.purpose()).contains("지원계획 수립");
                    assertThat(g.entryId()).isNotNull();
                });
    }

    @Test
    void keyboardMovesChangeTheDayAndTheStaffMemberAndStopAtTheEdges() {
        ScheduleViewModel vm = screen();
        vm.autoPlan();
        UUID resident = town.residentIds().getFirst();
        vm.select(resident);
        PlannedVisit before = vm.planProperty().get().visitOf(resident).orElseThrow();
        List<LocalDate> days = vm.planProperty().get().workingDays();

        vm.moveSelected(1, 0);
        PlannedVisit dayLater = vm.planProperty().get().visitOf(resident).orElseThrow();
        vm.moveSelected(0, 1);
        PlannedVisit otherStaff = vm.planProperty().get().visitOf(resident).orElseThrow();
        vm.moveSelected(0, 1);
        vm.moveSelected(10, 0);
        PlannedVisit atEdge = vm.planProperty().get().visitOf(resident).orElseThrow();

        int from = days.indexOf(before.date());
        assertThat(dayLater.date()).isEqualTo(days.get(Math.min(from + 1, days.size() - 1)));
        assertThat(dayLater.staffId()).isEqualTo(before.staffId());
        assertThat(otherStaff.staffId()).isNotEqualTo(before.staffId());
        assertThat(atEdge.staffId()).isEqualTo(otherStaff.staffId());
        assertThat(atEdge.date()).isEqualTo(days.getLast());
        assertThat(vm.selectedProperty().get().residentId()).isEqualTo(resident);
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void aDayOverCapacityIsFlaggedButTheMoveIsKept() {
        ScheduleViewModel vm = screen();
        vm.autoPlan();
        UUID nurse = town.nurse.id();
        LocalDate monday = WEEK.monday();
        assertThat(vm.isOverflow(nurse, monday)).isFalse();

        for (UUID resident : town.residentIds()) {
            vm.move(resident, monday, nurse);
        }

        assertThat(vm.load(nurse, monday)).isEqualTo(8);
        assertThat(vm.isOverflow(nurse, monday)).isTrue();
        assertThat(vm.summaryProperty().get()).contains("정원 초과 1칸");
    }

    @Test
    void outcomesNeedASavedWeekAndThenRecordDoneAbsentAndNextWeek() {
        ScheduleViewModel vm = screen();
        vm.autoPlan();
        List<UUID> ids = town.residentIds();
        vm.select(ids.get(0));
        vm.markAbsent();
        assertThat(status.message()).contains("저장한 뒤");

        vm.save();
        vm.select(ids.get(0));
        vm.markAbsent();
        vm.select(ids.get(1));
        vm.markDone();
        vm.select(ids.get(2));
        vm.moveToNextWeek();

        Map<UUID, ScheduleStatus> statuses = town.context.schedule()
                .between(WEEK.monday(), WEEK.monday().plusDays(6)).stream()
                .collect(Collectors.toMap(ScheduleEntry::residentId, ScheduleEntry::status));
        assertThat(statuses).containsEntry(ids.get(0), ScheduleStatus.ABSENT)
                .containsEntry(ids.get(1), ScheduleStatus.DONE)
                .containsEntry(ids.get(2), ScheduleStatus.MOVED)
                .containsEntry(ids.get(3), ScheduleStatus.PLANNED);
        assertThat(formsOpened).containsExactly(ids.get(1));
        assertThat(vm.planProperty().get().contains(ids.get(0))).isFalse();
        assertThat(town.context.schedule().between(WEEK.next().monday(), WEEK.next().monday().plusDays(6)))
                .extracting(ScheduleEntry::residentId).containsExactly(ids.get(2));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void leavingAnUnsavedWeekAsksFirst() {
        ScheduleViewModel vm = screen();
        vm.autoPlan();

        dialogs.confirming(false);
        vm.nextWeek();

        assertThat(dialogs.questions).hasSize(1);
        assertThat(vm.weekProperty().get()).isEqualTo(WEEK);
        assertThat(vm.planProperty().get().visits()).hasSize(8);
    }

    @Test
    void aResidentFoundBySearchGoesIntoTheChosenCell() {
        ScheduleViewModel vm = screen();
        LocalDate wednesday = WEEK.monday().plusDays(2);
        vm.target(town.worker.id(), wednesday);
        vm.searchTextProperty().set(town.residents.getFirst().name());

        vm.search();
        vm.add(vm.searchResults().getFirst());

        assertThat(vm.cell(town.worker.id(), wednesday)).extracting(GridEntry::residentName)
                .containsExactly(town.residents.getFirst().name());
        vm.removeSelected();
        assertThat(vm.planProperty().get().visits()).isEmpty();
    }
}
