package org.dolbom.store;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.dolbom.domain.LivingSituation;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.Sex;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.domain.Vulnerability;

/**
 * What a printed visit sheet says about a resident: where to go, whom to call, and what happened last time.
 * No RRN on purpose.
 *
 * @param lastVisitDate    the latest recorded contact; null when the resident was never visited
 * @param lastVisitOutcome its outcome; null with no visit
 */
public record VisitSheetFacts(
        UUID residentId,
        String name,
        LocalDate birthDate,
        Sex sex,
        String roadAddress,
        String addressDetail,
        String areaName,
        PhoneNumber mobilePhone,
        PhoneNumber homePhone,
        LivingSituation livingSituation,
        Set<Vulnerability> vulnerabilities,
        RiskLevel riskLevel,
        LocalDate lastVisitDate,
        VisitOutcome lastVisitOutcome) {

    public VisitSheetFacts {
        vulnerabilities = vulnerabilities == null ? Set.of() : Set.copyOf(vulnerabilities);
    }
}
