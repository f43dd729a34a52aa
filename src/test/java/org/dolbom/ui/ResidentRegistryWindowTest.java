package org.dolbom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

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
import org.dolbom.store.ResidentRow;
import org.dolbom.ui.concurrent.BackgroundWork;

/** The registry as a team leader uses it: find by 초성, open, change the phone, save, and find it after a restart. */
@ExtendWith(ApplicationExtension.class)
class ResidentRegistryWindowTest {

    @TempDir
    Path dir;

    private Path file;
    private Stage stage;
    private AppContext context;
    private BackgroundWork work;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        this.stage = stage;
        this.file = dir.resolve("dolbom.db");
        TestRegistry.seed(file).close();
        openWindow();
    }

    private void openWindow() {
        context = AppContext.open(file, TestRegistry.CLOCK);
        work = BackgroundWork.forWindow();
        new MainWindow(stage, context, work, Settings.fileFor(file), Settings.defaults()).show();
    }

    @AfterEach
    void closeFile() {
        if (context != null) {
            work.close();
            context.close();
        }
    }

    @Test
    void ctrlNOnAFreshWindowPutsTheCursorInTheNewResidentsName(FxRobot robot) throws TimeoutException {
        robot.push(KeyCode.SHORTCUT, KeyCode.N);

        waitUntil(() -> robot.lookup("#residentNameField").tryQueryAs(TextField.class)
                .map(TextField::isFocused).orElse(false));
        robot.write("한가람");
        assertThat(robot.lookup("#residentNameField").queryAs(TextField.class).getText()).isEqualTo("한가람");
    }

    @Test
    void aPhoneChangedInTheFileIsThereAfterARestart(FxRobot robot) throws TimeoutException {
        findAndOpenKimMinsu(robot);
        TextField mobile = robot.lookup("#residentMobileField").queryAs(TextField.class);
        assertThat(mobile.getText()).isEqualTo("010-1234-5678");

        robot.clickOn(mobile).push(KeyCode.SHORTCUT, KeyCode.A).write("010-9876-5432");
        robot.clickOn("#residentSaveButton");
        waitUntil(() -> robot.lookup("#statusMessage").queryAs(Label.class).getText().contains("저장"));

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(stage.isShowing()).isFalse();
        work.close();
        context.close();
        context = null;
        robot.interact(this::openWindow);

        findAndOpenKimMinsu(robot);
        assertThat(robot.lookup("#residentMobileField").queryAs(TextField.class).getText())
                .isEqualTo("010-9876-5432");
    }

    @Test
    void enterInTheSearchBoxOpensTheFirstMatchAndAnOldMessageGoesWithTheScreen(FxRobot robot)
            throws TimeoutException {
        waitUntil(() -> robot.lookup("#residentSearchField").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<ResidentRow> table = robot.lookup("#residentTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 3);

        // Typed and Enter at once, before the list has caught up with the typing: the first Enter opens her.
        robot.clickOn("#residentSearchField").write("ㅂㅇㅎ").push(KeyCode.ENTER);
        waitUntil(() -> "박영희".equals(robot.lookup("#residentNameField").queryAs(TextField.class).getText()));

        robot.clickOn("#residentSaveButton");
        waitUntil(() -> robot.lookup("#statusMessage").queryAs(Label.class).getText().contains("저장"));

        robot.clickOn("#navExchange");
        waitUntil(() -> robot.lookup("#exchangeTitle").tryQuery().isPresent());
        assertThat(robot.lookup("#exchangeTitle").queryAs(Label.class).getText()).isEqualTo("가져오기/내보내기");
        assertThat(robot.lookup("#statusMessage").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void theDividerIsWhereThePersonLeftItAfterARestart(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#residentsScreen").tryQuery().isPresent());
        SplitPane split = robot.lookup("#residentsScreen").queryAs(SplitPane.class);
        robot.interact(() -> split.setDividerPositions(0.45));
        waitUntil(() -> Settings.load(Settings.fileFor(file)).residentsDivider()
                != Settings.DEFAULT_RESIDENTS_DIVIDER);
        double left = split.getDividerPositions()[0];
        assertThat(left).isCloseTo(0.45, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Settings.DEFAULT_RESIDENTS_DIVIDER).isNotCloseTo(0.45, org.assertj.core.data.Offset.offset(0.05));

        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        work.close();
        context.close();
        context = null;
        robot.interact(() -> {
            context = AppContext.open(file, TestRegistry.CLOCK);
            work = BackgroundWork.forWindow();
            new MainWindow(stage, context, work, Settings.fileFor(file), Settings.load(Settings.fileFor(file)))
                    .show();
        });

        waitUntil(() -> robot.lookup("#residentsScreen").tryQuery().isPresent());
        SplitPane again = robot.lookup("#residentsScreen").queryAs(SplitPane.class);
        assertThat(again.getDividerPositions()[0]).isCloseTo(left, org.assertj.core.data.Offset.offset(0.01));
    }

    private void findAndOpenKimMinsu(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#residentSearchField").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<ResidentRow> table = robot.lookup("#residentTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 3);

        robot.clickOn("#residentSearchField").write("ㄱㅁㅅ");
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().getFirst().name().equals("김민수"));

        robot.push(KeyCode.DOWN).push(KeyCode.ENTER);
        waitUntil(() -> "김민수".equals(robot.lookup("#residentNameField").queryAs(TextField.class).getText()));
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
