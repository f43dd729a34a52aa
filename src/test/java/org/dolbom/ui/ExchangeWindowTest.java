package org.dolbom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.dolbom.app.AppContext;
import org.dolbom.app.Settings;
import org.dolbom.domain.Area;
import org.dolbom.domain.AreaKind;
import org.dolbom.domain.Office;
import org.dolbom.domain.RrnChange;
import org.dolbom.domain.Sex;
import org.dolbom.domain.Staff;
import org.dolbom.domain.StaffRole;
import org.dolbom.exchange.Progress;
import org.dolbom.exchange.Purpose;
import org.dolbom.exchange.Receipt;
import org.dolbom.exchange.Scope;
import org.dolbom.exchange.Sealing;
import org.dolbom.store.BundleExport;
import org.dolbom.store.ResidentRow;
import org.dolbom.ui.concurrent.BackgroundWork;
import org.dolbom.ui.exchange.ImportViewModel;

/**
 * 용문면 sends 박순자's case; at 양평읍 the leader opens 가져오기/내보내기, previews the file, imports it, and finds
 * 박순자 in the registry.
 */
@ExtendWith(ApplicationExtension.class)
class ExchangeWindowTest {

    @TempDir
    Path dir;

    private Path bundle;
    private long records;
    private AppContext context;
    private BackgroundWork work;

    @Start
    void start(Stage stage) throws IOException {
        Platform.setImplicitExit(false);
        Path file = dir.resolve("dolbom.db");
        TestRegistry.seed(file).close();
        bundle = dir.resolve("yongmun-share.dolbom.json");
        records = sendFromYongmun(Files.createDirectories(dir.resolve("yongmun")), bundle);
        context = AppContext.open(file, TestRegistry.CLOCK);
        work = BackgroundWork.forWindow();
        new MainWindow(stage, context, work, Settings.fileFor(file), Settings.defaults()).show();
    }

    /** Another office's own data file with 박순자 in it, shared whole. */
    private static long sendFromYongmun(Path folder, Path target) {
        try (AppContext yongmun = AppContext.open(folder.resolve("yongmun.db"), TestRegistry.CLOCK)) {
            yongmun.office().register(new Office("4183032000", "용문면 맞춤형복지팀"));
            Staff leader = yongmun.staff().save(new Staff(null, "이팀장", StaffRole.TEAM_LEADER, null, true, 8));
            Area village = yongmun.areas().save(new Area(null, "용문면", "다문리", AreaKind.RI, leader.id()));
            yongmun.residents().save(TestRegistry.resident("박순자", LocalDate.of(1944, 5, 3), Sex.F,
                    "010-2222-3333", village), RrnChange.keep(), TestRegistry.ACTOR);
            BundleExport.Result sent = yongmun.bundleExport().export(new BundleExport.Request(
                    Scope.all("시군구 통합돌봄 공유"), Purpose.SHARE, "돌봄통합지원법 제00조", "동의서 2026-118",
                    Sealing.none()), target, TestRegistry.ACTOR, Progress.NONE, () -> false);
            return sent.bundle().totalRecords();
        }
    }

    @AfterEach
    void closeFile() {
        work.close();
        context.close();
    }

    @Test
    void aBundleFromAnotherOfficeIsPreviewedImportedAndItsResidentIsInTheRegistry(FxRobot robot)
            throws TimeoutException {
        waitUntil(() -> robot.lookup("#navExchange").tryQuery().isPresent());
        robot.clickOn("#navExchange");
        robot.clickOn("#exchangeImportTab");
        waitUntil(() -> robot.lookup("#importFileField").tryQuery().isPresent());
        assertThat(robot.lookup("#importApplyButton").queryAs(Button.class).isDisabled())
                .as("nothing to import before a preview").isTrue();

        robot.clickOn("#importFileField").write(bundle.toString()).push(KeyCode.ENTER);
        robot.clickOn("#importPreviewButton");
        waitUntil(() -> text(robot, "#importCountNew").equals(String.valueOf(records)));

        assertThat(text(robot, "#importSender")).isEqualTo("용문면 맞춤형복지팀 (4183032000)");
        assertThat(text(robot, "#importCreated")).isEqualTo("2026. 11. 20.");
        assertThat(text(robot, "#importCountConflict")).isEqualTo("0");
        assertThat(text(robot, "#importCountRefused")).isEqualTo("0");
        @SuppressWarnings("unchecked")
        TableView<ImportViewModel.PreviewLine> lines = robot.lookup("#importLines").queryAs(TableView.class);
        assertThat(lines.getItems()).as("every resident has a line").singleElement()
                .satisfies(line -> assertThat(line.label()).isEqualTo("박순자 (1944. 5. 3.)"));

        robot.clickOn("#importApplyButton");
        waitUntil(() -> text(robot, "#importMessage").contains("가져왔습니다"));
        assertThat(text(robot, "#importMessage")).contains(Receipt.besides(bundle).toString());
        assertThat(Receipt.besides(bundle)).exists();

        robot.clickOn("#navResidents");
        @SuppressWarnings("unchecked")
        TableView<ResidentRow> registry = robot.lookup("#residentTable").queryAs(TableView.class);
        waitUntil(() -> registry.getItems().size() == 4);
        robot.clickOn("#residentSearchField").write("박순자");
        waitUntil(() -> registry.getItems().size() == 1 && registry.getItems().getFirst().name().equals("박순자"));
        assertThat(registry.getItems().getFirst().birthDate()).isEqualTo(LocalDate.of(1944, 5, 3));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
