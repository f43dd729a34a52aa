package org.dolbom.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a support plan and its status changes must satisfy. */
public final class PlanRules {

    private PlanRules() {
    }

    /**
     * Every problem with the plan as it would be saved, given the status it had before ({@code null} for a new
     * plan); empty when it may be saved.
     */
    public static List<Problem> check(SupportPlan p, PlanStatus previous, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (p.residentId() == null) {
            problems.add(Problem.of("residentId", "validation.resident.required"));
        }
        if (p.madeOn() == null) {
            problems.add(Problem.of("madeOn", "validation.plan.madeOnRequired"));
        } else if (p.madeOn().isAfter(today)) {
            problems.add(Problem.of("madeOn", "validation.plan.madeOnFuture"));
        }
        if (p.periodStart() == null) {
            problems.add(Problem.of("periodStart", "validation.plan.periodStartRequired"));
        } else if (p.periodEnd() != null && p.periodEnd().isBefore(p.periodStart())) {
            problems.add(Problem.of("periodEnd", "validation.plan.periodOrder"));
        }
        if (p.visitFrequency() == null) {
            problems.add(Problem.of("visitFrequency", "validation.plan.frequencyRequired"));
        }
        PlanStatus status = p.status() == null ? PlanStatus.DRAFT : p.status();
        if (previous != null && !previous.canBecome(status)) {
            problems.add(Problem.of("status", "validation.plan.transition"));
        }
        if (previous == null && status == PlanStatus.ENDED) {
            problems.add(Problem.of("status", "validation.plan.newEnded"));
        }
        if (status == PlanStatus.ENDED) {
            if (p.endedReason() == null || p.endedReason().isBlank()) {
                problems.add(Problem.of("endedReason", "validation.plan.endReasonRequired"));
            }
            if (p.endedOn() == null) {
                problems.add(Problem.of("endedOn", "validation.plan.endedOnRequired"));
            } else if (p.endedOn().isAfter(today)) {
                problems.add(Problem.of("endedOn", "validation.plan.endedOnFuture"));
            }
        }
        for (PlannedService s : p.services()) {
            if (s.serviceId() == null) {
                problems.add(Problem.of("services", "validation.plan.serviceRequired"));
            } else if (s.periodStart() != null && s.periodEnd() != null && s.periodEnd().isBefore(s.periodStart())) {
                problems.add(Problem.of("services", "validation.plan.periodOrder"));
            }
        }
        return problems;
    }

    public static List<Problem> check(PlanCheck c, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (c.planId() == null) {
            problems.add(Problem.of("planId", "validation.check.planRequired"));
        }
        if (c.checkedOn() == null) {
            problems.add(Problem.of("checkedOn", "validation.check.dateRequired"));
        } else if (c.checkedOn().isAfter(today)) {
            problems.add(Problem.of("checkedOn", "validation.check.dateFuture"));
        }
        return problems;
    }
}
