package org.dolbom.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 개인별지원계획: goals, period, planned services, visit frequency, review date and status.
 *
 * @param rev         the stored revision this copy was read at, or {@code null} when not yet saved
 * @param madeOn      the day the plan was made (수립일): the legal check deadlines count from here
 * @param endedOn     set when the plan ended
 * @param endedReason why the plan ended; required for an ended plan
 */
public record SupportPlan(
        UUID id,
        String rev,
        UUID residentId,
        UUID assessmentId,
        LocalDate madeOn,
        LocalDate periodStart,
        LocalDate periodEnd,
        String goals,
        VisitFrequency visitFrequency,
        LocalDate nextReviewOn,
        PlanStatus status,
        LocalDate endedOn,
        String endedReason,
        UUID responsibleStaffId,
        List<PlannedService> services) {

    public SupportPlan {
        services = services == null ? List.of() : List.copyOf(services);
    }

    /** This plan moved to another status; an ended plan carries the day and reason. */
    public SupportPlan withStatus(PlanStatus next, LocalDate on, String reason) {
        boolean ending = next == PlanStatus.ENDED;
        return new SupportPlan(id, rev, residentId, assessmentId, madeOn, periodStart, periodEnd, goals,
                visitFrequency, nextReviewOn, next, ending ? on : null, ending ? reason : null, responsibleStaffId,
                services);
    }
}
