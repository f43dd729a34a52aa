package org.dolbom.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What a visit record must satisfy before it is saved. */
public final class VisitRules {

    private VisitRules() {
    }

    /** Every problem, in form order; empty when the visit may be saved. */
    public static List<Problem> check(Visit v, LocalDateTime now) {
        List<Problem> problems = new ArrayList<>();
        if (v.residentId() == null) {
            problems.add(Problem.of("residentId", "validation.resident.required"));
        }
        if (v.visitedAt() == null) {
            problems.add(Problem.of("visitedAt", "validation.visit.dateRequired"));
        } else if (v.visitedAt().isAfter(now)) {
            problems.add(Problem.of("visitedAt", "validation.visit.dateFuture"));
        }
        if (v.kind() == null) {
            problems.add(Problem.of("kind", "validation.visit.kindRequired"));
        }
        if (v.outcome() == null) {
            problems.add(Problem.of("outcome", "validation.visit.outcomeRequired"));
        }
        if (v.vitals() != null) {
            problems.addAll(v.vitals().problems());
        }
        Set<UUID> services = new HashSet<>();
        for (ServiceCount s : v.services()) {
            if (s.serviceId() == null || !services.add(s.serviceId())) {
                problems.add(Problem.of("services", "validation.visit.serviceTwice"));
            } else if (s.count() < 1) {
                problems.add(Problem.of("services", "validation.visit.serviceCount"));
            }
        }
        FollowUp f = v.followUp();
        if (f != null) {
            if (f.dueOn() == null) {
                problems.add(Problem.of("followUpDue", "validation.visit.followUpDateRequired"));
            } else if (v.visitedAt() != null && f.dueOn().isBefore(v.visitedAt().toLocalDate())) {
                problems.add(Problem.of("followUpDue", "validation.visit.followUpBeforeVisit"));
            }
        }
        return problems;
    }
}
