package org.dolbom.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What an assessment must satisfy before it is saved. */
public final class AssessmentRules {

    private AssessmentRules() {
    }

    /** Every problem, in form order; empty when the assessment may be saved. */
    public static List<Problem> check(Assessment a, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (a.residentId() == null) {
            problems.add(Problem.of("residentId", "validation.resident.required"));
        }
        if (a.assessedOn() == null) {
            problems.add(Problem.of("assessedOn", "validation.assessment.dateRequired"));
        } else if (a.assessedOn().isAfter(today)) {
            problems.add(Problem.of("assessedOn", "validation.assessment.dateFuture"));
        }
        Set<NeedDomain> seen = EnumSet.noneOf(NeedDomain.class);
        for (NeedRating need : a.needs()) {
            if (need.domain() == null || !seen.add(need.domain())) {
                problems.add(Problem.of("needs", "validation.assessment.domainTwice"));
                continue;
            }
            if (need.level() < NeedRating.MIN_LEVEL || need.level() > NeedRating.MAX_LEVEL) {
                problems.add(Problem.of("needs." + need.domain().name(), "validation.assessment.level",
                        NeedRating.MIN_LEVEL, NeedRating.MAX_LEVEL));
            }
        }
        if (a.riskLevel() == null) {
            problems.add(Problem.of("riskLevel", "validation.assessment.riskRequired"));
        }
        return problems;
    }
}
