package org.dolbom.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.dolbom.app.AppContext;
import org.dolbom.domain.Resident;
import org.dolbom.domain.RrnChange;
import org.dolbom.exchange.MergeClass;
import org.dolbom.exchange.Scope;
import org.dolbom.exchange.Sealing;
import org.dolbom.exchange.json.RecordType;
import org.dolbom.store.HistoryEntry;
import org.dolbom.ui.exchange.ConflictsViewModel.FieldChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 용문면 shares 박순자 with 양평읍; both then change her file (용문면 her notes, 양평읍 her mobile) and 양평읍 sends
 * it back. 용문면's 충돌 정리 tab shows the two differing fields and settles them as the leader chooses.
 */
class ConflictsViewModelTest {

    private static final String OUR_NOTES = "도시락 배달 시작 (화·목)";

    @TempDir
    Path dir;

    private AppContext yongmun;
    private AppContext yangpyeong;
    private UUID parkSunja;
    private final AtomicInteger resolved = new AtomicInteger();

    @BeforeEach
    void bothOfficesChangeTheSameResident() throws IOException {
        yongmun = ImportOffices.sender(Files.createDirectories(dir.resolve("yongmun")));
        yangpyeong = ImportOffices.receiver(Files.createDirectories(dir.resolve("yangpyeong")));
        Path share = dir.resolve("share.dolbom.json");
        ImportOffices.share(yongmun, share);
        ImportViewModel there = ImportOffices.importTab(yangpyeong, () -> { });
        there.fileProperty().set(share);
        there.preview();
        there.apply();
        parkSunja = ImportOffices.residentNamed(yongmun, "박순자");

        Resident ours = yongmun.residents().open(parkSunja, ImportOffices.LEADER);
        yongmun.residents().save(ImportOffices.withNotes(ours, OUR_NOTES), RrnChange.keep(), ImportOffices.LEADER);
        Resident theirs = yangpyeong.residents().open(parkSunja, ImportOffices.LEADER);
        yangpyeong.residents().save(ImportOffices.withMobile(theirs, "010-7777-8888"), RrnChange.keep(),
                ImportOffices.LEADER);
        Path back = dir.resolve("back.dolbom.json");
        ImportOffices.export(yangpyeong, back, Scope.residents(List.of(parkSunja.toString()), "회신"),
                Sealing.none());
        ImportViewModel here = ImportOffices.importTab(yongmun, () -> { });
        here.fileProperty().set(back);
        here.preview();
        assertThat(here.countProperty(MergeClass.CONFLICT).get()).isEqualTo(1);
        assertThat(here.lines().getFirst()).as("what needs a look comes first")
                .satisfies(line -> assertThat(line.result()).isEqualTo("충돌"));
        here.apply();
        assertThat(here.conflictsWaitingProperty().get()).isTrue();
    }

    @AfterEach
    void close() {
        yongmun.close();
        yangpyeong.close();
    }

    @Test
    void theListNamesTheResidentTheSenderAndTheDayAndTheDifferingFields() {
        ConflictsViewModel vm = ImportOffices.conflictsTab(yongmun, resolved::incrementAndGet);

        vm.refresh();

        assertThat(vm.conflicts()).singleElement().satisfies(row -> {
            assertThat(row.type()).isEqualTo("대상자");
            assertThat(row.label()).isEqualTo("박순자 (1944. 5. 3.)");
            assertThat(row.from()).isEqualTo("양평읍 맞춤형복지팀 (4183025000)");
            assertThat(row.receivedOn()).isEqualTo("2026. 11. 20.");
            assertThat(row.conflict().type()).isEqualTo(RecordType.RESIDENTS);
        });
        assertThat(vm.selectedProperty().get()).as("the first conflict opens at once").isNotNull();
        assertThat(vm.headingProperty().get()).isEqualTo("대상자 박순자 (1944. 5. 3.)");
        assertThat(vm.fields()).extracting(FieldChoice::label).containsExactlyInAnyOrder("휴대전화", "메모");
        assertThat(field(vm, "phoneMobile")).satisfies(phone -> {
            assertThat(phone.ours()).isEqualTo("010-2222-3333");
            assertThat(phone.theirs()).isEqualTo("010-7777-8888");
            assertThat(phone.takeTheirsProperty().get()).as("ours stays unless the leader says otherwise")
                    .isFalse();
        });
        assertThat(field(vm, "notes")).satisfies(notes -> {
            assertThat(notes.ours()).isEqualTo(OUR_NOTES);
            assertThat(notes.theirs()).isEqualTo("(비어 있음)");
        });
    }

    @Test
    void takingTheirPhoneAndKeepingOurNotesKeepsBothEdits() {
        ConflictsViewModel vm = ImportOffices.conflictsTab(yongmun, resolved::incrementAndGet);
        vm.refresh();

        field(vm, "phoneMobile").takeTheirsProperty().set(true);
        vm.apply();

        Resident settled = yongmun.residents().open(parkSunja, ImportOffices.LEADER);
        assertThat(settled.mobilePhone().formatted()).isEqualTo("010-7777-8888");
        assertThat(settled.notes()).isEqualTo(OUR_NOTES);
        assertThat(vm.conflicts()).isEmpty();
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(vm.fields()).isEmpty();
        assertThat(vm.messageProperty().get()).contains("박순자", "정리했습니다");
        assertThat(resolved).hasValue(1);
    }

    @Test
    void allTheirsTakesEveryFieldFromTheOtherOffice() {
        ConflictsViewModel vm = ImportOffices.conflictsTab(yongmun, resolved::incrementAndGet);
        vm.refresh();

        vm.allTheirs();
        assertThat(vm.fields()).allSatisfy(f -> assertThat(f.takeTheirsProperty().get()).isTrue());
        vm.apply();

        Resident settled = yongmun.residents().open(parkSunja, ImportOffices.LEADER);
        assertThat(settled.mobilePhone().formatted()).isEqualTo("010-7777-8888");
        assertThat(settled.notes()).isNull();
        assertThat(yongmun.residents().history(parkSunja)).extracting(HistoryEntry::contentJson)
                .as("our notes are not lost").anySatisfy(content -> assertThat(content).contains(OUR_NOTES));
    }

    @Test
    void allOursKeepsThisPcsFileAndTheirsStaysInHistory() {
        ConflictsViewModel vm = ImportOffices.conflictsTab(yongmun, resolved::incrementAndGet);
        vm.refresh();
        vm.allTheirs();

        vm.allOurs();
        vm.apply();

        Resident settled = yongmun.residents().open(parkSunja, ImportOffices.LEADER);
        assertThat(settled.mobilePhone().formatted()).isEqualTo("010-2222-3333");
        assertThat(settled.notes()).isEqualTo(OUR_NOTES);
        assertThat(yongmun.residents().history(parkSunja)).extracting(HistoryEntry::contentJson)
                .anySatisfy(content -> assertThat(content).contains("01077778888"));
        assertThat(vm.conflicts()).isEmpty();
    }

    @Test
    void aConflictSettledElsewhereMeanwhileIsSaidPlainlyAndTheListIsReadAgain() {
        ConflictsViewModel vm = ImportOffices.conflictsTab(yongmun, resolved::incrementAndGet);
        vm.refresh();
        ConflictsViewModel otherWindow = ImportOffices.conflictsTab(yongmun, () -> { });
        otherWindow.refresh();
        otherWindow.apply();

        vm.apply();

        assertThat(vm.messageProperty().get()).contains("이미 정리되었습니다");
        assertThat(vm.toneProperty().get()).isEqualTo(ImportViewModel.Tone.ERROR);
        assertThat(vm.conflicts()).isEmpty();
        assertThat(resolved).hasValue(0);
    }

    @Test
    void valuesReadAsElsewhereInDolbom() {
        ConflictsViewModel vm = ImportOffices.conflictsTab(yongmun, () -> { });

        assertThat(vm.value(RecordType.RESIDENTS, "livingSituation", "ALONE")).isEqualTo("독거");
        assertThat(vm.value(RecordType.RESIDENTS, "vulnerabilities", "[DEMENTIA, NEAR_POOR]"))
                .isEqualTo("치매, 차상위");
        assertThat(vm.value(RecordType.RESIDENTS, "intakeDate", "2026-01-05")).isEqualTo("2026. 1. 5.");
        assertThat(vm.value(RecordType.PLANS, "status", "ACTIVE")).isEqualTo("진행 중");
        assertThat(vm.value(RecordType.CONSENTS, "granted", "true")).isEqualTo("예");
        assertThat(vm.fieldLabel("emergencyContactPhone")).isEqualTo("비상연락처 전화");
    }

    private static FieldChoice field(ConflictsViewModel vm, String name) {
        return vm.fields().stream().filter(f -> f.field().equals(name)).findFirst().orElseThrow();
    }
}
