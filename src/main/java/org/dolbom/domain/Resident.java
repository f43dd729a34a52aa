package org.dolbom.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * 대상자: a resident whose case the team keeps. The RRN is never part of this record; only its masked form is.
 *
 * @param rev the stored revision this copy was read at, or {@code null} for a resident not yet saved
 */
public record Resident(
        UUID id,
        String rev,
        String name,
        LocalDate birthDate,
        Sex sex,
        String maskedRrn,
        PhoneNumber mobilePhone,
        PhoneNumber homePhone,
        String roadAddress,
        String addressDetail,
        UUID areaId,
        UUID householdId,
        UUID responsibleStaffId,
        LivingSituation livingSituation,
        Set<Vulnerability> vulnerabilities,
        RiskLevel riskLevel,
        ResidentStatus status,
        ClosureReason closureReason,
        String statusNote,
        LocalDate statusDate,
        LocalDate intakeDate,
        EmergencyContact emergencyContact,
        String notes,
        List<Consent> consents) {

    public Resident {
        vulnerabilities = vulnerabilities == null ? Set.of() : Set.copyOf(vulnerabilities);
        consents = consents == null ? List.of() : List.copyOf(consents);
        livingSituation = livingSituation == null ? LivingSituation.OTHER : livingSituation;
        riskLevel = riskLevel == null ? RiskLevel.LOW : riskLevel;
        status = status == null ? ResidentStatus.ACTIVE : status;
    }

    /** Age in full years (만 나이) on the given day. */
    public int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }
}
