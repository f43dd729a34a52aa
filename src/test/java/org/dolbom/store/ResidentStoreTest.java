package org.dolbom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.dolbom.domain.Area;
import org.dolbom.domain.AreaKind;
import org.dolbom.domain.ClosureReason;
import org.dolbom.domain.Consent;
import org.dolbom.domain.ConsentKind;
import org.dolbom.domain.EmergencyContact;
import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.LivingSituation;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.Problem;
import org.dolbom.domain.Resident;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.Rrn;
import org.dolbom.domain.RrnChange;
import org.dolbom.domain.Sex;
import org.dolbom.domain.Vulnerability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResidentStoreTest {

    private static final Rrn RRN = Rrn.parse("500301-1234567");

    @TempDir
    Path folder;

    @Test
    void everyFieldSurvivesClosingAndReopeningTheFile() {
        Resident saved;
        try (CaseFile caseFile = CaseFile.in(folder)) {
            saved = caseFile.residents.save(CaseFile.fullResident(), new RrnChange.Set(RRN), CaseFile.LEADER);
        }
        try (CaseFile caseFile = CaseFile.in(folder)) {
            Resident read = caseFile.residents.open(saved.id(), CaseFile.LEADER);

            assertThat(read).isEqualTo(saved);
            assertThat(read.name()).isEqualTo("김민수");
            assertThat(read.birthDate()).isEqualTo(LocalDate.of(1950, 3, 1));
            assertThat(read.maskedRrn()).isEqualTo("500301-1******");
            assertThat(read.mobilePhone()).isEqualTo(PhoneNumber.parse("010-1234-5678"));
            assertThat(read.homePhone()).isEqualTo(PhoneNumber.parse("031-771-2345"));
            assertThat(read.roadAddress()).isEqualTo("경기도 양평군 양평읍 양근로 12");
            assertThat(read.addressDetail()).isEqualTo("2층");
            assertThat(read.livingSituation()).isEqualTo(LivingSituation.ALONE);
            assertThat(read.vulnerabilities())
                    .containsExactlyInAnyOrder(Vulnerability.DEMENTIA, Vulnerability.BASIC_LIVELIHOOD);
            assertThat(read.riskLevel()).isEqualTo(RiskLevel.HIGH);
            assertThat(read.intakeDate()).isEqualTo(LocalDate.of(2026, 1, 5));
            assertThat(read.emergencyContact())
                    .isEqualTo(new EmergencyContact("김영희", "딸", PhoneNumber.parse("010-9876-5432")));
            assertThat(read.notes()).isEqualTo("당뇨, 혼자 거동 어려움");
            assertThat(read.consents()).extracting(Consent::kind, Consent::granted, Consent::givenOn, Consent::note)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(ConsentKind.COLLECTION_USE, true,
                                    LocalDate.of(2026, 1, 5), null),
                            org.assertj.core.groups.Tuple.tuple(ConsentKind.THIRD_PARTY, false,
                                    LocalDate.of(2026, 1, 5), "보류"));
            assertThat(read.consents()).allSatisfy(c -> assertThat(c.id()).isNotNull());
            assertThat(caseFile.residents.revealRrn(saved.id(), CaseFile.LEADER)).contains(RRN);
        }
    }

    @Test
    void anEditKeepsTheOldVersionInHistory() {
        try (CaseFile caseFile = CaseFile.in(folder)) {
            Resident first = caseFile.residents.save(CaseFile.fullResident(), new RrnChange.Set(RRN),
                    CaseFile.LEADER);
            Resident second = caseFile.residents.save(CaseFile.withPhone(first, PhoneNumber.parse("010-5555-0000")),
                    RrnChange.keep(), CaseFile.LEADER);

            assertThat(second.rev()).isNotEqualTo(first.rev());
            assertThat(second.mobilePhone().digits()).isEqualTo("01055550000");
            assertThat(second.maskedRrn()).isEqualTo("500301-1******");
            List<HistoryEntry> history = caseFile.residents.history(first.id());
            assertThat(history).hasSize(1);
            assertThat(history.getFirst().rev()).isEqualTo(first.rev());
            assertThat(history.getFirst().reason()).isEqualTo("edit");
            assertThat(history.getFirst().contentJson()).contains("01012345678", "500301-1******", "THIRD_PARTY")
                    .doesNotContain("1234567\"", "rrn_cipher", "rrn_fingerprint");
            String prevRev = caseFile.database.read(ctx -> ctx.fetchValue(
                    "SELECT prev_rev FROM resident WHERE id = ?", first.id().toString())).toString();
            assertThat(prevRev).isEqualTo(first.rev());
        }
    }

    @Test
    void aStaleSaveIsRefusedAndChangesNothing() {
        try (CaseFile caseFile = CaseFile.in(folder)) {
            Resident read = caseFile.residents.save(CaseFile.fullResident(), RrnChange.keep(), CaseFile.LEADER);
            Resident colleagues = caseFile.residents.save(CaseFile.withName(read, "김민수(동명이인)"),
                    RrnChange.keep(), CaseFile.LEADER);
            long historyBefore = caseFile.inventory.counts().get("history");

            assertThatThrownBy(() -> caseFile.residents.save(CaseFile.withPhone(read, PhoneNumber.parse(
                    "010-0000-1111")), RrnChange.keep(), CaseFile.LEADER))
                    .isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.resident.stale");

            Resident now = caseFile.residents.open(read.id(), CaseFile.LEADER);
            assertThat(now).isEqualTo(colleagues);
            assertThat(caseFile.inventory.counts().get("history")).isEqualTo(historyBefore);
        }
    }

    @Test
    void anInvalidResidentIsRefusedWithEveryProblemAndNothingIsWritten() {
        try (CaseFile caseFile = CaseFile.in(folder)) {
            Resident bad = CaseFile.named(" ", LocalDate.of(2030, 1, 1), Sex.F);

            assertThatThrownBy(() -> caseFile.residents.save(bad, new RrnChange.Set(RRN), CaseFile.LEADER))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::field)
                            .containsExactly("name", "birthDate", "rrn"));

            assertThat(caseFile.inventory.counts().get("residents")).isZero();
            assertThat(caseFile.inventory.counts().get("audit entries")).isZero();
        }
    }

    @Test
    void aClosedCaseCanBeReopenedAndBothStepsAreKept() {
        try (CaseFile caseFile = CaseFile.in(folder)) {
            Resident open = caseFile.residents.save(CaseFile.fullResident(), RrnChange.keep(), CaseFile.LEADER);

            Resident closed = caseFile.residents.closeCase(open.id(), ClosureReason.MOVED, "서울로 이사",
                    LocalDate.of(2026, 11, 20), CaseFile.LEADER);
            assertThat(closed.status()).isEqualTo(ResidentStatus.TRANSFERRED);
            assertThat(closed.closureReason()).isEqualTo(ClosureReason.MOVED);
            assertThat(closed.statusNote()).isEqualTo("서울로 이사");
            assertThat(closed.statusDate()).isEqualTo(LocalDate.of(2026, 11, 20));

            Resident reopened = caseFile.residents.reopen(open.id(), CaseFile.LEADER);
            assertThat(reopened.status()).isEqualTo(ResidentStatus.ACTIVE);
            assertThat(reopened.closureReason()).isNull();
            assertThat(reopened.consents()).isEqualTo(open.consents());

            assertThat(caseFile.residents.history(open.id())).extracting(HistoryEntry::reason)
                    .containsExactly("reopen", "close");
            assertThat(caseFile.audit.forResident(open.id(), 10)).extracting(AuditEntry::action)
                    .containsExactly(AuditAction.REOPEN, AuditAction.CLOSE, AuditAction.CREATE);
        }
    }

    @Test
    void closingForAnotherReasonNeedsANote() {
        try (CaseFile caseFile = CaseFile.in(folder)) {
            Resident open = caseFile.residents.save(CaseFile.fullResident(), RrnChange.keep(), CaseFile.LEADER);

            assertThatThrownBy(() -> caseFile.residents.closeCase(open.id(), ClosureReason.OTHER, " ",
                    LocalDate.of(2026, 11, 20), CaseFile.LEADER))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(caseFile.residents.open(open.id(), CaseFile.LEADER).status()).isEqualTo(ResidentStatus.ACTIVE);
        }
    }

    @Test
    void viewsEditsAndShowingTheNumberAreAuditedWithWhoAndWhere() {
        try (CaseFile caseFile = CaseFile.in(folder)) {
            Actor nurse = new Actor("박간호", "방문간호-노트북");
            Resident saved = caseFile.residents.save(CaseFile.fullResident(), new RrnChange.Set(RRN),
                    CaseFile.LEADER);
            Resident viewed = caseFile.residents.open(saved.id(), nurse);
            caseFile.residents.save(CaseFile.withPhone(viewed, PhoneNumber.parse("010-2222-3333")),
                    RrnChange.keep(), nurse);
            caseFile.residents.revealRrn(saved.id(), nurse);

            List<AuditEntry> entries = caseFile.audit.forResident(saved.id(), 10);
            assertThat(entries).extracting(AuditEntry::action)
                    .containsExactly(AuditAction.SHOW_RRN, AuditAction.EDIT, AuditAction.VIEW, AuditAction.CREATE);
            assertThat(entries.getFirst().actor()).isEqualTo("박간호");
            assertThat(entries.getFirst().workstation()).isEqualTo("방문간호-노트북");
            assertThat(entries.getFirst().at()).isEqualTo(CaseFile.CLOCK.instant());
            assertThat(entries.getLast().actor()).isEqualTo("김팀장");
        }
    }

    @Test
    void theNumberCanBeClearedAndConsentsWithdrawnWithoutLosingThem() {
        try (CaseFile caseFile = CaseFile.in(folder)) {
            Resident saved = caseFile.residents.save(CaseFile.fullResident(), new RrnChange.Set(RRN),
                    CaseFile.LEADER);
            Resident oneConsent = new Resident(saved.id(), saved.rev(), saved.name(), saved.birthDate(), saved.sex(),
                    saved.maskedRrn(), saved.mobilePhone(), saved.homePhone(), saved.roadAddress(),
                    saved.addressDetail(), null, null, null, saved.livingSituation(), Set.of(), saved.riskLevel(),
                    saved.status(), null, null, null, saved.intakeDate(), null, null,
                    List.of(saved.consents().getFirst()));

            Resident cleared = caseFile.residents.save(oneConsent, new RrnChange.Clear(), CaseFile.LEADER);

            assertThat(cleared.maskedRrn()).isNull();
            assertThat(cleared.emergencyContact()).isNull();
            assertThat(cleared.vulnerabilities()).isEmpty();
            assertThat(caseFile.residents.revealRrn(saved.id(), CaseFile.LEADER)).isEmpty();
            Resident read = caseFile.residents.open(saved.id(), CaseFile.LEADER);
            assertThat(read.consents()).containsExactly(saved.consents().getFirst());
            long allConsentRows = caseFile.database.read(ctx -> ctx.fetchCount(
                    org.dolbom.store.jooq.Tables.CONSENT));
            assertThat(allConsentRows).isEqualTo(2);
            assertThat(caseFile.inventory.counts().get("consents")).isEqualTo(1);
        }
    }

    @Test
    void areaAndHouseholdLinksRoundTripAndTheHouseholdListsItsMembers() {
        try (CaseFile caseFile = CaseFile.in(folder)) {
            Area area = caseFile.areas.save(new Area(null, "양평읍", "양근리", AreaKind.RI, null));
            var household = caseFile.households.save(new org.dolbom.domain.Household(null, area.id(),
                    "경기도 양평군 양평읍 양근로 12", "2층", null));
            Resident husband = caseFile.residents.save(CaseFile.inHousehold(CaseFile.fullResident(), area.id(),
                    household.id()), RrnChange.keep(), CaseFile.LEADER);
            caseFile.residents.save(CaseFile.inHousehold(CaseFile.named("이순자", LocalDate.of(1952, 7, 7), Sex.F),
                    area.id(), household.id()), RrnChange.keep(), CaseFile.LEADER);

            Resident read = caseFile.residents.open(husband.id(), CaseFile.LEADER);
            assertThat(read.areaId()).isEqualTo(area.id());
            assertThat(read.householdId()).isEqualTo(household.id());
            List<ResidentRow> members = caseFile.households.members(household.id());
            assertThat(members).extracting(ResidentRow::name).containsExactly("김민수", "이순자");
            assertThat(members.getFirst().maskedPhone()).isEqualTo("010-****-5678");
            assertThat(members.getFirst().areaLabel()).isEqualTo("양평읍 양근리");
            assertThat(members.getLast().maskedPhone()).isEmpty();
            String searchText = caseFile.database.read(ctx -> String.valueOf(ctx.fetchValue(
                    "SELECT search_text FROM resident WHERE id = ?", husband.id().toString())));
            assertThat(searchText).contains("양근리");
        }
    }
}
