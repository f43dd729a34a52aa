package org.dolbom.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ResidentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void aCompleteResidentMayBeSaved() {
        assertThat(ResidentRules.check(resident("김민수", LocalDate.of(1950, 1, 1), Sex.M), RrnChange.keep(), TODAY))
                .isEmpty();
    }

    @Test
    void aMissingNameIsReportedOnTheNameField() {
        assertThat(keys(ResidentRules.check(resident("  ", LocalDate.of(1950, 1, 1), Sex.M), RrnChange.keep(),
                TODAY))).containsExactly("name:validation.name.required");
        assertThat(keys(ResidentRules.check(resident(null, LocalDate.of(1950, 1, 1), Sex.M), RrnChange.keep(),
                TODAY))).containsExactly("name:validation.name.required");
    }

    @Test
    void aTooLongNameSaysHowLongItMayBe() {
        List<Problem> problems = ResidentRules.check(resident("가".repeat(51), LocalDate.of(1950, 1, 1), Sex.M),
                RrnChange.keep(), TODAY);

        assertThat(problems).containsExactly(Problem.of("name", "validation.name.tooLong", 50));
    }

    @Test
    void aBirthDateMustBeKnownAndNotInTheFuture() {
        assertThat(keys(ResidentRules.check(resident("김민수", TODAY.plusDays(1), Sex.M), RrnChange.keep(), TODAY)))
                .containsExactly("birthDate:validation.birthDate.future");
        assertThat(keys(ResidentRules.check(resident("김민수", TODAY, Sex.M), RrnChange.keep(), TODAY))).isEmpty();
        assertThat(keys(ResidentRules.check(resident("김민수", null, Sex.M), RrnChange.keep(), TODAY)))
                .containsExactly("birthDate:validation.birthDate.required");
        assertThat(ResidentRules.check(resident("김민수", LocalDate.of(1890, 1, 1), Sex.M), RrnChange.keep(), TODAY))
                .containsExactly(Problem.of("birthDate", "validation.birthDate.tooOld", 130));
    }

    @Test
    void theRrnMustAgreeWithTheBirthDateAndSex() {
        Resident kim = resident("김민수", LocalDate.of(1950, 1, 1), Sex.M);

        assertThat(ResidentRules.check(kim, new RrnChange.Set(Rrn.parse("500101-1234567")), TODAY)).isEmpty();
        assertThat(keys(ResidentRules.check(kim, new RrnChange.Set(Rrn.parse("500102-1234567")), TODAY)))
                .containsExactly("rrn:validation.rrn.birthMismatch");
        assertThat(keys(ResidentRules.check(kim, new RrnChange.Set(Rrn.parse("500101-2234567")), TODAY)))
                .containsExactly("rrn:validation.rrn.sexMismatch");
        assertThat(keys(ResidentRules.check(kim, new RrnChange.Set(Rrn.parse("300101-3234567")), TODAY)))
                .containsExactly("rrn:validation.rrn.future");
        assertThat(ResidentRules.check(kim, new RrnChange.Clear(), TODAY)).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnceInFormOrder() {
        assertThat(keys(ResidentRules.check(resident("", TODAY.plusYears(1), null), RrnChange.keep(), TODAY)))
                .containsExactly("name:validation.name.required", "birthDate:validation.birthDate.future",
                        "sex:validation.sex.required");
    }

    @Test
    void aClosedCaseNeedsAReason() {
        Resident closed = withStatus(ResidentStatus.CLOSED, null, null, TODAY);
        assertThat(keys(ResidentRules.check(closed, RrnChange.keep(), TODAY)))
                .containsExactly("closureReason:validation.closure.reasonRequired");

        Resident deceased = withStatus(ResidentStatus.DECEASED, ClosureReason.DEATH, null, TODAY);
        assertThat(ResidentRules.check(deceased, RrnChange.keep(), TODAY)).isEmpty();
    }

    @Test
    void anOtherReasonNeedsANoteAndTheDateCannotBeAhead() {
        Resident other = withStatus(ResidentStatus.CLOSED, ClosureReason.OTHER, " ", TODAY.plusDays(3));

        assertThat(keys(ResidentRules.check(other, RrnChange.keep(), TODAY)))
                .containsExactly("statusNote:validation.closure.noteRequired",
                        "statusDate:validation.statusDate.future");
        Resident explained = withStatus(ResidentStatus.CLOSED, ClosureReason.OTHER, "자녀와 함께 살게 됨", TODAY);
        assertThat(ResidentRules.check(explained, RrnChange.keep(), TODAY)).isEmpty();
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    private static Resident withStatus(ResidentStatus status, ClosureReason reason, String note, LocalDate on) {
        Resident r = resident("김민수", LocalDate.of(1950, 1, 1), Sex.M);
        return new Resident(r.id(), r.rev(), r.name(), r.birthDate(), r.sex(), r.maskedRrn(), r.mobilePhone(),
                r.homePhone(), r.roadAddress(), r.addressDetail(), r.areaId(), r.householdId(),
                r.responsibleStaffId(), r.livingSituation(), r.vulnerabilities(), r.riskLevel(), status, reason,
                note, on, r.intakeDate(), r.emergencyContact(), r.notes(), r.consents());
    }

    private static Resident resident(String name, LocalDate birthDate, Sex sex) {
        return new Resident(null, null, name, birthDate, sex, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }
}
