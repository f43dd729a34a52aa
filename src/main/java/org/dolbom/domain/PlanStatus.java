package org.dolbom.domain;

import java.util.Set;

/** Where a support plan stands: draft → active → under review (→ active again) → ended. Ended is final. */
public enum PlanStatus {
    DRAFT, ACTIVE, UNDER_REVIEW, ENDED;

    /** Whether a plan in this status may be moved to {@code next}. Staying in the same status is always allowed. */
    public boolean canBecome(PlanStatus next) {
        if (next == this) {
            return true;
        }
        return switch (this) {
            case DRAFT -> Set.of(ACTIVE, ENDED).contains(next);
            case ACTIVE -> Set.of(UNDER_REVIEW, ENDED).contains(next);
            case UNDER_REVIEW -> Set.of(ACTIVE, ENDED).contains(next);
            case ENDED -> false;
        };
    }

    /** A plan the team is working by: it sets the visit frequency and the legal check deadlines. */
    public boolean isCurrent() {
        return this == ACTIVE || this == UNDER_REVIEW;
    }
}
