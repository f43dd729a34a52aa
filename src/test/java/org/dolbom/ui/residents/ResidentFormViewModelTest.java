package org.dolbom.ui.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dolbom.app.AppContext;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.AnsweringDialogs;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.TestRegistry;
import org.dolbom.ui.concurrent.BackgroundWork;
import org.dolbom.ui.residents.ResidentFormViewModel.Field;
import org.dolbom.ui.residents.ResidentFormViewModel.UnsavedChoice;

class ResidentFormViewModelTest {

    @TempDir
    Path dir;

    private AppContext context;
    private java.util.Map<String, UUID> ids;
    private final AnsweringDialogs dialogs = new AnsweringDialogs();
    private final StatusLine status = new StatusLine();
    private ResidentFormViewModel form;

    @BeforeEach
    void openFile() {
        TestRegistry.Seeded seeded = TestRegistry.seedWithIds(dir.resolve("dolbom.db"));
        context = seeded.context();
        ids = seeded.ids();
        form = new ResidentFormViewModel(context, BackgroundWork.immediate(), Messages.korean(), dialogs, status,
                () -> TestRegistry.ACTOR);
    }

    @AfterEach
    void closeFile() {
        context.close();
    }

    private UUID idOf(String name) {
        return ids.get(name);
    }

    private long residentCount() {
        return context.inventory().counts().get("residents");
    }

    @Test
    void aMissingNameAFutureBirthDateAndABadPhoneAreShownBesideTheirFieldsAndNothingIsSaved() {
        long before = residentCount();
        form.newResident();
        form.nameProperty().set("  ");
        form.birthDateProperty().set("2030. 1. 1.");
        form.sexProperty().set(org.dolbom.domain.Sex.F);
        form.mobileProperty().set("010-12");

        form.save(() -> { });

        assertThat(form.errorProperty(Field.NAME).get()).isNotBlank();
        assertThat(form.errorProperty(Field.BIRTH_DATE).get()).isNotBlank()
                .isNotEqualTo(form.errorProperty(Field.NAME).get());
        assertThat(form.errorProperty(Field.MOBILE).get()).isNotBlank();
        assertThat(form.errorProperty(Field.HOME).get()).as("only the field the person typed in").isEmpty();
        assertThat(form.formErrorProperty().get()).contains("3");
        assertThat(form.dirtyProperty().get()).isTrue();
        assertThat(residentCount()).isEqualTo(before);
        assertThat(dialogs.errors).as("inline, not a dialog").isEmpty();
    }

    @Test
    void aBadHomePhoneIsReportedOnTheHomePhoneField() {
        form.open(idOf("박영희"));
        form.homeProperty().set("12345");

        form.save(() -> { });

        assertThat(form.errorProperty(Field.HOME).get()).isNotBlank();
        assertThat(form.errorProperty(Field.MOBILE).get()).isEmpty();
    }

    @Test
    void editsAreDirtyUntilSavedAndSurviveReopening() {
        UUID id = idOf("김민수");
        form.open(id);
        assertThat(form.dirtyProperty().get()).isFalse();

        form.mobileProperty().set("010-9999-8888");
        assertThat(form.dirtyProperty().get()).isTrue();
        form.mobileProperty().set("010-1234-5678");
        assertThat(form.dirtyProperty().get()).as("typed back to what was there").isFalse();

        form.mobileProperty().set("01099998888");
        form.save(() -> { });

        assertThat(form.formErrorProperty().get()).isEmpty();
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(status.message()).contains("김민수");
        ResidentFormViewModel again = new ResidentFormViewModel(context, BackgroundWork.immediate(),
                Messages.korean(), dialogs, status, () -> TestRegistry.ACTOR);
        again.open(id);
        assertThat(again.mobileProperty().get()).isEqualTo("010-9999-8888");
    }

    @Test
    void leavingWithUnsavedChangesAsksAndStayingKeepsTheEdits() {
        form.open(idOf("김민수"));
        form.notesProperty().set("보청기 필요");
        boolean[] left = {false};

        dialogs.choosing(UnsavedChoice.STAY);
        form.whenSafeToLeave(() -> left[0] = true);
        assertThat(left[0]).isFalse();
        assertThat(form.notesProperty().get()).isEqualTo("보청기 필요");
        assertThat(dialogs.questions).hasSize(1);

        dialogs.choosing(UnsavedChoice.DISCARD);
        form.whenSafeToLeave(() -> left[0] = true);
        assertThat(left[0]).isTrue();
    }

    @Test
    void choosingSaveWhenLeavingSavesFirst() {
        UUID id = idOf("박영희");
        form.open(id);
        form.notesProperty().set("주 1회 안부 전화");
        boolean[] left = {false};

        dialogs.choosing(UnsavedChoice.SAVE);
        form.whenSafeToLeave(() -> left[0] = true);

        assertThat(form.formErrorProperty().get()).isEmpty();
        assertThat(left[0]).isTrue();
        assertThat(context.residents().open(id, TestRegistry.ACTOR).notes()).isEqualTo("주 1회 안부 전화");
    }

    @Test
    void theRrnFieldNeverHoldsTheStoredNumberAndShowingItIsExplicit() {
        form.open(idOf("김민수"));

        assertThat(form.rrnInputProperty().get()).isEmpty();
        assertThat(form.maskedRrnProperty().get()).isEqualTo("500101-1******");
        assertThat(form.revealedRrnProperty().get()).isEmpty();

        form.revealRrn();
        assertThat(form.revealedRrnProperty().get()).isEqualTo("500101-1234567");
        form.hideRrn();
        assertThat(form.revealedRrnProperty().get()).isEmpty();
        assertThat(form.dirtyProperty().get()).isFalse();
    }

    @Test
    void aNewResidentWithAnRrnTakesBirthDateAndSexFromIt() {
        form.newResident();
        form.nameProperty().set("최말순");
        form.rrnInputProperty().set("4203152123456");

        form.save(() -> { });

        assertThat(form.formErrorProperty().get()).isEmpty();
        assertThat(form.savedProperty().get()).isTrue();
        assertThat(form.birthDateProperty().get()).isEqualTo("1942. 3. 15.");
        assertThat(form.maskedRrnProperty().get()).isEqualTo("420315-2******");
        assertThat(form.rrnInputProperty().get()).isEmpty();
    }

    @Test
    void closingACaseNeedsAReasonAndReopeningBringsItBack() {
        UUID id = idOf("이순자");
        form.open(id);

        assertThat(form.closureProblems(null, "", "2026. 11. 1.")).hasSize(1);
        assertThat(form.closureProblems(org.dolbom.domain.ClosureReason.OTHER, " ", "2026. 11. 1.")).hasSize(1);
        assertThat(form.closureProblems(org.dolbom.domain.ClosureReason.MOVED, "", "2027. 1. 1.")).hasSize(1);

        form.closeCase(org.dolbom.domain.ClosureReason.MOVED, "서울로 이사", java.time.LocalDate.of(2026, 11, 1));
        assertThat(form.statusProperty().get()).isEqualTo(org.dolbom.domain.ResidentStatus.TRANSFERRED);
        assertThat(form.statusSummaryProperty().get()).contains("2026. 11. 1.");

        form.reopen();
        assertThat(form.statusProperty().get()).isEqualTo(org.dolbom.domain.ResidentStatus.ACTIVE);
    }

    @Test
    void removingTheStoredRrnAsksFirstAndKeepsBirthDateAndSex() {
        UUID id = idOf("김민수");
        form.open(id);

        dialogs.confirming(false);
        form.removeRrn();
        assertThat(dialogs.questions).singleElement().asString().contains("김민수").contains("500101-1******");
        assertThat(form.maskedRrnProperty().get()).as("said no").isEqualTo("500101-1******");

        dialogs.confirming(true);
        form.removeRrn();

        assertThat(form.maskedRrnProperty().get()).isEmpty();
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(status.message()).contains("김민수");
        var stored = context.residents().open(id, TestRegistry.ACTOR);
        assertThat(stored.maskedRrn()).isNull();
        assertThat(stored.birthDate()).isEqualTo(java.time.LocalDate.of(1950, 1, 1));
        assertThat(stored.sex()).isEqualTo(org.dolbom.domain.Sex.M);
        assertThat(context.residents().revealRrn(id, TestRegistry.ACTOR)).isEmpty();
        assertThat(context.residents().history(id)).as("the version with the number is kept").isNotEmpty();
    }

    @Test
    void theRrnIsNotRemovedWhileOtherEditsAreUnsaved() {
        form.open(idOf("김민수"));
        form.notesProperty().set("메모");
        dialogs.confirming(true);

        form.removeRrn();

        assertThat(dialogs.questions).isEmpty();
        assertThat(form.maskedRrnProperty().get()).isEqualTo("500101-1******");
    }

    @Test
    void aHouseholdIsRegisteredAtTheResidentsAddressOnSaveAndLeavingItUnlinks() {
        UUID park = idOf("박영희");
        form.open(park);
        assertThat(form.inHouseholdProperty().get()).isFalse();
        form.addressDetailProperty().set("101호");

        form.registerHouseholdHere();
        assertThat(form.dirtyProperty().get()).isTrue();
        assertThat(form.householdTextProperty().get()).contains("양평읍 양근로 1 101호");
        form.save(() -> { });

        assertThat(form.formErrorProperty().get()).isEmpty();
        assertThat(form.inHouseholdProperty().get()).isTrue();
        var stored = context.residents().open(park, TestRegistry.ACTOR);
        assertThat(stored.householdId()).isNotNull();
        var household = context.households().find(stored.householdId()).orElseThrow();
        assertThat(household.roadAddress()).isEqualTo("양평읍 양근로 1");
        assertThat(household.addressDetail()).isEqualTo("101호");
        assertThat(household.areaId()).isEqualTo(stored.areaId());
        assertThat(form.householdTextProperty().get()).contains("양평읍 양근로 1");

        form.leaveHousehold();
        assertThat(form.householdTextProperty().get()).contains("분리");
        form.save(() -> { });

        assertThat(context.residents().open(park, TestRegistry.ACTOR).householdId()).isNull();
        assertThat(context.households().find(household.id())).as("the household stays for others").isPresent();
        assertThat(form.inHouseholdProperty().get()).isFalse();
    }

    @Test
    void aHouseholdNeedsAnAddressAndOtherMembersAreListed() {
        UUID park = idOf("박영희");
        form.open(park);
        form.roadAddressProperty().set(" ");
        form.registerHouseholdHere();
        assertThat(form.errorProperty(Field.HOUSEHOLD).get()).isNotBlank();
        assertThat(form.newHouseholdProperty().get()).isFalse();

        form.roadAddressProperty().set("양평읍 양근로 1");
        form.registerHouseholdHere();
        form.save(() -> { });
        UUID household = context.residents().open(park, TestRegistry.ACTOR).householdId();
        var lee = context.residents().open(idOf("이순자"), TestRegistry.ACTOR);
        context.residents().save(new org.dolbom.domain.Resident(lee.id(), lee.rev(), lee.name(), lee.birthDate(),
                lee.sex(), lee.maskedRrn(), lee.mobilePhone(), lee.homePhone(), lee.roadAddress(),
                lee.addressDetail(), lee.areaId(), household, lee.responsibleStaffId(), lee.livingSituation(),
                lee.vulnerabilities(), lee.riskLevel(), lee.status(), lee.closureReason(), lee.statusNote(),
                lee.statusDate(), lee.intakeDate(), lee.emergencyContact(), lee.notes(), lee.consents()),
                org.dolbom.domain.RrnChange.keep(), TestRegistry.ACTOR);

        form.open(park);

        assertThat(form.householdMembers()).extracting(org.dolbom.store.ResidentRow::name)
                .containsExactly("이순자");
    }
}
