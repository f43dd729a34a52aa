package org.dolbom.domain;

/**
 * Why a resident is due for contact. The three legal reasons follow the 돌봄통합지원법 (in force 2026-03-27):
 * a plan within 30 days of intake, a first check within 3 months of the plan, then a check at least every 6 months.
 */
public enum DueReason {
    /** The plan's visit frequency has run out since the last visit. */
    VISIT_FREQUENCY,
    /** A visit asked for a follow-up by a date. */
    FOLLOW_UP,
    /** No support plan within 30 days of intake. */
    PLAN_DEADLINE,
    /** No first check within 3 months of the plan. */
    FIRST_CHECK,
    /** No check within 6 months of the last one. */
    PERIODIC_CHECK;

    public boolean isLegal() {
        return this == PLAN_DEADLINE || this == FIRST_CHECK || this == PERIODIC_CHECK;
    }
}
