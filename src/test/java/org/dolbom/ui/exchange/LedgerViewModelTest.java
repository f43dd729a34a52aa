package org.dolbom.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dolbom.app.AppContext;
import org.dolbom.domain.Office;
import org.dolbom.exchange.Progress;
import org.dolbom.exchange.Purpose;
import org.dolbom.exchange.Receipt;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.AnsweringDialogs;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.TestRegistry;
import org.dolbom.ui.concurrent.BackgroundWork;
import org.dolbom.ui.exchange.LedgerViewModel.Line;

class LedgerViewModelTest {

    private static final String ZERO_SHA = "0".repeat(64);

    @TempDir
    Path dir;

    private AppContext sender;
    private java.util.Map<String, java.util.UUID> ids;
    private final StatusLine status = new StatusLine();
    private LedgerViewModel ledger;

    @BeforeEach
    void openFile() throws IOException {
        Files.createDirectories(dir.resolve("sender"));
        TestRegistry.Seeded seeded = TestRegistry.seedWithIds(dir.resolve("sender").resolve("dolbom.db"));
        sender = seeded.context();
        ids = seeded.ids();
        ledger = new LedgerViewModel(sender.ledger(), TestRegistry.CLOCK.getZone(), BackgroundWork.immediate(),
                Messages.korean(), status);
    }

    @AfterEach
    void closeFile() {
        sender.close();
    }

    @Test
    void anEmptyLedgerSaysSo() {
        ledger.refresh();

        assertThat(ledger.lines()).isEmpty();
        assertThat(ledger.countTextProperty().get()).isEqualTo("공유 대장 0건");
    }

    @Test
    void aShareShowsAsSentAndWaitingThenAsReceivedOnceTheOtherOfficesReceiptComesBack() throws IOException {
        Path bundle = dir.resolve("share.dolbom.json");
        share(bundle);

        ledger.refresh();

        assertThat(ledger.lines()).singleElement().satisfies(line -> {
            assertThat(line.direction()).isEqualTo("보냄");
            // 2026-11-20 01:00 UTC is 10:00 in Seoul.
            assertThat(line.at()).isEqualTo("2026. 11. 20. 10:00");
            assertThat(line.counterpart()).isEqualTo("용문면 맞춤형복지팀");
            assertThat(line.purpose()).isEqualTo("공유");
            assertThat(line.legalBasis()).isEqualTo("돌봄통합지원법 제00조");
            assertThat(line.consentReference()).isEqualTo("동의서 2026-118");
            assertThat(line.records()).endsWith("건");
            assertThat(line.shortSha256()).hasSize(12);
            assertThat(line.sha256()).startsWith(line.shortSha256());
            assertThat(line.acknowledged()).isEqualTo("확인 대기");
            assertThat(line.waiting()).isTrue();
        });
        assertThat(ledger.countTextProperty().get()).isEqualTo("공유 대장 1건");

        // The other office imports the bundle and sends its receipt back.
        Path receipt = dir.resolve("share.receipt.json");
        Files.createDirectories(dir.resolve("receiver"));
        try (AppContext receiver = AppContext.open(dir.resolve("receiver").resolve("dolbom.db"), TestRegistry.CLOCK)) {
            receiver.office().register(new Office("4183031000", "용문면 맞춤형복지팀"));
            receiver.bundleImport().apply(bundle, () -> null, TestRegistry.ACTOR, receipt, Progress.NONE,
                    () -> false);
        }

        ledger.importReceipt(receipt);

        Line line = ledger.lines().getFirst();
        assertThat(line.acknowledged()).isEqualTo("2026. 11. 20. 10:00");
        assertThat(line.waiting()).isFalse();
        assertThat(line.counterpart()).isEqualTo("4183031000 용문면 맞춤형복지팀");
        assertThat(ledger.messageProperty().get()).startsWith("용문면 맞춤형복지팀(4183031000)에서 파일(SHA-256 "
                + line.shortSha256() + "…)을 받았다고 확인했습니다.");
        assertThat(ledger.failedProperty().get()).isFalse();
        assertThat(status.message()).isEqualTo(ledger.messageProperty().get());

        ledger.importReceipt(receipt);
        assertThat(ledger.messageProperty().get()).contains("이미 공유 대장에 표시되어 있습니다");
    }

    @Test
    void aReceiptForABundleThisOfficeNeverSentIsRefusedAndChangesNothing() {
        Path receipt = dir.resolve("stranger.receipt.json");
        Receipt.of(ZERO_SHA, "4183099000", "4183031000", "용문면 맞춤형복지팀", Instant.parse("2026-11-21T00:00:00Z"),
                Map.of()).write(receipt);

        ledger.importReceipt(receipt);

        assertThat(ledger.failedProperty().get()).isTrue();
        assertThat(ledger.messageProperty().get()).isEqualTo("용문면 맞춤형복지팀에서 온 수신 확인서지만, 이 PC에서 보낸 기록이 "
                + "공유 대장에 없습니다. 다른 PC에서 보낸 파일인지 확인하세요.");
        assertThat(sender.ledger().entries()).isEmpty();
    }

    @Test
    void aFileThatIsNotAReceiptIsRefusedInKorean() throws IOException {
        Path notReceipt = dir.resolve("notes.json");
        Files.writeString(notReceipt, "{\"hello\": 1}");

        ledger.importReceipt(notReceipt);

        assertThat(ledger.failedProperty().get()).isTrue();
        assertThat(ledger.messageProperty().get())
                .isEqualTo("수신 확인서 notes.json을(를) 읽지 못했습니다. 손상되었거나 돌봄이 만든 확인서가 아닙니다.");
        assertThat(ledger.busyProperty().get()).isFalse();
    }

    /** Shares 김민수 through the export tab, as the team leader would. */
    private void share(Path bundle) {
        ExportViewModel export = new ExportViewModel(sender.bundleExport(), sender.areas(), sender.office(),
                sender.clock(), BackgroundWork.immediate(), Messages.korean(), new AnsweringDialogs(), status,
                () -> TestRegistry.ACTOR, () -> { });
        export.load();
        export.selectResidents(List.of(ids.get("김민수").toString()));
        export.purposeProperty().set(Purpose.SHARE);
        export.recipientProperty().set("용문면 맞춤형복지팀");
        export.legalBasisProperty().set("돌봄통합지원법 제00조");
        export.consentReferenceProperty().set("동의서 2026-118");
        export.chooseTarget(bundle);
        export.export();
        assertThat(bundle).exists();
    }
}
