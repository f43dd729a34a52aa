package org.dolbom.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.dolbom.domain.ClosureReason;
import org.dolbom.domain.Consent;
import org.dolbom.domain.ConsentKind;
import org.dolbom.domain.EmergencyContact;
import org.dolbom.domain.LivingSituation;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.Resident;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.Sex;
import org.dolbom.domain.Vulnerability;

/** A real data file in a test folder with every store over it, as the app builds them. */
final class CaseFile implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T12:30:00Z"), ZoneId.of("Asia/Seoul"));
    static final Actor LEADER = new Actor("김팀장", "office-pc-1");

    final Path file;
    final Database database;
    final RrnVault vault;
    final AuditTrail audit;
    final ResidentStore residents;
    final StaffStore staff;
    final AreaStore areas;
    final HouseholdStore households;
    final OfficeStore office;
    final Inventory inventory;
    final Backups backups;

    private CaseFile(Path file) {
        this.file = file;
        this.database = Database.open(file, CLOCK);
        this.vault = RrnVault.open(file.resolveSibling("dolbom.key"));
        this.audit = new AuditTrail(database, CLOCK);
        this.residents = new ResidentStore(database, vault, audit, CLOCK);
        this.staff = new StaffStore(database);
        this.areas = new AreaStore(database);
        this.households = new HouseholdStore(database);
        this.office = new OfficeStore(database);
        this.inventory = new Inventory(database);
        this.backups = new Backups(database);
    }

    static CaseFile in(Path folder) {
        return new CaseFile(folder.resolve("dolbom.db"));
    }

    static CaseFile at(Path file) {
        return new CaseFile(file);
    }

    /** A resident with every field filled, as a team leader would after an intake visit. */
    static Resident fullResident() {
        return new Resident(null, null, "김민수", LocalDate.of(1950, 3, 1), Sex.M, null,
                PhoneNumber.parse("010-1234-5678"), PhoneNumber.parse("031-771-2345"),
                "경기도 양평군 양평읍 양근로 12", "2층", null, null, null, LivingSituation.ALONE,
                Set.of(Vulnerability.DEMENTIA, Vulnerability.BASIC_LIVELIHOOD), RiskLevel.HIGH,
                ResidentStatus.ACTIVE, null, null, null, LocalDate.of(2026, 1, 5),
                new EmergencyContact("김영희", "딸", PhoneNumber.parse("010-9876-5432")), "당뇨, 혼자 거동 어려움",
                List.of(new Consent(null, ConsentKind.COLLECTION_USE, true, LocalDate.of(2026, 1, 5), null),
                        new Consent(null, ConsentKind.THIRD_PARTY, false, LocalDate.of(2026, 1, 5), "보류")));
    }

    static Resident named(String name, LocalDate birthDate, Sex sex) {
        return new Resident(null, null, name, birthDate, sex, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    static Resident withName(Resident r, String name) {
        return new Resident(r.id(), r.rev(), name, r.birthDate(), r.sex(), r.maskedRrn(), r.mobilePhone(),
                r.homePhone(), r.roadAddress(), r.addressDetail(), r.areaId(), r.householdId(),
                r.responsibleStaffId(), r.livingSituation(), r.vulnerabilities(), r.riskLevel(), r.status(),
                r.closureReason(), r.statusNote(), r.statusDate(), r.intakeDate(), r.emergencyContact(), r.notes(),
                r.consents());
    }

    static Resident withPhone(Resident r, PhoneNumber mobile) {
        return new Resident(r.id(), r.rev(), r.name(), r.birthDate(), r.sex(), r.maskedRrn(), mobile,
                r.homePhone(), r.roadAddress(), r.addressDetail(), r.areaId(), r.householdId(),
                r.responsibleStaffId(), r.livingSituation(), r.vulnerabilities(), r.riskLevel(), r.status(),
                r.closureReason(), r.statusNote(), r.statusDate(), r.intakeDate(), r.emergencyContact(), r.notes(),
                r.consents());
    }

    static Resident inHousehold(Resident r, java.util.UUID areaId, java.util.UUID householdId) {
        return new Resident(r.id(), r.rev(), r.name(), r.birthDate(), r.sex(), r.maskedRrn(), r.mobilePhone(),
                r.homePhone(), r.roadAddress(), r.addressDetail(), areaId, householdId,
                r.responsibleStaffId(), r.livingSituation(), r.vulnerabilities(), r.riskLevel(), r.status(),
                r.closureReason(), r.statusNote(), r.statusDate(), r.intakeDate(), r.emergencyContact(), r.notes(),
                r.consents());
    }

    static Resident closed(Resident r, ClosureReason reason) {
        return new Resident(r.id(), r.rev(), r.name(), r.birthDate(), r.sex(), r.maskedRrn(), r.mobilePhone(),
                r.homePhone(), r.roadAddress(), r.addressDetail(), r.areaId(), r.householdId(),
                r.responsibleStaffId(), r.livingSituation(), r.vulnerabilities(), r.riskLevel(),
                reason.resultingStatus(), reason, null, null, r.intakeDate(), r.emergencyContact(), r.notes(),
                r.consents());
    }

    @Override
    public void close() {
        database.close();
    }
}
