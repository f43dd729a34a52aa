package org.dolbom.exchange.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A resident (대상자), as exchanged. {@code rrn} is the plain number and appears only in encrypted bundles;
 * {@link #toString()} never shows it.
 */
public record ResidentJson(String id, String origin, String rev, String prevRev, List<String> lineage, Instant createdAt,
        Instant updatedAt, boolean deleted,
        String name, LocalDate birthDate, String sex, String rrn, String rrnMasked,
        String phoneMobile, String phoneHome, String roadAddress, String addressDetail,
        String areaId, String householdId, String responsibleStaffId,
        String livingSituation, List<String> vulnerabilities, String riskLevel,
        String status, String statusReason, String statusNote, LocalDate statusDate, LocalDate intakeDate,
        String emergencyContactName, String emergencyContactRelation, String emergencyContactPhone,
        String notes) implements ExchangeRecord {

    public ResidentJson {
        lineage = ExchangeRecord.listOrEmpty(lineage);
        // One order for the set, so the same resident always gives the same bytes.
        vulnerabilities = ExchangeRecord.listOrEmpty(vulnerabilities).stream().sorted().toList();
    }

    @Override
    public void check(RecordCheck check) {
        check.required("name", name);
        check.required("birthDate", birthDate);
        check.required("sex", sex);
        check.oneOf("sex", sex, Codes.SEXES);
        check.required("livingSituation", livingSituation);
        check.required("riskLevel", riskLevel);
        check.oneOf("riskLevel", riskLevel, Codes.RISK_LEVELS);
        check.required("status", status);
        check.oneOf("status", status, Codes.RESIDENT_STATUSES);
        check.reference("areaId", RecordType.AREAS, areaId);
        check.reference("householdId", RecordType.HOUSEHOLDS, householdId);
        check.reference("responsibleStaffId", RecordType.STAFF, responsibleStaffId);
    }

    /** This resident without the plain RRN, as written into a plain bundle. */
    public ResidentJson withoutRrn() {
        return new ResidentJson(id, origin, rev, prevRev, lineage, createdAt, updatedAt, deleted, name, birthDate, sex,
                null, rrnMasked, phoneMobile, phoneHome, roadAddress, addressDetail, areaId, householdId,
                responsibleStaffId, livingSituation, vulnerabilities, riskLevel, status, statusReason, statusNote,
                statusDate, intakeDate, emergencyContactName, emergencyContactRelation, emergencyContactPhone, notes);
    }

    @Override
    public String toString() {
        return "ResidentJson[id=" + id + ", rev=" + rev + ", name=" + name + ", birthDate=" + birthDate
                + ", rrn=" + (rrn == null ? "none" : "withheld") + "]";
    }
}
