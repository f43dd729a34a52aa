package org.dolbom.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.dolbom.app.AppContext;
import org.dolbom.domain.RrnChange;
import org.dolbom.domain.Sex;
import org.dolbom.exchange.MergeClass;
import org.dolbom.exchange.Receipt;
import org.dolbom.exchange.Scope;
import org.dolbom.exchange.Sealing;
import org.dolbom.store.BundleExport;
import org.dolbom.ui.TestRegistry;
import org.dolbom.ui.concurrent.BackgroundWork;
import org.dolbom.ui.exchange.ImportViewModel.PreviewLine;
import org.dolbom.ui.exchange.ImportViewModel.Tone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 가져오기 tab as a team leader uses it: a bundle from 용문면 previewed and imported at 양평읍. */
class ImportViewModelTest {

    @TempDir
    Path dir;

    private AppContext yongmun;
    private AppContext yangpyeong;
    private Path bundle;
    private BundleExport.Result sent;
    private final AtomicInteger imported = new AtomicInteger();

    @BeforeEach
    void twoOffices() throws IOException {
        yongmun = ImportOffices.sender(Files.createDirectories(dir.resolve("yongmun")));
        yangpyeong = ImportOffices.receiver(Files.createDirectories(dir.resolve("yangpyeong")));
        bundle = dir.resolve("용문면-공유.dolbom.json");
        sent = ImportOffices.share(yongmun, bundle);
    }

    @AfterEach
    void close() {
        yongmun.close();
        yangpyeong.close();
    }

    @Test
    void aPreviewShowsTheSenderAndTheCountsAndWritesNothing() {
        String before = ImportOffices.everything(yangpyeong);
        ImportViewModel vm = ImportOffices.importTab(yangpyeong, imported::incrementAndGet);

        vm.fileProperty().set(bundle);
        vm.preview();

        ImportViewModel.EnvelopeFacts envelope = vm.envelopeProperty().get();
        assertThat(envelope.sender()).isEqualTo("용문면 맞춤형복지팀 (4183032000)");
        assertThat(envelope.createdOn()).isEqualTo("2026. 11. 20.");
        assertThat(envelope.purpose()).isEqualTo("공유");
        assertThat(envelope.scope()).isEqualTo("전체: 시군구 통합돌봄 공유");
        assertThat(envelope.legalBasis()).isEqualTo(ImportOffices.LEGAL_BASIS);
        assertThat(envelope.consentReference()).isEqualTo(ImportOffices.CONSENT);
        assertThat(envelope.encryption()).isEqualTo("암호화하지 않은 파일");
        assertThat(envelope.rrn()).isEqualTo("들어 있지 않음");
        assertThat(vm.countProperty(MergeClass.NEW).get()).isEqualTo(sent.bundle().totalRecords());
        assertThat(vm.countProperty(MergeClass.UNCHANGED).get()).isZero();
        assertThat(vm.countProperty(MergeClass.CONFLICT).get()).isZero();
        assertThat(vm.countProperty(MergeClass.REFUSED).get()).isZero();
        assertThat(vm.lines()).filteredOn(line -> line.label().contains("박순자"))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.type()).isEqualTo("대상자");
                    assertThat(line.label()).isEqualTo("박순자 (1944. 5. 3.)");
                    assertThat(line.result()).isEqualTo("새 기록");
                });
        assertThat(vm.typeCounts()).extracting(ImportViewModel.TypeCounts::type)
                .startsWith("직원", "지역").contains("대상자");
        assertThat(vm.typeCounts()).filteredOn(counts -> counts.type().equals("대상자")).singleElement()
                .satisfies(residents -> assertThat(residents.count(MergeClass.NEW)).isEqualTo(3));
        assertThat(vm.messageProperty().get()).contains("아직 아무것도 바뀌지 않았습니다");
        assertThat(vm.canApplyBinding().get()).isTrue();

        assertThat(ImportOffices.everything(yangpyeong)).isEqualTo(before);
        assertThat(ImportOffices.residentsNamed(yangpyeong, "박순자")).isZero();
        assertThat(Receipt.besides(bundle)).doesNotExist();
        assertThat(imported).hasValue(0);
    }

    @Test
    void theLinesCanBeNarrowedToOneResult() {
        ImportViewModel vm = ImportOffices.importTab(yangpyeong, imported::incrementAndGet);
        vm.fileProperty().set(bundle);
        vm.preview();
        int all = vm.lines().size();

        vm.lineFilterProperty().set(MergeClass.CONFLICT);
        assertThat(vm.lines()).isEmpty();

        vm.lineFilterProperty().set(MergeClass.NEW);
        assertThat(vm.lines()).hasSize(all).extracting(PreviewLine::result).containsOnly("새 기록");
    }

    @Test
    void applyingImportsWritesTheReceiptAndASecondPreviewFindsNothingNew() {
        ImportViewModel vm = ImportOffices.importTab(yangpyeong, imported::incrementAndGet);
        vm.fileProperty().set(bundle);
        vm.preview();

        vm.apply();

        assertThat(ImportOffices.residentsNamed(yangpyeong, "박순자")).isEqualTo(1);
        assertThat(ImportOffices.residentsNamed(yangpyeong, "한말순")).isEqualTo(1);
        assertThat(imported).hasValue(1);
        assertThat(vm.appliedProperty().get()).isTrue();
        assertThat(vm.countProperty(MergeClass.NEW).get()).isEqualTo(sent.bundle().totalRecords());
        assertThat(vm.toneProperty().get()).isEqualTo(Tone.SUCCESS);
        Path receipt = Receipt.besides(bundle);
        assertThat(receipt).exists();
        assertThat(Receipt.read(receipt).bundleSha256()).isEqualTo(sent.bundle().sha256());
        assertThat(vm.messageProperty().get()).contains("가져왔습니다", receipt.toString());
        assertThat(vm.canApplyBinding().get()).as("the same file is not imported twice by one click too many")
                .isFalse();

        vm.preview();

        assertThat(vm.countProperty(MergeClass.NEW).get()).isZero();
        assertThat(vm.countProperty(MergeClass.UNCHANGED).get()).isEqualTo(sent.bundle().totalRecords());
        assertThat(vm.messageProperty().get()).contains("모두 이미 이 PC에 있습니다");
    }

    @Test
    void aTamperedFileShowsTheRefusalInKoreanAndChangesNothing() throws IOException {
        tamper(bundle);
        String before = ImportOffices.everything(yangpyeong);
        ImportViewModel vm = ImportOffices.importTab(yangpyeong, imported::incrementAndGet);

        vm.fileProperty().set(bundle);
        vm.preview();

        assertThat(vm.toneProperty().get()).isEqualTo(Tone.ERROR);
        assertThat(vm.messageProperty().get()).contains("가져오기 실패", "SHA-256 불일치",
                "이 PC의 자료는 바뀌지 않았습니다");
        assertThat(vm.envelopeProperty().get()).isNull();
        assertThat(vm.canApplyBinding().get()).isFalse();
        assertThat(ImportOffices.everything(yangpyeong)).isEqualTo(before);
    }

    @Test
    void aFileDamagedAfterItsPreviewIsRefusedOnImportAndChangesNothing() throws IOException {
        ImportViewModel vm = ImportOffices.importTab(yangpyeong, imported::incrementAndGet);
        vm.fileProperty().set(bundle);
        vm.preview();
        tamper(bundle);
        String before = ImportOffices.everything(yangpyeong);

        vm.apply();

        assertThat(vm.messageProperty().get()).contains("SHA-256 불일치", "바뀌지 않았습니다");
        assertThat(ImportOffices.everything(yangpyeong)).isEqualTo(before);
        assertThat(ImportOffices.residentsNamed(yangpyeong, "박순자")).isZero();
        assertThat(imported).hasValue(0);
        assertThat(Receipt.besides(bundle)).doesNotExist();
    }

    @Test
    void choosingAnotherFileAfterThePreviewAsksForANewPreviewFirst() throws IOException {
        ImportViewModel vm = ImportOffices.importTab(yangpyeong, imported::incrementAndGet);
        vm.fileProperty().set(bundle);
        vm.preview();
        Path other = dir.resolve("other.dolbom.json");
        Files.copy(bundle, other);

        vm.fileProperty().set(other);

        assertThat(vm.canApplyBinding().get()).isFalse();
        assertThat(vm.envelopeProperty().get()).isNull();
        vm.apply();
        assertThat(ImportOffices.residentsNamed(yangpyeong, "박순자")).isZero();
    }

    @Test
    void aWrongPassphraseIsSaidPlainlyAndTheFieldIsKeptForAnotherTry() {
        Path sealed = dir.resolve("용문면-공유.dolbom");
        ImportOffices.export(yongmun, sealed, Scope.all(null),
                Sealing.withPassphrase("다문리-2026!".toCharArray(), 100_000));
        ImportViewModel vm = ImportOffices.importTab(yangpyeong, imported::incrementAndGet);

        vm.fileProperty().set(sealed);
        assertThat(vm.encryptedProperty().get()).as("the passphrase field shows").isTrue();
        vm.passphraseProperty().set("다문리-2025!");
        vm.preview();

        assertThat(vm.toneProperty().get()).isEqualTo(Tone.ERROR);
        assertThat(vm.messageProperty().get()).contains("암호가 맞지 않습니다");
        assertThat(vm.passphraseProperty().get()).isEqualTo("다문리-2025!");
        assertThat(vm.canApplyBinding().get()).isFalse();

        vm.passphraseProperty().set("다문리-2026!");
        vm.preview();

        assertThat(vm.envelopeProperty().get().encryption()).isEqualTo("암호화된 파일");
        assertThat(vm.countProperty(MergeClass.NEW).get()).isPositive();
        vm.apply();
        assertThat(ImportOffices.residentsNamed(yangpyeong, "박순자")).isEqualTo(1);
        assertThat(vm.passphraseProperty().get()).as("not kept once it served").isEmpty();
    }

    @Test
    void aResidentWhoMayAlreadyBeHereIsShownSideBySideAndCanBeLinked() {
        UUID ours = yangpyeong.residents().save(TestRegistry.resident("박순자", LocalDate.of(1944, 5, 3), Sex.F,
                "010-2222-3333", null), RrnChange.keep(), ImportOffices.LEADER).id();
        ImportViewModel vm = ImportOffices.importTab(yangpyeong, imported::incrementAndGet);
        vm.fileProperty().set(bundle);

        vm.preview();

        assertThat(vm.duplicates()).singleElement().satisfies(duplicate -> {
            assertThat(duplicate.incoming()).isEqualTo("박순자 · 1944. 5. 3. · 010-****-3333");
            assertThat(duplicate.local()).isEqualTo("박순자 · 1944. 5. 3. · 010-****-3333");
            assertThat(duplicate.reason()).isEqualTo("이름·생년월일·전화번호가 같음");
            assertThat(duplicate.localId()).isEqualTo(ours.toString());
        });
        assertThat(vm.links()).as("nobody is linked until the person says so").isEmpty();

        vm.duplicates().getFirst().linkProperty().set(true);

        assertThat(vm.links()).containsExactly(Map.entry(vm.duplicates().getFirst().incomingId(),
                ours.toString()));

        vm.apply();

        assertThat(ImportOffices.residentsNamed(yangpyeong, "박순자")).as("linked, not added twice").isEqualTo(1);
        assertThat(ImportOffices.residentsNamed(yangpyeong, "최영수")).isEqualTo(1);
        assertThat(vm.lines()).filteredOn(line -> line.label().startsWith("박순자")).singleElement()
                .satisfies(line -> assertThat(line.reason())
                        .isEqualTo("이 PC의 대상자 박순자 (1944. 5. 3.)와(과) 같은 사람으로 연결됨"));
    }

    @Test
    void previewingWithoutAFileSaysWhatToDo() {
        ImportViewModel vm = ImportOffices.importTab(yangpyeong, imported::incrementAndGet);

        vm.preview();

        assertThat(vm.messageProperty().get()).isEqualTo("가져올 파일을 먼저 고르세요.");
    }

    @Test
    void aCancelledImportChangesNothingAndThePreviewStillStands() {
        Queue<Runnable> background = new ArrayDeque<>();
        ImportViewModel vm = ImportOffices.importTab(yangpyeong, BackgroundWork.on(background::add, Runnable::run),
                imported::incrementAndGet);
        vm.fileProperty().set(bundle);
        runAll(background);
        vm.preview();
        runAll(background);
        String before = ImportOffices.everything(yangpyeong);

        vm.apply();
        assertThat(vm.busyProperty().get()).isTrue();
        vm.cancel();
        runAll(background);

        assertThat(vm.messageProperty().get()).isEqualTo("취소했습니다. 이 PC의 자료는 바뀌지 않았습니다.");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(ImportOffices.everything(yangpyeong)).isEqualTo(before);
        assertThat(imported).hasValue(0);
        assertThat(vm.canApplyBinding().get()).isTrue();
    }

    private static void runAll(Queue<Runnable> background) {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    /** One name changed inside the records: the file still parses, but its checksum no longer holds. */
    private static void tamper(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("한말순");
        Files.writeString(file, text.replace("한말순", "한말숙"), StandardCharsets.UTF_8);
    }
}
