package org.dolbom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.dolbom.domain.Assessment;
import org.dolbom.domain.CareDomain;
import org.dolbom.domain.FollowUp;
import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.NeedDomain;
import org.dolbom.domain.NeedRating;
import org.dolbom.domain.PlanCheck;
import org.dolbom.domain.PlanStatus;
import org.dolbom.domain.PlannedService;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.ServiceCount;
import org.dolbom.domain.ServiceEntry;
import org.dolbom.domain.SupportPlan;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitFrequency;
import org.dolbom.domain.VisitKind;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.domain.Vitals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assessments, plans and visits survive closing the file, and every replaced version stays in history. */
class CaseRecordsStoreTest {

    private static final LocalDate INTAKE = LocalDate.of(2026, 9, 1);

    @TempDir
    Path folder;

    @Test
    void anAssessmentRoundTripsAndTheNewestSetsTheResidentsRisk() {
        UUID resident;
        Assessment saved;
        try (CaseWork work = CaseWork.in(folder)) {
            resident = work.resident("박말순", INTAKE);
            saved = work.assessments.save(assessment(resident, LocalDate.of(2026, 9, 10), RiskLevel.HIGH,
                    new NeedRating(NeedDomain.MEALS, 3, "끼니 거름"), new NeedRating(NeedDomain.ISOLATION, 2, null)),
                    CaseFile.LEADER);
            // An older assessment entered late does not lower the resident's risk.
            work.assessments.save(assessment(resident, LocalDate.of(2026, 9, 2), RiskLevel.LOW), CaseFile.LEADER);
        }
        try (CaseWork work = CaseWork.in(folder)) {
            assertThat(work.assessments.latest(resident)).contains(saved);
            assertThat(saved.need(NeedDomain.MEALS)).isEqualTo(new NeedRating(NeedDomain.MEALS, 3, "끼니 거름"));
            assertThat(saved.needs()).hasSize(9);
            assertThat(work.assessments.forResident(resident)).hasSize(2);
            assertThat(work.file.residents.open(resident, CaseFile.LEADER).riskLevel()).isEqualTo(RiskLevel.HIGH);

            Assessment edited = work.assessments.save(new Assessment(saved.id(), saved.rev(), resident,
                    saved.assessedOn(), null, saved.needs(), "식사 지원 시급", RiskLevel.CRISIS), CaseFile.LEADER);

            assertThat(work.file.residents.open(resident, CaseFile.LEADER).riskLevel()).isEqualTo(RiskLevel.CRISIS);
            assertThat(work.assessments.history(saved.id())).singleElement()
                    .satisfies(h -> assertThat(h.contentJson()).contains("HIGH", "끼니 거름"));
            assertThatThrownBy(() -> work.assessments.save(saved, CaseFile.LEADER))
                    .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.assessment.stale");
            assertThat(work.assessments.find(saved.id())).contains(edited);
        }
    }

    @Test
    void aPlanRoundTripsWithItsServicesAndMovesThroughItsStatuses() {
        UUID resident;
        SupportPlan active;
        try (CaseWork work = CaseWork.in(folder)) {
            resident = work.resident("박말순", INTAKE);
            ServiceEntry meals = work.service("M01", "도시락 배달", CareDomain.MEALS);
            ServiceEntry nursing = work.service("S01", "방문간호", CareDomain.SPECIAL);
            SupportPlan draft = work.plans.save(plan(resident, PlanStatus.DRAFT,
                    new PlannedService(null, meals.id(), null, "점심 도시락", "배달", "주 5회", null, null),
                    new PlannedService(null, nursing.id(), null, "혈압·혈당 관리", "가정방문", "월 2회",
                            LocalDate.of(2026, 9, 20), LocalDate.of(2027, 3, 19))), CaseFile.LEADER);
            active = work.plans.changeStatus(draft.id(), PlanStatus.ACTIVE, null, null, CaseFile.LEADER);
        }
        try (CaseWork work = CaseWork.in(folder)) {
            assertThat(work.plans.current(resident)).contains(active);
            assertThat(active.services()).extracting(PlannedService::quantity).containsExactly("주 5회", "월 2회");
            assertThat(work.count("planned services")).isEqualTo(2);

            long history = work.history();
            assertThatThrownBy(() -> work.plans.changeStatus(active.id(), PlanStatus.ENDED,
                    LocalDate.of(2026, 11, 20), " ", CaseFile.LEADER))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> work.plans.changeStatus(active.id(), PlanStatus.DRAFT, null, null,
                    CaseFile.LEADER))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(work.history()).isEqualTo(history);

            // Dropping a planned service tombstones it; the plan's history keeps the list it had.
            SupportPlan fewer = work.plans.save(new SupportPlan(active.id(), active.rev(), resident, null,
                    active.madeOn(), active.periodStart(), null, active.goals(), VisitFrequency.WEEKLY, null,
                    PlanStatus.ACTIVE, null, null, null, List.of(active.services().getFirst())), CaseFile.LEADER);
            SupportPlan ended = work.plans.changeStatus(active.id(), PlanStatus.ENDED, LocalDate.of(2026, 11, 20),
                    "요양원 입소", CaseFile.LEADER);

            assertThat(fewer.services()).hasSize(1);
            assertThat(work.count("planned services")).isEqualTo(1);
            assertThat(ended.endedReason()).isEqualTo("요양원 입소");
            assertThat(work.plans.current(resident)).isEmpty();
            assertThat(work.plans.history(active.id())).extracting(HistoryEntry::reason)
                    .containsExactly("status", "edit", "status");
            assertThat(work.plans.history(active.id()).get(1).contentJson()).contains("월 2회");
        }
    }

    @Test
    void planChecksAreKeptPerPlan() {
        try (CaseWork work = CaseWork.in(folder)) {
            UUID resident = work.resident("박말순", INTAKE);
            SupportPlan plan = work.plans.save(plan(resident, PlanStatus.ACTIVE), CaseFile.LEADER);

            PlanCheck check = work.plans.saveCheck(new PlanCheck(null, plan.id(), LocalDate.of(2026, 11, 15), null,
                    "목표 유지", null), CaseFile.LEADER);

            assertThat(work.plans.checks(plan.id())).containsExactly(check);
            assertThatThrownBy(() -> work.plans.saveCheck(new PlanCheck(null, plan.id(), LocalDate.of(2026, 12, 1),
                    null, null, null), CaseFile.LEADER)).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void aSignedOffVisitIsCorrectedByANewVersionAndTheOldOneStaysInHistory() {
        UUID resident;
        Visit first;
        try (CaseWork work = CaseWork.in(folder)) {
            resident = work.resident("박말순", INTAKE);
            ServiceEntry nursing = work.service("S01", "방문간호", CareDomain.SPECIAL);
            first = work.visits.save(new Visit(null, null, resident, null, LocalDateTime.of(2026, 11, 20, 10, 30),
                    VisitKind.HOME, VisitOutcome.MET, "혈압 높음, 약 복용 확인", new Vitals(152, 94, 180, false, 52.4),
                    List.of(new ServiceCount(nursing.id(), 1)),
                    new FollowUp(LocalDate.of(2026, 11, 27), "보건소 연계", null), null, 0), true, CaseFile.LEADER);
        }
        try (CaseWork work = CaseWork.in(folder)) {
            assertThat(work.visits.find(first.id())).contains(first);
            assertThat(first.isSignedOff()).isTrue();
            assertThat(first.version()).isEqualTo(1);
            assertThat(work.count("follow-ups")).isEqualTo(1);

            Visit corrected = work.visits.save(new Visit(first.id(), first.rev(), resident, null, first.visitedAt(),
                    first.kind(), first.outcome(), "혈압 높음, 약 복용 안 함", new Vitals(152, 94, 180, false, 51.4),
                    first.services(), first.followUp(), null, 0), false, CaseFile.LEADER);

            assertThat(corrected.version()).isEqualTo(2);
            assertThat(corrected.rev()).isNotEqualTo(first.rev());
            assertThat(corrected.isSignedOff()).isTrue();
            assertThat(work.visits.find(first.id())).contains(corrected);
            assertThat(work.visits.history(first.id())).singleElement().satisfies(h -> {
                assertThat(h.reason()).isEqualTo("correction");
                assertThat(h.rev()).isEqualTo(first.rev());
                assertThat(h.contentJson()).contains("약 복용 확인", "52.4");
            });
            assertThat(work.visits.save(corrected, false, CaseFile.LEADER)).as("saved again unchanged")
                    .isEqualTo(corrected);
            assertThatThrownBy(() -> work.visits.save(first, false, CaseFile.LEADER))
                    .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.visit.stale");
            assertThat(work.visits.history(first.id())).hasSize(1);
            assertThatThrownBy(() -> work.visits.delete(first.id(), CaseFile.LEADER))
                    .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.visit.signedOff");
            assertThat(work.visits.previousWeight(resident, LocalDateTime.of(2026, 11, 22, 9, 0))).contains(51.4);
        }
    }

    @Test
    void aDraftVisitIsEditedInPlaceWithHistoryThenSignedOff() {
        try (CaseWork work = CaseWork.in(folder)) {
            UUID resident = work.resident("박말순", INTAKE);
            Visit draft = work.visits.save(visit(resident, LocalDateTime.of(2026, 11, 21, 14, 0), VisitOutcome.ABSENT),
                    false, CaseFile.LEADER);
            Visit edited = work.visits.save(new Visit(draft.id(), draft.rev(), resident, null, draft.visitedAt(),
                    VisitKind.PHONE, VisitOutcome.MET, "전화로 안부 확인", null, List.of(), null, null, 0), false,
                    CaseFile.LEADER);
            Visit signed = work.visits.signOff(draft.id(), CaseFile.LEADER);

            assertThat(edited.version()).isEqualTo(1);
            assertThat(edited.isSignedOff()).isFalse();
            assertThat(signed.isSignedOff()).isTrue();
            assertThat(signed.version()).isEqualTo(1);
            assertThat(work.visits.history(draft.id())).extracting(HistoryEntry::reason)
                    .containsExactly("signoff", "edit");
            assertThat(work.visits.forResident(resident, 0, 10)).containsExactly(signed);
        }
    }

    @Test
    void invalidInputIsRefusedAndNothingIsWritten() {
        try (CaseWork work = CaseWork.in(folder)) {
            UUID resident = work.resident("박말순", INTAKE);
            var before = new ArrayList<>(work.file.inventory.counts().values());

            assertThatThrownBy(() -> work.visits.save(new Visit(null, null, resident, null,
                    LocalDateTime.of(2026, 11, 21, 14, 0), VisitKind.HOME, VisitOutcome.MET, null,
                    new Vitals(120, 180, null, null, 700.0), List.of(), null, null, 0), true, CaseFile.LEADER))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).problems())
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .extracting("messageKey").containsExactly("validation.vitals.diastolicRange",
                            "validation.vitals.bpOrder", "validation.vitals.weightRange");
            assertThatThrownBy(() -> work.assessments.save(assessment(resident, LocalDate.of(2027, 1, 1),
                    RiskLevel.LOW), CaseFile.LEADER)).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> work.plans.save(plan(resident, PlanStatus.ENDED), CaseFile.LEADER))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> work.visits.save(visit(UUID.randomUUID(), LocalDateTime.of(2026, 11, 21, 9, 0),
                    VisitOutcome.MET), true, CaseFile.LEADER))
                    .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.resident.missing");

            assertThat(new ArrayList<>(work.file.inventory.counts().values())).isEqualTo(before);
        }
    }

    static Assessment assessment(UUID resident, LocalDate on, RiskLevel risk, NeedRating... needs) {
        return new Assessment(null, null, resident, on, null, List.of(needs), "요약", risk);
    }

    static SupportPlan plan(UUID resident, PlanStatus status, PlannedService... services) {
        return new SupportPlan(null, null, resident, null, LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 15),
                LocalDate.of(2027, 9, 14), "끼니 해결, 정서 지원", VisitFrequency.BIWEEKLY, LocalDate.of(2026, 12, 15),
                status, null, null, null, List.of(services));
    }

    static Visit visit(UUID resident, LocalDateTime at, VisitOutcome outcome) {
        return new Visit(null, null, resident, null, at, VisitKind.HOME, outcome, null, null, List.of(), null, null,
                0);
    }
}
