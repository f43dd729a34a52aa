package org.dolbom.ui.schedule;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import org.dolbom.i18n.Messages;
import org.dolbom.schedule.NotPlaced;
import org.dolbom.schedule.Week;
import org.dolbom.store.ResidentRow;

/**
 * 일정: the week bar, the staff × day grid, the selected visit's actions and resident search on the right, and the
 * 미편성 list below. Visits move by drag and drop, by Alt+←/→ (day) and Alt+Shift+↑/↓ (staff), or through "이동…".
 */
public final class ScheduleView {

    private static final String DRAG_PREFIX = "dolbom-resident:";

    private final ScheduleViewModel vm;
    private final Messages messages;
    private final Runnable thisWeek;
    private final GridPane grid = new GridPane();
    private final DateTimeFormatter dayFormat;
    private final BorderPane root = new BorderPane();

    public ScheduleView(ScheduleViewModel vm, Messages messages, Runnable thisWeek) {
        this.vm = vm;
        this.messages = messages;
        this.thisWeek = thisWeek;
        this.dayFormat = DateTimeFormatter.ofPattern(messages.get("schedule.grid.day"), messages.locale());
    }

    public Parent build() {
        root.setId("scheduleScreen");
        root.getStyleClass().add("schedule-screen");
        root.getStylesheets().add(ScheduleView.class.getResource("/org/dolbom/ui/schedule/schedule.css").toExternalForm());
        root.setTop(weekBar());
        grid.setId("scheduleGrid");
        grid.getStyleClass().add("schedule-grid");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        root.setCenter(scroll);
        root.setRight(sidePanel());
        root.setBottom(notPlacedPanel());
        vm.revisionProperty().addListener((o, was, now) -> redraw());
        vm.selectedProperty().addListener((o, was, now) -> redraw());
        redraw();
        return root;
    }

    private Node weekBar() {
        Button previous = button("schedulePreviousWeek", "schedule.week.previous", vm::previousWeek);
        Button next = button("scheduleNextWeek", "schedule.week.next", vm::nextWeek);
        Button current = button("scheduleThisWeek", "schedule.week.this", thisWeek);
        Label label = new Label();
        label.setId("scheduleWeekLabel");
        label.getStyleClass().add("schedule-week-label");
        label.textProperty().bind(vm.weekLabelProperty());
        CheckBox saturday = new CheckBox(messages.get("schedule.saturday"));
        saturday.setId("scheduleSaturday");
        saturday.setSelected(vm.includeSaturday());
        saturday.selectedProperty().addListener((o, was, now) -> vm.setIncludeSaturday(now));
        Button plan = button("schedulePlan", "schedule.plan", vm::autoPlan);
        plan.getStyleClass().add("accent");
        Button save = button("scheduleSave", "schedule.save", vm::save);
        Button pdf = button("schedulePdf", "schedule.pdf", this::choosePdf);
        Button print = button("schedulePrint", "schedule.print", vm::print);
        for (Button b : List.of(previous, next, current, plan, save, pdf, print)) {
            b.disableProperty().bind(vm.busyProperty());
        }
        saturday.disableProperty().bind(vm.busyProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("scheduleProgress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.setPrefWidth(120);
        Label dirty = new Label(messages.get("schedule.unsavedMark"));
        dirty.setId("scheduleUnsaved");
        dirty.getStyleClass().add("schedule-unsaved");
        dirty.visibleProperty().bind(vm.dirtyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, previous, label, next, current, saturday, dirty, spacer, progress, plan, save, pdf,
                print);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("schedule-bar");
        return bar;
    }

    private Node sidePanel() {
        Label selectedLabel = new Label();
        selectedLabel.setId("scheduleSelected");
        selectedLabel.setWrapText(true);
        selectedLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            GridEntry e = vm.selectedProperty().get();
            return e == null ? messages.get("schedule.selected.none")
                    : messages.get("schedule.selected", e.residentName(), dayFormat.format(e.date()),
                            messages.of(e.status()));
        }, vm.selectedProperty()));
        Button done = button("scheduleDone", "schedule.action.done", vm::markDone);
        Button absent = button("scheduleAbsent", "schedule.action.absent", vm::markAbsent);
        Button refused = button("scheduleRefused", "schedule.action.refused", vm::markRefused);
        Button nextWeek = button("scheduleMoveNextWeek", "schedule.action.nextWeek", vm::moveToNextWeek);
        Button move = button("scheduleMove", "schedule.action.move", this::chooseMove);
        Button remove = button("scheduleRemove", "schedule.action.remove", vm::removeSelected);
        Button uncover = button("scheduleUncover", "schedule.action.uncover", vm::uncoverSelected);
        for (Button b : List.of(done, absent, refused, nextWeek)) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.disableProperty().bind(vm.busyProperty().or(Bindings.createBooleanBinding(
                    () -> vm.selectedProperty().get() == null || !vm.selectedProperty().get().isEditable(),
                    vm.selectedProperty())));
        }
        // A visit on a day that has passed is history: only its result can be recorded.
        for (Button b : List.of(move, remove)) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.disableProperty().bind(vm.busyProperty().or(Bindings.createBooleanBinding(
                    () -> vm.selectedProperty().get() == null || !vm.selectedProperty().get().isMovable(),
                    vm.selectedProperty())));
        }
        uncover.setMaxWidth(Double.MAX_VALUE);
        uncover.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() != null && vm.selectedProperty().get().isMovable()
                        && vm.selectedProperty().get().isCovering(), vm.selectedProperty()));
        uncover.managedProperty().bind(uncover.visibleProperty());
        Label keys = new Label(messages.get("schedule.keys"));
        keys.setWrapText(true);
        keys.getStyleClass().add("schedule-hint");

        Label addTitle = new Label(messages.get("schedule.add.title"));
        addTitle.getStyleClass().add("schedule-side-title");
        TextField search = new TextField();
        search.setId("scheduleSearchField");
        search.setPromptText(messages.get("schedule.add.prompt"));
        search.setAccessibleText(messages.get("schedule.add.title"));
        search.textProperty().bindBidirectional(vm.searchTextProperty());
        search.setOnAction(e -> vm.search());
        ListView<ResidentRow> results = new ListView<>(vm.searchResults());
        results.setId("scheduleSearchResults");
        results.setPrefHeight(160);
        results.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ResidentRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.name() + "  "
                        + (row.areaLabel() == null ? "" : row.areaLabel()));
            }
        });
        Button add = button("scheduleAdd", "schedule.add.button", () -> {
            ResidentRow row = results.getSelectionModel().getSelectedItem();
            if (row != null) {
                vm.add(row);
            }
        });
        add.disableProperty().bind(results.getSelectionModel().selectedItemProperty().isNull());
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && results.getSelectionModel().getSelectedItem() != null) {
                vm.add(results.getSelectionModel().getSelectedItem());
            }
        });
        Label hint = new Label(messages.get("schedule.add.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("schedule-hint");
        Label selectedTitle = new Label(messages.get("schedule.selected.title"));
        selectedTitle.getStyleClass().add("schedule-side-title");
        VBox side = new VBox(6, selectedTitle, selectedLabel, done, absent, refused, nextWeek, move, remove, uncover,
                keys,
                addTitle, search, results, add, hint);
        side.getStyleClass().add("schedule-side");
        side.setPrefWidth(260);
        return side;
    }

    private Node notPlacedPanel() {
        Label title = new Label();
        title.getStyleClass().add("schedule-side-title");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("schedule.notPlaced.title", vm.notPlaced().size()), vm.notPlaced()));
        Label summary = new Label();
        summary.setId("scheduleSummary");
        summary.textProperty().bind(vm.summaryProperty());
        ListView<ScheduleViewModel.NotPlacedGroup> list = new ListView<>(vm.notPlacedGroups());
        list.setId("scheduleNotPlaced");
        list.setPrefHeight(130);
        list.setCellFactory(l -> new ListCell<>() {
            private final Label groupTitle = new Label();
            private final Label names = new Label();
            private final VBox box = new VBox(2, groupTitle, names);

            {
                groupTitle.getStyleClass().add("schedule-notplaced-title");
                groupTitle.setWrapText(true);
                names.setWrapText(true);
                // A wrapped label in a list cell grows only when its minimum height follows its text.
                groupTitle.setMinHeight(Region.USE_PREF_SIZE);
                names.setMinHeight(Region.USE_PREF_SIZE);
                box.maxWidthProperty().bind(l.widthProperty().subtract(30));
                groupTitle.maxWidthProperty().bind(box.maxWidthProperty());
                names.maxWidthProperty().bind(box.maxWidthProperty());
            }

            @Override
            protected void updateItem(ScheduleViewModel.NotPlacedGroup item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                } else {
                    groupTitle.setText(item.title());
                    names.setText(item.names());
                    setGraphic(box);
                }
            }
        });
        list.setPlaceholder(new Label(messages.get("schedule.notPlaced.none")));
        HBox head = new HBox(16, title, summary);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, head, list);
        box.getStyleClass().add("schedule-bottom");
        return box;
    }

    private void redraw() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        List<LocalDate> days = vm.days();
        ColumnConstraints names = new ColumnConstraints(110);
        grid.getColumnConstraints().add(names);
        for (int c = 0; c < days.size(); c++) {
            ColumnConstraints day = new ColumnConstraints(130, 170, Double.MAX_VALUE);
            day.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(day);
        }
        Label corner = new Label(messages.get("schedule.grid.staff"));
        corner.getStyleClass().add("schedule-head");
        grid.add(corner, 0, 0);
        for (int c = 0; c < days.size(); c++) {
            LocalDate day = days.get(c);
            Optional<String> holiday = vm.holiday(day);
            Label head = new Label(dayFormat.format(day) + holiday.map(h -> "  " + h).orElse(""));
            head.getStyleClass().add("schedule-head");
            if (holiday.isPresent()) {
                head.getStyleClass().add("schedule-holiday");
            }
            head.setMaxWidth(Double.MAX_VALUE);
            grid.add(head, c + 1, 0);
        }
        int row = 1;
        for (StaffColumn staff : vm.staff()) {
            Label name = new Label(staff.name() + "\n" + messages.get("schedule.grid.capacity", staff.visitsPerDay()));
            name.getStyleClass().add("schedule-staff");
            name.setMaxHeight(Double.MAX_VALUE);
            grid.add(name, 0, row);
            for (int c = 0; c < days.size(); c++) {
                grid.add(cell(staff, days.get(c)), c + 1, row);
            }
            row++;
        }
        if (vm.staff().isEmpty()) {
            Label empty = new Label(messages.get("schedule.grid.noStaff"));
            empty.getStyleClass().add("schedule-hint");
            grid.add(empty, 0, 1, days.size() + 1, 1);
        }
    }

    private Node cell(StaffColumn staff, LocalDate day) {
        VBox cell = new VBox(3);
        cell.getStyleClass().add("schedule-cell");
        cell.setId("cell-" + staff.staffId() + "-" + day);
        boolean closed = vm.holiday(day).isPresent();
        if (closed) {
            cell.getStyleClass().add("schedule-cell-closed");
        }
        boolean past = vm.isPast(day);
        if (past) {
            cell.getStyleClass().add("schedule-cell-past");
        }

        int load = vm.load(staff.staffId(), day);
        Label count = new Label(messages.get("schedule.grid.load", load, staff.visitsPerDay()));
        count.getStyleClass().add("schedule-load");
        cell.getChildren().add(count);
        if (vm.isOverflow(staff.staffId(), day)) {
            cell.getStyleClass().add("schedule-cell-overflow");
            count.setText(messages.get("schedule.grid.overflow", load, staff.visitsPerDay()));
        }
        if (past) {
            // A day that has passed shows what was done, not the room left.
            count.setText(messages.get("schedule.grid.past", vm.cell(staff.staffId(), day).size()));
        }
        for (GridEntry entry : vm.cell(staff.staffId(), day)) {
            cell.getChildren().add(entryNode(entry));
        }
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setMaxHeight(Double.MAX_VALUE);
        cell.setOnMouseClicked(e -> vm.target(staff.staffId(), day));
        cell.setOnDragOver(e -> {
            if (!past && e.getDragboard().hasString() && e.getDragboard().getString().startsWith(DRAG_PREFIX)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        cell.setOnDragEntered(e -> cell.getStyleClass().add("schedule-cell-drop"));
        cell.setOnDragExited(e -> cell.getStyleClass().remove("schedule-cell-drop"));
        cell.setOnDragDropped(e -> {
            String text = e.getDragboard().getString();
            boolean ok = text != null && text.startsWith(DRAG_PREFIX);
            if (ok) {
                vm.move(UUID.fromString(text.substring(DRAG_PREFIX.length())), day, staff.staffId());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        return cell;
    }

    private Node entryNode(GridEntry entry) {
        Label name = new Label(entry.residentName() + (entry.areaName().isEmpty() ? "" : " · " + entry.areaName()));
        name.getStyleClass().add("schedule-entry-name");
        String purposeText = entry.isEditable() ? entry.purpose()
                : messages.of(entry.status()) + " · " + entry.purpose();
        if (entry.isCovering()) {
            purposeText = messages.get("schedule.entry.covering", entry.coversFor()) + " · " + purposeText;
        }
        if (entry.isEditable() && entry.past()) {
            purposeText = messages.get("schedule.entry.awaitingResult") + " · " + purposeText;
        }
        Label purpose = new Label(purposeText);
        purpose.getStyleClass().add("schedule-entry-purpose");
        purpose.setWrapText(true);
        VBox box = new VBox(1, name, purpose);
        box.getStyleClass().add("schedule-entry");
        box.setId("entry-" + entry.residentId() + (entry.isEditable() ? "" : "-" + entry.entryId()));
        box.setFocusTraversable(true);
        box.setAccessibleText(entry.residentName() + ", " + entry.areaName() + ", " + purpose.getText());
        if (!entry.isEditable()) {
            box.getStyleClass().add("schedule-entry-" + entry.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        GridEntry selected = vm.selectedProperty().get();
        if (selected != null && selected.residentId().equals(entry.residentId())
                && selected.isEditable() == entry.isEditable()) {
            box.getStyleClass().add("schedule-entry-selected");
            box.sceneProperty().addListener((o, was, now) -> {
                if (now != null) {
                    box.requestFocus();
                }
            });
        }
        box.setOnMouseClicked(e -> {
            vm.target(entry.staffId(), entry.date());
            if (entry.isEditable()) {
                vm.select(entry.residentId());
            } else {
                vm.selectedProperty().set(entry);
            }
            e.consume();
        });
        if (entry.isCovering()) {
            box.getStyleClass().add("schedule-entry-covering");
        }
        if (entry.isMovable()) {
            box.setOnDragDetected(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(DRAG_PREFIX + entry.residentId());
                box.startDragAndDrop(TransferMode.MOVE).setContent(content);
                e.consume();
            });
        }
        return box;
    }

    private void onKey(KeyEvent e) {
        if (e.isAltDown()) {
            int day = 0;
            int staff = 0;
            if (e.getCode() == KeyCode.LEFT && !e.isShiftDown()) {
                day = -1;
            } else if (e.getCode() == KeyCode.RIGHT && !e.isShiftDown()) {
                day = 1;
            } else if (e.getCode() == KeyCode.UP || e.isShiftDown() && e.getCode() == KeyCode.LEFT) {
                staff = -1;
            } else if (e.getCode() == KeyCode.DOWN || e.isShiftDown() && e.getCode() == KeyCode.RIGHT) {
                staff = 1;
            }
            if (day != 0 || staff != 0) {
                vm.moveSelected(day, staff);
                e.consume();
            }
        } else if (e.getCode() == KeyCode.DELETE) {
            vm.removeSelected();
            e.consume();
        }
    }

    /** 이동…: pick the day and the staff member in a small dialog. */
    private void chooseMove() {
        GridEntry entry = vm.selectedProperty().get();
        if (entry == null || !entry.isMovable()) {
            return;
        }
        ChoiceBox<LocalDate> day = new ChoiceBox<>();
        day.getItems().setAll(vm.planProperty().get().workingDays().stream().filter(d -> !vm.isPast(d)).toList());
        day.setValue(entry.date());
        day.setId("scheduleMoveDay");
        day.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : dayFormat.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                return null;
            }
        });
        ChoiceBox<StaffColumn> staff = new ChoiceBox<>();
        staff.getItems().setAll(vm.staff());
        staff.setId("scheduleMoveStaff");
        staff.getItems().stream().filter(s -> s.staffId().equals(entry.staffId())).findFirst()
                .ifPresent(staff::setValue);
        staff.setConverter(new StringConverter<>() {
            @Override
            public String toString(StaffColumn s) {
                return s == null ? "" : s.name();
            }

            @Override
            public StaffColumn fromString(String s) {
                return null;
            }
        });
        Label dayLabel = new Label(messages.get("schedule.move.day"));
        dayLabel.setLabelFor(day);
        Label staffLabel = new Label(messages.get("schedule.move.staff"));
        staffLabel.setLabelFor(staff);
        GridPane form = new GridPane(8, 8);
        form.addRow(0, dayLabel, day);
        form.addRow(1, staffLabel, staff);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("schedule.move.title", entry.residentName()));
        dialog.setHeaderText(messages.get("schedule.move.title", entry.residentName()));
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
        }
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            if (day.getValue() != null && staff.getValue() != null) {
                vm.move(entry.residentId(), day.getValue(), staff.getValue().staffId());
            }
        });
    }

    private void choosePdf() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("schedule.pdf.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("schedule.pdf.filter"),
                "*.pdf"));
        Week week = vm.weekProperty().get();
        chooser.setInitialFileName(messages.get("schedule.pdf.fileName", week.toString()));
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            Path target = file.toPath();
            vm.savePdf(target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? target
                    : target.resolveSibling(target.getFileName() + ".pdf"));
        }
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
