package org.dolbom.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dolbom.app.AppContext;
import org.dolbom.domain.CareDomain;
import org.dolbom.domain.ServiceEntry;
import org.dolbom.domain.Staff;
import org.dolbom.domain.StaffRole;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitKind;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.AnsweringDialogs;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.TestRegistry;
import org.dolbom.ui.casefile.VisitFormViewModel.Field;
import org.dolbom.ui.concurrent.BackgroundWork;

class VisitFormViewModelTest {

    @TempDir
    Path dir;

    private AppContext context;
    private UUID kim;
    private Staff leader;
    private Staff nurse;
    private ServiceEntry nursing;
    private final AnsweringDialogs dialogs = new AnsweringDialogs();
    private final List<Visit> saved = new ArrayList<>();
    private int closed;
    private VisitFormViewModel vm;

    @BeforeEach
    void openFile() {
        TestRegistry.Seeded seeded = TestRegistry.seedWithIds(dir.resolve("dolbom.db"));
        context = seeded.context();
        kim = seeded.ids().get("김민수");
        leader = context.staff().list(false).getFirst();
        nurse = context.staff().save(new Staff(null, "이간호", StaffRole.VISITING_NURSE, null, true, 6));
        nursing = context.catalogue().save(new ServiceEntry(null, "H01", "방문간호", CareDomain.HEALTH, false));
        vm = form(leader);
    }

    private VisitFormViewModel form(Staff user) {
        VisitFormViewModel form = new VisitFormViewModel(context, BackgroundWork.immediate(), Messages.korean(),
                dialogs, new StatusLine(), () -> TestRegistry.ACTOR, () -> user);
        form.setOnSaved(saved::add);
        form.setOnClosed(() -> closed++);
        return form;
    }

    @AfterEach
    void closeFile() {
        context.close();
    }

    @Test
    void aNewVisitStartsAsTheUsualVisitSoOnlyWhatDiffersNeedsTyping() {
        vm.newVisit(VisitPrefill.forResident(kim, "김민수"));

        assertThat(vm.kindProperty().get()).isEqualTo(VisitKind.HOME);
        assertThat(vm.outcomeProperty().get()).isEqualTo(VisitOutcome.MET);
        assertThat(vm.staffProperty().get()).isEqualTo(leader);
        assertThat(vm.dateProperty().get()).isEqualTo("2026. 11. 20.");
        assertThat(vm.timeProperty().get()).isEqualTo("10:00");
        assertThat(vm.signOffProperty().get()).isTrue();
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.titleProperty().get()).contains("김민수");
    }

    @Test
    void aScheduleEntryPrefillsStaffDayAndKind() {
        vm.newVisit(new VisitPrefill(kim, "김민수", nurse.id(), LocalDate.of(2026, 11, 18), VisitKind.PHONE));

        assertThat(vm.staffProperty().get()).isEqualTo(nurse);
        assertThat(vm.dateProperty().get()).isEqualTo("2026. 11. 18.");
        assertThat(vm.timeProperty().get()).isEqualTo("09:00");
        assertThat(vm.kindProperty().get()).isEqualTo(VisitKind.PHONE);
    }

    @Test
    void savingRecordsTheVisitAndHandsBackItsId() {
        vm.newVisit(VisitPrefill.forResident(kim, "김민수"));
        vm.notesProperty().set("식사 잘 하심");
        vm.systolicProperty().set("128");
        vm.diastolicProperty().set("82");
        vm.serviceChoiceProperty().set(nursing);
        vm.addService();

        vm.save();

        assertThat(saved).hasSize(1);
        Visit visit = saved.getFirst();
        assertThat(visit.id()).isNotNull();
        assertThat(visit.isSignedOff()).isTrue();
        assertThat(closed).isEqualTo(1);
        Visit stored = context.visits().forResident(kim, 0, 10).getFirst();
        assertThat(stored.notes()).isEqualTo("식사 잘 하심");
        assertThat(stored.vitals().systolic()).isEqualTo(128);
        assertThat(stored.services()).singleElement().satisfies(s -> assertThat(s.count()).isEqualTo(1));
        assertThat(stored.visitedAt()).isEqualTo(LocalDate.of(2026, 11, 20).atTime(10, 0));
    }

    @Test
    void impossibleVitalsAreRefusedBesideTheirFieldAndNothingIsSaved() {
        vm.newVisit(VisitPrefill.forResident(kim, "김민수"));
        vm.systolicProperty().set("300");

        assertThat(vm.errorProperty(Field.SYSTOLIC).get()).contains("60~260");
        vm.diastolicProperty().set("80");
        vm.glucoseProperty().set("백이십");
        assertThat(vm.errorProperty(Field.GLUCOSE).get()).contains("숫자");

        vm.save();

        assertThat(saved).isEmpty();
        assertThat(closed).isZero();
        assertThat(vm.formErrorProperty().get()).isNotEmpty();
        assertThat(context.visits().forResident(kim, 0, 10)).isEmpty();
    }

    @Test
    void halfABloodPressureWaitsWhileTypingButIsRefusedOnSave() {
        vm.newVisit(VisitPrefill.forResident(kim, "김민수"));
        vm.systolicProperty().set("130");
        assertThat(vm.errorProperty(Field.DIASTOLIC).get()).isEmpty();

        vm.save();

        assertThat(vm.errorProperty(Field.DIASTOLIC).get()).contains("함께");
        assertThat(saved).isEmpty();
    }

    @Test
    void abnormalButPlausibleValuesAreFlaggedAndStillSaved() {
        vm.newVisit(VisitPrefill.forResident(kim, "김민수"));
        vm.systolicProperty().set("152");
        vm.diastolicProperty().set("94");
        assertThat(vm.bloodPressureFlagProperty().get()).isEqualTo("혈압 높음");

        vm.glucoseProperty().set("140");
        assertThat(vm.glucoseFlagProperty().get()).isEmpty();
        vm.fastingProperty().set(true);
        assertThat(vm.glucoseFlagProperty().get()).isEqualTo("혈당 높음");

        vm.save();
        assertThat(saved).hasSize(1);
    }

    @Test
    void weightLossIsFlaggedAgainstTheLastWeighing() {
        vm.newVisit(new VisitPrefill(kim, "김민수", null, LocalDate.of(2026, 11, 2), null));
        vm.weightProperty().set("60");
        vm.save();

        VisitFormViewModel next = form(leader);
        next.newVisit(VisitPrefill.forResident(kim, "김민수"));
        next.weightProperty().set("56.5");

        assertThat(next.weightFlagProperty().get()).contains("체중 감소").contains("60");
    }

    @Test
    void aFutureVisitOrAFollowUpWithoutADateIsRefused() {
        vm.newVisit(VisitPrefill.forResident(kim, "김민수"));
        vm.dateProperty().set("2026. 11. 21.");
        vm.followUpNoteProperty().set("병원 결과 확인");

        vm.save();

        assertThat(vm.errorProperty(Field.DATE).get()).contains("지금보다 뒤");
        assertThat(vm.errorProperty(Field.FOLLOW_UP_DUE).get()).contains("기한");
        assertThat(saved).isEmpty();
    }

    @Test
    void theSameServiceTwiceAddsToItsCount() {
        vm.newVisit(VisitPrefill.forResident(kim, "김민수"));
        vm.serviceChoiceProperty().set(nursing);
        vm.serviceCountProperty().set("2");
        vm.addService();
        vm.serviceChoiceProperty().set(nursing);
        vm.addService();

        assertThat(vm.services()).singleElement().satisfies(l -> assertThat(l.count()).isEqualTo(3));
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void correctingASignedOffVisitSaysSoAndKeepsTheOldVersion() {
        vm.newVisit(VisitPrefill.forResident(kim, "김민수"));
        vm.notesProperty().set("혈압약 복용");
        vm.save();
        UUID id = saved.getFirst().id();

        VisitFormViewModel again = form(leader);
        again.open(id, "김민수");
        assertThat(again.correctionNoticeProperty().get()).contains("정정본").contains("버전 2");
        assertThat(again.correctionProperty().get()).isTrue();
        assertThat(again.notesProperty().get()).isEqualTo("혈압약 복용");

        again.notesProperty().set("혈압약 복용 중단");
        again.save();

        Visit corrected = context.visits().find(id).orElseThrow();
        assertThat(corrected.version()).isEqualTo(2);
        assertThat(corrected.notes()).isEqualTo("혈압약 복용 중단");
        assertThat(context.visits().history(id)).anySatisfy(h -> assertThat(h.reason()).isEqualTo("correction"));
    }

    @Test
    void escapeWithUnsavedTypingAsksAndStaysWhenTheAnswerIsNo() {
        vm.newVisit(VisitPrefill.forResident(kim, "김민수"));
        vm.cancel();
        assertThat(closed).isEqualTo(1);
        assertThat(dialogs.questions).isEmpty();

        vm.newVisit(VisitPrefill.forResident(kim, "김민수"));
        vm.notesProperty().set("메모");
        dialogs.confirming(false);
        vm.cancel();

        assertThat(dialogs.questions).hasSize(1);
        assertThat(closed).isEqualTo(1);
        dialogs.confirming(true);
        vm.cancel();
        assertThat(closed).isEqualTo(2);
    }

    @Test
    void timesAreReadAsPeopleTypeThem() {
        assertThat(VisitFormViewModel.time("14:30")).hasValueSatisfying(t -> assertThat(t.getHour()).isEqualTo(14));
        assertThat(VisitFormViewModel.time("0930")).hasValueSatisfying(t -> assertThat(t.getMinute()).isEqualTo(30));
        assertThat(VisitFormViewModel.time("25:00")).isEmpty();
        assertThat(VisitFormViewModel.time("오후")).isEmpty();
    }
}
