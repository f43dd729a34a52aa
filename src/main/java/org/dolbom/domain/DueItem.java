package org.dolbom.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One reason one resident needs contact, and by when. Computed, never stored: "overdue" goes stale the day it is
 * written down, so every screen, print and command asks the one due function again.
 *
 * @param responsibleStaffId the resident's responsible staff member, else the area's; may be null
 * @param areaId             the resident's area (리/통/반); may be null
 */
public record DueItem(
        UUID residentId,
        String residentName,
        DueReason reason,
        LocalDate dueDate,
        DueState state,
        RiskLevel riskLevel,
        UUID responsibleStaffId,
        UUID areaId) {
}
