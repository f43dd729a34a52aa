package org.dolbom.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Everything the due function reads about one resident's case: the resident, the plans, the last plan check,
 * the last time the resident was met and the follow-ups not yet done.
 *
 * @param responsibleStaffId the resident's responsible staff member, else the area's; may be null
 * @param lastCheckOn        the latest plan check of any of the resident's plans, or {@code null}
 * @param lastMetAt          the latest visit with outcome MET, or {@code null} when never met
 * @param plannedOn          the date of the resident's earliest visit still planned on the schedule (any week), or
 *                           {@code null}: such a visit covers the resident until it is done, missed or moved
 */
public record CaseFacts(
        UUID residentId,
        String residentName,
        ResidentStatus status,
        RiskLevel riskLevel,
        UUID responsibleStaffId,
        UUID areaId,
        LocalDate intakeDate,
        List<PlanFacts> plans,
        LocalDate lastCheckOn,
        LocalDateTime lastMetAt,
        List<FollowUpFacts> followUps,
        LocalDate plannedOn) {

    public CaseFacts {
        plans = plans == null ? List.of() : List.copyOf(plans);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        riskLevel = riskLevel == null ? RiskLevel.LOW : riskLevel;
        status = status == null ? ResidentStatus.ACTIVE : status;
    }

    /** A case with no visit planned on the schedule. */
    public CaseFacts(UUID residentId, String residentName, ResidentStatus status, RiskLevel riskLevel,
                     UUID responsibleStaffId, UUID areaId, LocalDate intakeDate, List<PlanFacts> plans,
                     LocalDate lastCheckOn, LocalDateTime lastMetAt, List<FollowUpFacts> followUps) {
        this(residentId, residentName, status, riskLevel, responsibleStaffId, areaId, intakeDate, plans, lastCheckOn,
                lastMetAt, followUps, null);
    }

    /**
     * The same case after one more visit was recorded: a MET visit moves {@link #lastMetAt} forward, and a
     * follow-up the visit asks for is added.
     */
    public CaseFacts withVisit(UUID visitId, LocalDateTime at, VisitOutcome outcome, LocalDate followUpDue) {
        LocalDateTime met = lastMetAt;
        if (outcome == VisitOutcome.MET && (met == null || at.isAfter(met))) {
            met = at;
        }
        List<FollowUpFacts> open = new ArrayList<>(followUps);
        if (followUpDue != null) {
            open.add(new FollowUpFacts(visitId, at, followUpDue, null));
        }
        return new CaseFacts(residentId, residentName, status, riskLevel, responsibleStaffId, areaId, intakeDate,
                plans, lastCheckOn, met, open, plannedOn);
    }
}
