package org.dolbom.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Vitals ranges and flags, plan status steps, and what a visit or assessment form refuses. */
class CaseRecordRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 15, 0);

    @Test
    void impossibleVitalsAreRefusedWithTheFieldAndRange() {
        assertThat(keys(new Vitals(300, 80, null, null, null).problems()))
                .containsExactly("validation.vitals.systolicRange");
        assertThat(keys(new Vitals(80, 120, null, null, null).problems())).containsExactly("validation.vitals.bpOrder");
        assertThat(keys(new Vitals(120, null, null, null, null).problems()))
                .containsExactly("validation.vitals.bpPair");
        assertThat(keys(new Vitals(null, null, 5, true, 500.0).problems()))
                .containsExactly("validation.vitals.glucoseRange", "validation.vitals.weightRange");
        assertThat(new Vitals(120, 80, 110, true, 58.5).problems()).isEmpty();
    }

    @Test
    void abnormalButPlausibleVitalsAreFlagged() {
        assertThat(new Vitals(150, 85, null, null, null).flags(null)).containsExactly(VitalsFlag.HIGH_BLOOD_PRESSURE);
        assertThat(new Vitals(85, 55, null, null, null).flags(null)).containsExactly(VitalsFlag.LOW_BLOOD_PRESSURE);
        assertThat(new Vitals(120, 80, null, null, null).flags(null)).isEmpty();
        // 130 mg/dL is high fasting, but normal after a meal.
        assertThat(new Vitals(null, null, 130, true, null).flags(null)).containsExactly(VitalsFlag.HIGH_GLUCOSE);
        assertThat(new Vitals(null, null, 130, false, null).flags(null)).isEmpty();
        assertThat(new Vitals(null, null, 210, null, null).flags(null)).containsExactly(VitalsFlag.HIGH_GLUCOSE);
        assertThat(new Vitals(null, null, 60, false, null).flags(null)).containsExactly(VitalsFlag.LOW_GLUCOSE);
        assertThat(new Vitals(null, null, null, null, 47.5).flags(50.0)).containsExactly(VitalsFlag.WEIGHT_LOSS);
        assertThat(new Vitals(null, null, null, null, 48.0).flags(50.0)).isEmpty();
    }

    @Test
    void planStatusMovesForwardAndAnEndedPlanStaysEnded() {
        assertThat(PlanStatus.DRAFT.canBecome(PlanStatus.ACTIVE)).isTrue();
        assertThat(PlanStatus.ACTIVE.canBecome(PlanStatus.UNDER_REVIEW)).isTrue();
        assertThat(PlanStatus.UNDER_REVIEW.canBecome(PlanStatus.ACTIVE)).isTrue();
        assertThat(PlanStatus.ACTIVE.canBecome(PlanStatus.DRAFT)).isFalse();
        assertThat(PlanStatus.ENDED.canBecome(PlanStatus.ACTIVE)).isFalse();
    }

    @Test
    void endingAPlanNeedsAReasonAndADay() {
        SupportPlan plan = new SupportPlan(UUID.randomUUID(), "rev", UUID.randomUUID(), null,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), null, "안부 확인", VisitFrequency.MONTHLY, null,
                PlanStatus.ACTIVE, null, null, null, List.of());

        assertThat(keys(PlanRules.check(plan.withStatus(PlanStatus.ENDED, LocalDate.of(2026, 11, 1), " "),
                PlanStatus.ACTIVE, NOW.toLocalDate()))).containsExactly("validation.plan.endReasonRequired");
        assertThat(PlanRules.check(plan.withStatus(PlanStatus.ENDED, LocalDate.of(2026, 11, 1), "요양원 입소"),
                PlanStatus.ACTIVE, NOW.toLocalDate())).isEmpty();
        assertThat(keys(PlanRules.check(plan.withStatus(PlanStatus.DRAFT, null, null), PlanStatus.ACTIVE,
                NOW.toLocalDate()))).containsExactly("validation.plan.transition");
    }

    @Test
    void aVisitFormRefusesAFutureTimeAMissingOutcomeAndAFollowUpBeforeTheVisit() {
        Visit visit = new Visit(null, null, UUID.randomUUID(), null, NOW.plusHours(1), VisitKind.HOME, null, null,
                null, List.of(), new FollowUp(LocalDate.of(2026, 11, 1), null, null), null, 1);

        assertThat(keys(VisitRules.check(visit, NOW))).containsExactly("validation.visit.dateFuture",
                "validation.visit.outcomeRequired", "validation.visit.followUpBeforeVisit");
    }

    @Test
    void anAssessmentRefusesALevelOutsideZeroToThree() {
        Assessment blank = Assessment.blank(UUID.randomUUID(), NOW.toLocalDate(), null);
        Assessment wrong = new Assessment(null, null, blank.residentId(), blank.assessedOn(), null,
                List.of(new NeedRating(NeedDomain.MEALS, 4, null)), null, RiskLevel.HIGH);

        assertThat(AssessmentRules.check(blank, NOW.toLocalDate())).isEmpty();
        assertThat(blank.needs()).hasSize(9);
        assertThat(AssessmentRules.check(wrong, NOW.toLocalDate())).extracting(Problem::field)
                .containsExactly("needs.MEALS");
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }
}
