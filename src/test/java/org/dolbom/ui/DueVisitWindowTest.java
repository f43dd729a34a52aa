package org.dolbom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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
import org.dolbom.domain.DueReason;
import org.dolbom.domain.PlanStatus;
import org.dolbom.domain.SupportPlan;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitFrequency;
import org.dolbom.domain.VisitKind;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.domain.Vitals;
import org.dolbom.ui.concurrent.BackgroundWork;
import org.dolbom.ui.due.DueListViewModel.Row;

/**
 * A week's casework as a team leader does it: the due list shows 김민수 (weekly plan, last met two weeks ago), the
 * leader opens him, records a visit from the keyboard, and the due list drops him for that reason.
 */
@ExtendWith(ApplicationExtension.class)
class DueVisitWindowTest {

    @TempDir
    Path dir;

    private Stage stage;
    private AppContext context;
    private BackgroundWork work;
    private UUID kim;

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        this.stage = stage;
        Path file = dir.resolve("dolbom.db");
        TestRegistry.Seeded seeded = TestRegistry.seedWithIds(file);
        kim = seeded.ids().get("김민수");
        AppContext seeding = seeded.context();
        seeding.plans().save(new SupportPlan(null, null, kim, null, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 1), LocalDate.of(2027, 9, 30), "주 1회 안부 확인", VisitFrequency.WEEKLY,
                LocalDate.of(2026, 12, 31), PlanStatus.ACTIVE, null, null, null, List.of()), TestRegistry.ACTOR);
        seeding.visits().save(new Visit(null, null, kim, null, LocalDate.of(2026, 11, 6).atTime(14, 0),
                VisitKind.HOME, VisitOutcome.MET, null, null, List.of(), null, null, 0), true, TestRegistry.ACTOR);
        seeding.close();
        context = AppContext.open(file, TestRegistry.CLOCK);
        work = BackgroundWork.forWindow();
        new MainWindow(stage, context, work, Settings.fileFor(file), Settings.defaults()).show();
    }

    @AfterEach
    void closeFile() {
        work.close();
        context.close();
    }

    @Test
    void aVisitRecordedFromTheDueListTakesTheResidentOffItForThatReason(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#navDue").tryQuery().isPresent());
        robot.clickOn("#navDue");
        @SuppressWarnings("unchecked")
        TableView<Row> due = robot.lookup("#dueTable").queryAs(TableView.class);
        waitUntil(() -> kimsFrequencyRow(due) != null);
        Row row = kimsFrequencyRow(due);
        assertThat(row.reason()).contains("정기 방문");
        assertThat(row.dueDate()).isEqualTo("2026. 11. 13.");
        assertThat(row.when()).isEqualTo("7일 지남");

        robot.interact(() -> {
            due.getSelectionModel().select(row);
            due.requestFocus();
        });
        robot.push(KeyCode.ENTER);
        waitUntil(() -> "김민수".equals(robot.lookup("#residentTitle").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#caseOverviewNext").queryAs(Node.class)).isNotNull();

        TabPane tabs = robot.lookup(".resident-form .tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "residentVisitsTab".equals(t.getId())).findFirst().orElseThrow()));
        robot.clickOn("#residentNewVisitButton");
        waitUntil(() -> robot.lookup("#visitSystolicField").tryQuery().isPresent()
                && !robot.lookup("#visitDateField").queryTextInputControl().getText().isEmpty());

        robot.clickOn("#visitNotesArea").write("안부 확인, 식사 잘 하심");
        robot.push(KeyCode.TAB).write("152").push(KeyCode.TAB).write("94");
        waitUntil(() -> "혈압 높음".equals(robot.lookup("#visitBloodPressureFlag").queryAs(Label.class).getText()));
        robot.push(KeyCode.SHORTCUT, KeyCode.S);
        waitUntil(() -> robot.lookup("#visitForm").tryQuery().isEmpty());

        @SuppressWarnings("unchecked")
        TableView<Visit> visits = robot.lookup("#residentVisitsTable").queryAs(TableView.class);
        waitUntil(() -> visits.getItems().size() == 2);
        assertThat(visits.getItems().getFirst().notes()).isEqualTo("안부 확인, 식사 잘 하심");
        assertThat(visits.getItems().getFirst().vitals()).isEqualTo(new Vitals(152, 94, null, null, null));

        robot.clickOn("#navDue");
        waitUntil(() -> kimsFrequencyRow(due) == null && !due.getItems().isEmpty());
        assertThat(due.getItems()).noneMatch(r -> r.item().residentId().equals(kim)
                && r.item().reason() == DueReason.VISIT_FREQUENCY);
    }

    private Row kimsFrequencyRow(TableView<Row> table) {
        return table.getItems().stream()
                .filter(r -> r.item().residentId().equals(kim) && r.item().reason() == DueReason.VISIT_FREQUENCY)
                .findFirst().orElse(null);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
