package org.dolbom.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dolbom.app.AppContext;
import org.dolbom.domain.Assessment;
import org.dolbom.domain.CareDomain;
import org.dolbom.domain.DueReason;
import org.dolbom.domain.NeedDomain;
import org.dolbom.domain.PlanStatus;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.ServiceEntry;
import org.dolbom.domain.Staff;
import org.dolbom.domain.SupportPlan;
import org.dolbom.domain.VisitFrequency;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.TestRegistry;
import org.dolbom.ui.concurrent.BackgroundWork;
import org.dolbom.ui.due.DueListViewModel;

/** The assessment, plan, overview and due list as a team leader works through a new case. */
class CaseTabsViewModelTest {

    @TempDir
    Path dir;

    private AppContext context;
    private UUID kim;
    private Staff leader;
    private final CaseChanges changes = new CaseChanges();
    private CaseFileViewModel caseFile;
    private DueListViewModel due;

    @BeforeEach
    void openFile() {
        TestRegistry.Seeded seeded = TestRegistry.seedWithIds(dir.resolve("dolbom.db"));
        context = seeded.context();
        kim = seeded.ids().get("김민수");
        leader = context.staff().list(false).getFirst();
        BackgroundWork work = BackgroundWork.immediate();
        Messages messages = Messages.korean();
        StatusLine status = new StatusLine();
        caseFile = new CaseFileViewModel(context, work, messages, status, changes,
                new AssessmentViewModel(context, work, messages, status, () -> TestRegistry.ACTOR, () -> leader,
                        changes),
                new PlanViewModel(context, work, messages, status, () -> TestRegistry.ACTOR, () -> leader, changes));
        due = new DueListViewModel(context, work, messages, status, changes);
        due.load();
        caseFile.show(kim, "김민수");
    }

    @AfterEach
    void closeFile() {
        context.close();
    }

    @Test
    void aResidentWithoutAPlanIsOverdueForOneUntilAPlanIsMadeAndActivated() {
        assertThat(reasons()).contains(DueReason.PLAN_DEADLINE);
        assertThat(caseFile.planTextProperty().get()).contains("지원계획이 없습니다");
        assertThat(caseFile.next()).anySatisfy(line -> assertThat(line).contains("지원계획 수립 (접수 후 30일 이내)").contains("지남"));

        PlanViewModel plan = caseFile.plan();
        ServiceEntry meals = context.catalogue().save(new ServiceEntry(null, "M01", "밑반찬 배달", CareDomain.MEALS,
                false));
        plan.show(caseFile.residentProperty().get());
        plan.goalsProperty().set("주 1회 안부 확인");
        plan.frequencyProperty().set(VisitFrequency.WEEKLY);
        plan.lineServiceProperty().set(meals);
        plan.lineQuantityProperty().set("주 2회");
        plan.addLine();
        plan.save();

        SupportPlan draft = context.plans().forResident(kim).getFirst();
        assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(draft.services()).singleElement().satisfies(s -> assertThat(s.quantity()).isEqualTo("주 2회"));
        assertThat(plan.transitions()).containsExactly(PlanStatus.ACTIVE, PlanStatus.ENDED);

        plan.changeStatus(PlanStatus.ACTIVE);

        assertThat(context.plans().current(kim)).hasValueSatisfying(p ->
                assertThat(p.status()).isEqualTo(PlanStatus.ACTIVE));
        assertThat(plan.transitions()).containsExactly(PlanStatus.UNDER_REVIEW, PlanStatus.ENDED);
        assertThat(caseFile.planTextProperty().get()).contains("진행 중").contains("매주");
        assertThat(reasons()).doesNotContain(DueReason.PLAN_DEADLINE);
    }

    @Test
    void endingAPlanNeedsAReason() {
        context.plans().save(new SupportPlan(null, null, kim, null, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 1), null, null, VisitFrequency.MONTHLY, null, PlanStatus.ACTIVE, null, null,
                null, List.of()), TestRegistry.ACTOR);
        PlanViewModel plan = caseFile.plan();
        plan.show(caseFile.residentProperty().get());

        plan.changeStatus(PlanStatus.ENDED);
        assertThat(plan.formErrorProperty().get()).contains("종료 사유");
        assertThat(context.plans().current(kim)).isPresent();

        plan.endReasonProperty().set("요양원 입소");
        plan.changeStatus(PlanStatus.ENDED);
        assertThat(context.plans().current(kim)).isEmpty();
        assertThat(plan.statusTextProperty().get()).contains("종료").contains("요양원 입소");
    }

    @Test
    void aPlanCheckIsRecordedAgainstTheShownPlan() {
        context.plans().save(new SupportPlan(null, null, kim, null, LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 1), null, null, VisitFrequency.MONTHLY, null, PlanStatus.ACTIVE, null, null,
                null, List.of()), TestRegistry.ACTOR);
        PlanViewModel plan = caseFile.plan();
        plan.show(caseFile.residentProperty().get());
        plan.checkResultProperty().set("목표 유지");

        plan.recordCheck();

        assertThat(plan.checks()).singleElement().satisfies(c -> assertThat(c.result()).isEqualTo("목표 유지"));
        assertThat(plan.checkErrorProperty().get()).isEmpty();
    }

    @Test
    void aNewAssessmentStartsFromTheLastAndKeepsIt() {
        AssessmentViewModel assessment = caseFile.assessment();
        assertThat(assessment.latestTextProperty().get()).contains("아직");
        assessment.levelProperty(NeedDomain.MEALS).set(3);
        assessment.noteProperty(NeedDomain.MEALS).set("혼자 식사 준비 어려움");
        assessment.riskProperty().set(RiskLevel.HIGH);
        assessment.save();

        assertThat(assessment.latestTextProperty().get()).contains("2026. 11. 20.").contains("높음");
        assertThat(assessment.levelProperty(NeedDomain.MEALS).get()).isEqualTo(3);
        assertThat(caseFile.assessmentTextProperty().get()).contains("위기도 높음");

        assessment.dateProperty().set("2026. 11. 19.");
        assessment.levelProperty(NeedDomain.MEALS).set(2);
        assessment.save();
        List<Assessment> all = context.assessments().forResident(kim);
        assertThat(all).hasSize(2);
    }

    @Test
    void theDueListFiltersByStaffAndByArea() {
        assertThat(due.rows()).hasSize(3);
        Staff nurse = context.staff().save(new Staff(null, "이간호", org.dolbom.domain.StaffRole.VISITING_NURSE, null,
                true, 6));
        due.load();
        due.staffFilterProperty().set(nurse);
        assertThat(due.rows()).isEmpty();
        due.staffFilterProperty().set(due.staffChoices().stream().filter(s -> s.id().equals(leader.id()))
                .findFirst().orElseThrow());
        assertThat(due.rows()).hasSize(3);
        assertThat(due.summaryProperty().get()).contains("3명");
        due.clearFilters();
        due.areaFilterProperty().set(due.areaChoices().getFirst());
        assertThat(due.rows()).hasSize(3);
        assertThat(due.rows().getFirst().staff()).isEqualTo("김팀장");
        assertThat(due.rows().getFirst().area()).isEqualTo("양평읍 양근리");
    }

    @Test
    void theDueListLooksToThisSunday() {
        assertThat(DueListViewModel.endOfWeek(LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(DueListViewModel.endOfWeek(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2026, 11, 22));
    }

    private List<DueReason> reasons() {
        return due.rows().stream().filter(r -> r.item().residentId().equals(kim)).map(r -> r.item().reason())
                .toList();
    }
}
