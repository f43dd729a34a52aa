package org.dolbom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import org.dolbom.i18n.Messages;
import org.dolbom.ui.concurrent.BackgroundWork;
import org.dolbom.ui.startup.StartupViewModel;

/** The window is on screen, saying the file is opening, before the file is open; then the registry fills it. */
@ExtendWith(ApplicationExtension.class)
class WindowFirstTest {

    @TempDir
    Path dir;

    private final CountDownLatch fileMayOpen = new CountDownLatch(1);
    private Stage stage;
    private BackgroundWork work;
    private StartupViewModel startup;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        this.stage = stage;
        Path file = dir.resolve("office.db");
        TestRegistry.seed(file).close();
        work = BackgroundWork.forWindow();
        startup = new StartupViewModel(() -> {
            // A slow disk or a busy PC: the file takes its time to open.
            try {
                fileMayOpen.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return AppContext.open(file, TestRegistry.CLOCK);
        }, work, Messages.korean(), false, 0, TestRegistry.ACTOR);
        DolbomApplication.showThenOpen(stage, startup, work, Settings.fileFor(file), Settings.defaults(), false, null,
                () -> { });
    }

    @AfterEach
    void closeFile() {
        fileMayOpen.countDown();
        work.close();
        startup.closeFile();
    }

    @Test
    void theWindowShowsWhileTheFileOpensThenTheRegistryShowsItsRows(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(robot.lookup("#startupMessage").queryAs(Label.class).getText())
                .isEqualTo("데이터 파일을 여는 중입니다…");
        assertThat(robot.lookup("#residentTable").tryQuery()).isEmpty();

        fileMayOpen.countDown();

        waitUntil(() -> robot.lookup("#residentTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#residentTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 3);
        assertThat(stage.getScene().lookup("#startupPane")).isNull();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
