package org.dolbom.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One service of a support plan, picked from the catalogue.
 *
 * @param quantity how much, as the team writes it, e.g. "주 2회" or "월 1회"
 */
public record PlannedService(
        UUID id,
        UUID serviceId,
        UUID providerId,
        String content,
        String method,
        String quantity,
        LocalDate periodStart,
        LocalDate periodEnd) {
}
