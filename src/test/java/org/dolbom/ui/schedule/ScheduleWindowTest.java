package org.dolbom.ui.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dolbom.app.schedule.SmallTownship;
import org.dolbom.app.schedule.WeekSchedule;
import org.dolbom.i18n.Messages;
import org.dolbom.schedule.KoreanHolidays;
import org.dolbom.schedule.PlannedVisit;
import org.dolbom.store.ScheduleEntry;
import org.dolbom.ui.AnsweringDialogs;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.concurrent.BackgroundWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Friday afternoon: the leader plans next week, moves one visit a day later by keyboard, saves and prints to PDF. */
@ExtendWith(ApplicationExtension.class)
class ScheduleWindowTest {

    @TempDir
    Path dir;

    private SmallTownship town;
    private BackgroundWork work;
    private ScheduleViewModel vm;
    private final AnsweringDialogs dialogs = new AnsweringDialogs();

    @Start
    void start(Stage stage) {
        Platform.setImplicitExit(false);
        town = SmallTownship.in(dir, 3);
        work = BackgroundWork.forWindow();
        VisitForms noForm = (residentId, name, staffId, date, onSaved) -> { };
        vm = new ScheduleViewModel(new WeekSchedule(town.context, KoreanHolidays.shipped()),
                town.context.schedule(), town.context.residents(), work, Messages.korean(), dialogs,
                new StatusLine(), () -> SmallTownship.LEADER, noForm, LocalDate.now(SmallTownship.CLOCK));
        vm.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new ScheduleView(vm, Messages.korean(), () -> { }).build(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void closeFile() {
        work.close();
        town.context.close();
    }

    @Test
    void planMoveSaveAndSaveThePdf(FxRobot robot) throws Exception {
        robot.clickOn("#scheduleNextWeek");
        waitUntil(() -> robot.lookup("#scheduleWeekLabel").queryAs(Label.class).getText().contains("11월 4주"));

        robot.clickOn("#schedulePlan");
        waitUntil(() -> vm.planProperty().get().visits().size() == 6);

        UUID resident = town.residentIds().getFirst();
        PlannedVisit before = vm.planProperty().get().visitOf(resident).orElseThrow();
        robot.clickOn("#entry-" + resident);
        robot.press(KeyCode.ALT).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.ALT);
        waitUntil(() -> !vm.planProperty().get().visitOf(resident).orElseThrow().date().equals(before.date()));
        LocalDate movedTo = vm.planProperty().get().visitOf(resident).orElseThrow().date();
        assertThat(movedTo).isEqualTo(before.date().plusDays(1));

        robot.clickOn("#scheduleSave");
        waitUntil(() -> !vm.dirtyProperty().get() && !vm.busyProperty().get());
        List<ScheduleEntry> saved = town.context.schedule().between(SmallTownship.NEXT_WEEK.monday(),
                SmallTownship.NEXT_WEEK.monday().plusDays(6));
        assertThat(saved).hasSize(6);
        assertThat(saved).filteredOn(e -> e.residentId().equals(resident)).singleElement()
                .extracting(ScheduleEntry::date).isEqualTo(movedTo);

        Path pdf = dir.resolve("sheets").resolve("w48.pdf");
        robot.interact(() -> vm.savePdf(pdf));
        waitUntil(() -> Files.exists(pdf) && !vm.busyProperty().get());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains(town.residentNames().toArray(String[]::new));
        }
        assertThat(dialogs.errors).isEmpty();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
