package org.dolbom.app.demo;

import java.time.LocalDate;
import java.util.List;

import org.dolbom.domain.PlanCheck;
import org.dolbom.domain.SupportPlan;

/**
 * A support plan before it is saved, with its checks (no plan id yet).
 *
 * @param endedOn     when the plan was ended later, or {@code null} while it runs; the plan is saved in its
 *                    starting status and then ended, since a new plan cannot start ended
 * @param endedReason why it ended
 */
record DemoPlan(SupportPlan plan, List<PlanCheck> checks, LocalDate endedOn, String endedReason) {

    DemoPlan {
        checks = List.copyOf(checks);
    }
}
