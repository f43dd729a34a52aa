package org.dolbom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.dolbom.domain.Area;
import org.dolbom.domain.AreaKind;
import org.dolbom.domain.ClosureReason;
import org.dolbom.domain.DueItem;
import org.dolbom.domain.DueReason;
import org.dolbom.domain.DueState;
import org.dolbom.domain.FollowUp;
import org.dolbom.domain.PlanCheck;
import org.dolbom.domain.PlanStatus;
import org.dolbom.domain.Staff;
import org.dolbom.domain.StaffRole;
import org.dolbom.domain.SupportPlan;
import org.dolbom.domain.TimelineEvent;
import org.dolbom.domain.TimelineKind;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitFrequency;
import org.dolbom.domain.VisitKind;
import org.dolbom.domain.VisitOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The due list read from a small township's real file, and how recording visits changes it. */
class DueListTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate WEEK_END = LocalDate.of(2026, 11, 29);

    @TempDir
    Path folder;

    private UUID youngja;
    private UUID sullye;
    private UUID malja;
    private UUID boksun;
    private UUID okja;
    private UUID nurse;

    @BeforeEach
    void township() {
        try (CaseWork work = CaseWork.in(folder)) {
            nurse = work.file.staff.save(new Staff(null, "박간호", StaffRole.VISITING_NURSE, null, true, 6)).id();
            Area ri = work.file.areas.save(new Area(null, "양평읍", "양근리", AreaKind.RI, nurse));
            // Weekly plan, last met on 11-10: the visit is late since 11-17.
            youngja = work.resident("김영자", LocalDate.of(2026, 6, 1), ri.id());
            SupportPlan weekly = work.plans.save(plan(youngja, "2026-06-10", VisitFrequency.WEEKLY, PlanStatus.ACTIVE),
                    CaseFile.LEADER);
            work.plans.saveCheck(new PlanCheck(null, weekly.id(), LocalDate.of(2026, 9, 1), null, "유지", null),
                    CaseFile.LEADER);
            met(work, youngja, "2026-10-30T10:00");
            met(work, youngja, "2026-11-10T10:00");
            // Taken in on 10-01 and still no plan.
            sullye = work.resident("이순례", LocalDate.of(2026, 10, 1));
            // Closed: never due, however late everything is.
            malja = work.resident("최말자", LocalDate.of(2025, 1, 1));
            work.plans.save(plan(malja, "2025-01-20", VisitFrequency.WEEKLY, PlanStatus.ACTIVE), CaseFile.LEADER);
            work.file.residents.closeCase(malja, ClosureReason.ADMISSION, null, LocalDate.of(2026, 11, 1),
                    CaseFile.LEADER);
            // Monthly plan from 08-20 with no check yet; absent on 11-18 with a follow-up by 11-25.
            boksun = work.resident("정복순", LocalDate.of(2026, 8, 1));
            work.plans.save(plan(boksun, "2026-08-20", VisitFrequency.MONTHLY, PlanStatus.ACTIVE), CaseFile.LEADER);
            met(work, boksun, "2026-11-05T15:00");
            work.visits.save(new Visit(null, null, boksun, nurse, LocalDateTime.parse("2026-11-18T11:00"),
                    VisitKind.HOME, VisitOutcome.ABSENT, "문 잠김", null, List.of(),
                    new FollowUp(LocalDate.of(2026, 11, 25), "다시 방문", null), null, 0), true, CaseFile.LEADER);
            // Only a draft, taken in recently: nothing is late yet.
            okja = work.resident("한옥자", LocalDate.of(2026, 11, 10));
            work.plans.save(plan(okja, "2026-11-15", VisitFrequency.WEEKLY, PlanStatus.DRAFT), CaseFile.LEADER);
        }
    }

    @Test
    void theDueListNamesEveryoneLateOrDueThisWeekMostUrgentFirst() {
        try (CaseWork work = CaseWork.in(folder)) {
            List<DueItem> due = work.reads.due(TODAY, WEEK_END);

            assertThat(due).extracting(DueItem::residentName, DueItem::reason, DueItem::dueDate, DueItem::state)
                    .containsExactly(
                            tuple("이순례", DueReason.PLAN_DEADLINE, LocalDate.of(2026, 10, 31), DueState.OVERDUE),
                            tuple("김영자", DueReason.VISIT_FREQUENCY, LocalDate.of(2026, 11, 17), DueState.OVERDUE),
                            tuple("정복순", DueReason.FIRST_CHECK, LocalDate.of(2026, 11, 20), DueState.OVERDUE),
                            tuple("정복순", DueReason.FOLLOW_UP, LocalDate.of(2026, 11, 25), DueState.DUE));
            // 김영자 has no staff member of her own: the area's answers for her.
            assertThat(due.get(1).responsibleStaffId()).isEqualTo(nurse);
            assertThat(work.reads.next(malja, TODAY)).isEmpty();
            assertThat(work.reads.next(okja, TODAY)).extracting(DueItem::reason, DueItem::dueDate)
                    .containsExactly(tuple(DueReason.PLAN_DEADLINE, LocalDate.of(2026, 12, 10)));
        }
    }

    @Test
    void recordingAMetVisitTakesTheResidentOffTheListForThatReason() {
        try (CaseWork work = CaseWork.in(folder)) {
            met(work, youngja, "2026-11-22T10:00");
            met(work, boksun, "2026-11-22T11:00");

            List<DueItem> due = work.reads.due(TODAY, WEEK_END);

            // 김영자 is next due a week after today's visit; 정복순's follow-up is done by meeting her.
            assertThat(due).extracting(DueItem::residentName, DueItem::reason, DueItem::dueDate, DueItem::state)
                    .containsExactly(
                            tuple("이순례", DueReason.PLAN_DEADLINE, LocalDate.of(2026, 10, 31), DueState.OVERDUE),
                            tuple("정복순", DueReason.FIRST_CHECK, LocalDate.of(2026, 11, 20), DueState.OVERDUE),
                            tuple("김영자", DueReason.VISIT_FREQUENCY, LocalDate.of(2026, 11, 29), DueState.DUE));
        }
    }

    @Test
    void anAbsentVisitLeavesTheFrequencyItemInPlace() {
        try (CaseWork work = CaseWork.in(folder)) {
            work.visits.save(new Visit(null, null, youngja, nurse, LocalDateTime.parse("2026-11-22T09:00"),
                    VisitKind.HOME, VisitOutcome.ABSENT, null, null, List.of(), null, null, 0), true,
                    CaseFile.LEADER);

            assertThat(work.reads.due(TODAY, WEEK_END)).extracting(DueItem::residentName, DueItem::reason)
                    .contains(tuple("김영자", DueReason.VISIT_FREQUENCY));
        }
    }

    @Test
    void theOverviewShowsPlanAssessmentVisitsAndWhatIsNext() {
        try (CaseWork work = CaseWork.in(folder)) {
            CaseOverview overview = work.reads.overview(boksun, TODAY);

            assertThat(overview.currentPlan().visitFrequency()).isEqualTo(VisitFrequency.MONTHLY);
            assertThat(overview.latestAssessment()).isNull();
            assertThat(overview.recentVisits()).extracting(Visit::outcome)
                    .containsExactly(VisitOutcome.ABSENT, VisitOutcome.MET);
            assertThat(overview.next()).extracting(DueItem::reason)
                    .containsExactly(DueReason.FIRST_CHECK, DueReason.FOLLOW_UP, DueReason.VISIT_FREQUENCY);
        }
    }

    @Test
    void theTimelineListsTheCaseNewestFirstInPages() {
        try (CaseWork work = CaseWork.in(folder)) {
            List<TimelineEvent> all = work.timeline.page(malja, 0, 50);
            assertThat(all).extracting(TimelineEvent::kind).containsExactly(
                    TimelineKind.CASE_CLOSED, TimelineKind.PLAN_MADE, TimelineKind.CASE_OPENED);
            assertThat(all.getFirst().tag()).isEqualTo(ClosureReason.ADMISSION);

            List<TimelineEvent> youngjas = work.timeline.page(youngja, 0, 50);
            assertThat(youngjas).extracting(TimelineEvent::kind).containsExactly(TimelineKind.VISIT,
                    TimelineKind.VISIT, TimelineKind.PLAN_CHECK, TimelineKind.PLAN_MADE, TimelineKind.CASE_OPENED);
            assertThat(youngjas.getFirst().at()).isEqualTo(LocalDateTime.parse("2026-11-10T10:00"));
            assertThat(work.timeline.page(youngja, 0, 2)).isEqualTo(youngjas.subList(0, 2));
            assertThat(work.timeline.page(youngja, 2, 2)).isEqualTo(youngjas.subList(2, 4));
            assertThat(work.timeline.page(youngja, 4, 2)).isEqualTo(youngjas.subList(4, 5));

            SupportPlan plan = work.plans.current(youngja).orElseThrow();
            work.plans.changeStatus(plan.id(), PlanStatus.UNDER_REVIEW, null, null, CaseFile.LEADER);
            assertThat(work.timeline.page(youngja, 0, 1)).extracting(TimelineEvent::kind, TimelineEvent::tag)
                    .containsExactly(tuple(TimelineKind.PLAN_STATUS, PlanStatus.UNDER_REVIEW));
        }
    }

    @Test
    void theCheckCountsTheCaseRecords() {
        try (CaseWork work = CaseWork.in(folder)) {
            var counts = work.file.inventory.counts();
            assertThat(counts.get("plans")).isEqualTo(4);
            assertThat(counts.get("visits")).isEqualTo(4);
            assertThat(counts.get("follow-ups")).isEqualTo(1);
            assertThat(counts.get("assessments")).isZero();
        }
    }

    private static void met(CaseWork work, UUID resident, String at) {
        work.visits.save(new Visit(null, null, resident, null, LocalDateTime.parse(at), VisitKind.HOME,
                VisitOutcome.MET, null, null, List.of(), null, null, 0), true, CaseFile.LEADER);
    }

    private static SupportPlan plan(UUID resident, String madeOn, VisitFrequency frequency, PlanStatus status) {
        LocalDate on = LocalDate.parse(madeOn);
        return new SupportPlan(null, null, resident, null, on, on, null, null, frequency, null, status, null, null,
                null, List.of());
    }
}
