package org.dolbom.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dolbom.app.AppContext;
import org.dolbom.domain.Area;
import org.dolbom.domain.AreaKind;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.exchange.BundleReader;
import org.dolbom.exchange.Purpose;
import org.dolbom.exchange.ScopeKind;
import org.dolbom.exchange.ValidBundle;
import org.dolbom.exchange.json.RecordType;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.AnsweringDialogs;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.TestRegistry;
import org.dolbom.ui.concurrent.BackgroundWork;
import org.dolbom.ui.residents.ResidentListViewModel;
import org.dolbom.ui.exchange.ExportViewModel.Field;

class ExportViewModelTest {

    @TempDir
    Path dir;

    private AppContext context;
    private java.util.Map<String, UUID> ids;
    private final AnsweringDialogs dialogs = new AnsweringDialogs();
    private final StatusLine status = new StatusLine();
    private final AtomicInteger registryReloads = new AtomicInteger();
    private ExportViewModel vm;

    @BeforeEach
    void openFile() {
        TestRegistry.Seeded seeded = TestRegistry.seedWithIds(dir.resolve("dolbom.db"));
        context = seeded.context();
        ids = seeded.ids();
        vm = new ExportViewModel(context.bundleExport(), context.areas(), context.office(), context.clock(),
                BackgroundWork.immediate(), Messages.korean(), dialogs, status, () -> TestRegistry.ACTOR,
                registryReloads::incrementAndGet);
        vm.load();
    }

    @AfterEach
    void closeFile() {
        context.close();
    }

    @Test
    void aNewFileWithNoResidentsSaysHowToGetSomeRatherThanToPickAnotherScope(@TempDir Path other) {
        AppContext empty = AppContext.open(other.resolve("dolbom.db"), TestRegistry.CLOCK);
        try {
            empty.office().register(new org.dolbom.domain.Office("4183025000", "양평읍 맞춤형복지팀"));
            ExportViewModel fresh = new ExportViewModel(empty.bundleExport(), empty.areas(), empty.office(),
                    empty.clock(), BackgroundWork.immediate(), Messages.korean(), dialogs, status,
                    () -> TestRegistry.ACTOR, () -> { });
            fresh.load();

            assertThat(fresh.scopeSummaryProperty().get()).contains("새 대상자").contains("가져오기")
                    .doesNotContain("범위를 다시");
        } finally {
            empty.close();
        }
    }

    @Test
    void aShareWithoutLegalBasisOrConsentIsRefusedBesideTheFieldsAndWritesNothing() {
        vm.purposeProperty().set(Purpose.SHARE);
        vm.chooseTarget(dir.resolve("share.dolbom.json"));

        vm.export();

        assertThat(vm.errorProperty(Field.RECIPIENT).get())
                .isEqualTo("공유하거나 이관할 때는 받는 기관을 적으세요. 공유 대장에 남습니다.");
        assertThat(vm.errorProperty(Field.LEGAL_BASIS).get())
                .isEqualTo("공유하려면 법적 근거를 적으세요 (예: 돌봄통합지원법 제00조).");
        assertThat(vm.errorProperty(Field.CONSENT_REFERENCE).get())
                .isEqualTo("공유하려면 동의 근거를 적으세요 (예: 제3자 제공 동의서 번호).");
        assertThat(status.message()).startsWith("내보내지 않았습니다.");
        assertThat(dir.resolve("share.dolbom.json")).doesNotExist();
        assertThat(bundlesIn(dir)).isEmpty();
        assertThat(context.ledger().entries()).isEmpty();

        // Typing the basis clears its message at once; the consent still needs one.
        vm.recipientProperty().set("양평군청 통합돌봄팀");
        vm.legalBasisProperty().set("돌봄통합지원법 제00조");
        assertThat(vm.errorProperty(Field.LEGAL_BASIS).get()).isEmpty();
        vm.export();
        assertThat(vm.errorProperty(Field.CONSENT_REFERENCE).get()).isNotEmpty();
        assertThat(bundlesIn(dir)).isEmpty();
    }

    @Test
    void mismatchedPassphrasesAreRefusedAndNoFileIsWritten() {
        vm.encryptProperty().set(true);
        vm.passphraseProperty().set("봄날의햇살-2026-양평");
        vm.passphraseAgainProperty().set("봄날의햇살-2026-양펑");
        vm.chooseTarget(dir.resolve("backup"));

        vm.export();

        assertThat(vm.errorProperty(Field.PASSPHRASE_AGAIN).get())
                .isEqualTo("두 번 입력한 암호가 다릅니다. 같은 암호를 다시 입력하세요.");
        assertThat(vm.targetProperty().get().getFileName().toString()).isEqualTo("backup.dolbom");
        assertThat(bundlesIn(dir)).isEmpty();
        assertThat(context.ledger().entries()).isEmpty();
    }

    @Test
    void theStrengthHintAndTheShortPassphraseRuleFollowWhatIsTyped() {
        vm.encryptProperty().set(true);
        vm.passphraseProperty().set("1234");
        assertThat(vm.strengthTextProperty().get()).startsWith("암호 강도: 약함.");
        vm.passphraseAgainProperty().set("1234");
        vm.chooseTarget(dir.resolve("x.dolbom"));
        vm.export();
        assertThat(vm.errorProperty(Field.PASSPHRASE).get()).isEqualTo("암호는 8자 이상으로 정하세요.");

        vm.passphraseProperty().set("양평 맞춤형복지팀 2026 겨울!");
        assertThat(vm.strengthTextProperty().get()).isEqualTo("암호 강도: 강함");
        assertThat(vm.errorProperty(Field.PASSPHRASE).get()).isEmpty();
    }

    @Test
    void selectedResidentsAreExportedToAPlainBundleThatHoldsThemAndNoRrn() throws IOException {
        UUID kim = ids.get("김민수");
        UUID park = ids.get("박영희");
        vm.selectResidents(List.of(kim.toString(), park.toString(), kim.toString()));
        assertThat(vm.scopeKindProperty().get()).isEqualTo(ScopeKind.RESIDENTS);
        assertThat(vm.scopeSummaryProperty().get()).isEqualTo("대상자 2명: 김민수(1950년생), 박영희(1944년생)");
        assertThat(vm.proposedFileName()).isEqualTo("4183025000-20261120-backup.dolbom.json");
        vm.chooseTarget(dir.resolve(vm.proposedFileName()));

        vm.export();

        Path file = dir.resolve("4183025000-20261120-backup.dolbom.json");
        ValidBundle bundle = new BundleReader().validate(file, () -> null);
        assertThat(bundle.counts().get(RecordType.RESIDENTS)).isEqualTo(2L);
        assertThat(bundle.envelope().scope().values()).containsExactlyInAnyOrder(kim.toString(), park.toString());
        assertThat(bundle.envelope().rrnIncluded()).isFalse();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .doesNotContain("500101-1234567").doesNotContain("5001011234567").doesNotContain("이순자");
        assertThat(vm.outcomeProperty().get())
                .contains("대상자 2명", "4183025000-20261120-backup.dolbom.json", bundle.sha256().substring(0, 12))
                .contains("주민등록번호 미포함");
        assertThat(vm.failedProperty().get()).isFalse();
        assertThat(status.message()).contains("내보냈습니다", "주민등록번호 미포함");
        // The next export asks again where to go rather than overwrite this file.
        assertThat(vm.targetProperty().get()).isNull();
        assertThat(registryReloads).hasValue(0);
    }

    @Test
    void residentsPickedInTheRegistryBecomeTheExportScope() {
        ResidentListViewModel registry = new ResidentListViewModel(context.residents(), BackgroundWork.immediate(),
                Messages.korean(), status);
        registry.setOnExport(vm::selectResidents);
        registry.search();
        assertThat(registry.exportText().get()).isEqualTo("선택한 대상자 내보내기");

        registry.exportSelected();
        assertThat(vm.scopeKindProperty().get()).isEqualTo(ScopeKind.ALL);

        registry.selection().setAll(registry.rows().stream()
                .filter(r -> !r.name().equals("박영희")).toList());
        assertThat(registry.exportText().get()).isEqualTo("선택한 2명 내보내기");
        registry.exportSelected();

        assertThat(vm.scopeKindProperty().get()).isEqualTo(ScopeKind.RESIDENTS);
        assertThat(vm.residentIds()).containsExactlyInAnyOrder(ids.get("김민수").toString(),
                ids.get("이순자").toString());
        assertThat(vm.scopeSummaryProperty().get()).isEqualTo("대상자 2명: 김민수(1950년생), 이순자(1938년생)");
    }

    @Test
    void clearingThePickedResidentsLeavesNothingToExportAndSaysHowToPick() {
        vm.selectResidents(List.of(ids.get("김민수").toString()));
        vm.clearResidents();
        vm.chooseTarget(dir.resolve("none.dolbom.json"));

        vm.export();

        assertThat(vm.errorProperty(Field.RESIDENTS).get()).startsWith("선택한 대상자가 없습니다.");
        assertThat(bundlesIn(dir)).isEmpty();
    }

    @Test
    void aTransferIsConfirmedWithTheNumberOfResidentsAndMarksThemTransferredOut() {
        UUID kim = ids.get("김민수");
        dialogs.confirming(true);
        vm.selectResidents(List.of(kim.toString()));
        vm.purposeProperty().set(Purpose.TRANSFER);
        vm.recipientProperty().set("용문면 맞춤형복지팀");
        vm.reasonProperty().set("전입: 용문면으로 이사");
        vm.chooseTarget(dir.resolve("move.dolbom.json"));

        vm.export();

        assertThat(dialogs.questions).singleElement().asString()
                .startsWith("대상자 1명을 이관합니다.").contains("전출(이관됨)");
        assertThat(dir.resolve("move.dolbom.json")).exists();
        assertThat(context.residents().open(kim, TestRegistry.ACTOR).status()).isEqualTo(ResidentStatus.TRANSFERRED);
        assertThat(context.residents().open(ids.get("박영희"), TestRegistry.ACTOR).status())
                .isEqualTo(ResidentStatus.ACTIVE);
        assertThat(vm.outcomeProperty().get()).contains("전출 처리: 1명");
        assertThat(registryReloads).hasValue(1);
    }

    @Test
    void aTransferDeclinedInTheDialogWritesNoFileAndChangesNoResident() {
        UUID kim = ids.get("김민수");
        dialogs.confirming(false);
        vm.selectResidents(List.of(kim.toString()));
        vm.purposeProperty().set(Purpose.TRANSFER);
        vm.recipientProperty().set("용문면 맞춤형복지팀");
        vm.chooseTarget(dir.resolve("move.dolbom.json"));

        vm.export();

        assertThat(dialogs.questions).hasSize(1);
        assertThat(bundlesIn(dir)).isEmpty();
        assertThat(context.residents().open(kim, TestRegistry.ACTOR).status()).isEqualTo(ResidentStatus.ACTIVE);
        assertThat(status.message()).startsWith("이관하지 않았습니다.");
    }

    @Test
    void anAreaScopeCountsItsResidentsAndAnAreaWithoutResidentsIsRefusedInKorean() {
        context.areas().save(new Area(null, "양평읍", "백안리", AreaKind.RI, null));
        vm.load();
        vm.scopeKindProperty().set(ScopeKind.AREAS);
        assertThat(vm.scopeSummaryProperty().get()).isEqualTo("내보낼 지역을 하나 이상 고르세요.");
        assertThat(vm.areas()).extracting(ExportViewModel.AreaChoice::label)
                .containsExactlyInAnyOrder("양평읍 양근리", "양평읍 백안리");
        ExportViewModel.AreaChoice yanggeun = choice("양평읍 양근리");
        ExportViewModel.AreaChoice baegan = choice("양평읍 백안리");

        yanggeun.chosenProperty().set(true);
        assertThat(vm.scopeSummaryProperty().get()).isEqualTo("대상자 3명: 김민수(1950년생), 박영희(1944년생), 이순자(1938년생)");

        yanggeun.chosenProperty().set(false);
        baegan.chosenProperty().set(true);
        assertThat(vm.scopeSummaryProperty().get()).isEqualTo("이 범위에 대상자가 없습니다. 범위를 다시 고르세요.");
        vm.chooseTarget(dir.resolve("baegan.dolbom.json"));
        vm.export();
        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.outcomeProperty().get())
                .isEqualTo("고른 범위에 대상자가 없어 파일을 만들지 않았습니다. 범위를 다시 고르세요.");
        assertThat(bundlesIn(dir)).isEmpty();
        assertThat(context.ledger().entries()).isEmpty();
    }

    @Test
    void aChangedSinceScopeTakesNoFutureDate() {
        vm.scopeKindProperty().set(ScopeKind.CHANGED_SINCE);
        assertThat(vm.scopeSummaryProperty().get()).startsWith("날짜를 고르세요.");
        vm.sinceProperty().set(LocalDate.of(2026, 11, 21));
        vm.chooseTarget(dir.resolve("changed.dolbom.json"));
        vm.export();
        assertThat(vm.errorProperty(Field.SINCE).get()).startsWith("오늘 이후 날짜는 고를 수 없습니다.");
        assertThat(bundlesIn(dir)).isEmpty();

        // Everyone was registered today, so from today on holds all three.
        vm.sinceProperty().set(LocalDate.of(2026, 11, 20));
        assertThat(vm.scopeSummaryProperty().get()).isEqualTo("대상자 3명: 김민수(1950년생), 박영희(1944년생), 이순자(1938년생)");
    }

    private ExportViewModel.AreaChoice choice(String label) {
        return vm.areas().stream().filter(a -> a.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void anEncryptedExportGetsTheSealedNameAndSaysItCarriesRrns() {
        vm.chooseTarget(dir.resolve("all.dolbom.json"));
        vm.encryptProperty().set(true);
        assertThat(vm.targetProperty().get().getFileName().toString()).isEqualTo("all.dolbom");
        vm.passphraseProperty().set("양평 맞춤형복지팀 2026 겨울!");
        vm.passphraseAgainProperty().set("양평 맞춤형복지팀 2026 겨울!");

        vm.export();

        Path file = dir.resolve("all.dolbom");
        assertThat(BundleReader.isEncrypted(file)).isTrue();
        ValidBundle bundle = new BundleReader().validate(file, "양평 맞춤형복지팀 2026 겨울!"::toCharArray);
        assertThat(bundle.counts().get(RecordType.RESIDENTS)).isEqualTo(3L);
        assertThat(vm.outcomeProperty().get()).contains("대상자 3명", "암호화됨, 주민등록번호 포함");
        // The passphrase does not linger in the form after use.
        assertThat(vm.passphraseProperty().get()).isEmpty();
        assertThat(vm.passphraseAgainProperty().get()).isEmpty();
    }

    @Test
    void cancellingARunningExportLeavesNoFileAndNoLedgerLine() {
        Queue<Runnable> workers = new ArrayDeque<>();
        ExportViewModel slow = new ExportViewModel(context.bundleExport(), context.areas(), context.office(),
                context.clock(), BackgroundWork.on(workers::add, Runnable::run), Messages.korean(), dialogs, status,
                () -> TestRegistry.ACTOR, registryReloads::incrementAndGet);
        slow.load();
        drain(workers);
        slow.chooseTarget(dir.resolve("all.dolbom.json"));

        slow.export();
        assertThat(slow.busyProperty().get()).isTrue();
        slow.cancel();
        assertThat(status.message()).isEqualTo("내보내기를 취소하는 중입니다…");
        drain(workers);

        assertThat(slow.busyProperty().get()).isFalse();
        assertThat(slow.outcomeProperty().get()).isEqualTo("내보내기를 취소했습니다. 파일을 만들지 않았고 바뀐 것은 없습니다.");
        assertThat(bundlesIn(dir)).isEmpty();
        assertThat(context.ledger().entries()).isEmpty();
    }

    private static void drain(Queue<Runnable> workers) {
        while (!workers.isEmpty()) {
            workers.poll().run();
        }
    }

    private static List<Path> bundlesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().contains(".dolbom")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
