package org.dolbom.domain;

import java.time.LocalDate;

/** How often a plan asks for contact with the resident. */
public enum VisitFrequency {
    WEEKLY, BIWEEKLY, MONTHLY, QUARTERLY;

    /** The day the next contact is due after one on {@code last}; month steps keep month ends (1/31 → 2/28). */
    public LocalDate nextAfter(LocalDate last) {
        return switch (this) {
            case WEEKLY -> last.plusWeeks(1);
            case BIWEEKLY -> last.plusWeeks(2);
            case MONTHLY -> last.plusMonths(1);
            case QUARTERLY -> last.plusMonths(3);
        };
    }
}
