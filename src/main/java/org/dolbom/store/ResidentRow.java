package org.dolbom.store;

import java.time.LocalDate;
import java.util.UUID;

import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.Sex;

/** One line of the registry list: only what the list shows, the phone already masked. */
public record ResidentRow(
        UUID id,
        String name,
        LocalDate birthDate,
        Sex sex,
        String maskedPhone,
        String areaLabel,
        ResidentStatus status,
        RiskLevel riskLevel) {
}
