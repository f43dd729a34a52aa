package org.dolbom.ui.casefile;

import java.util.List;

import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.dolbom.domain.ServiceEntry;
import org.dolbom.domain.Staff;
import org.dolbom.domain.VisitKind;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.Choices;
import org.dolbom.ui.Forms;
import org.dolbom.ui.casefile.VisitFormViewModel.Field;
import org.dolbom.ui.casefile.VisitFormViewModel.ServiceLine;

/**
 * The visit form, for a dialog or a pane. Keyboard first: Tab goes down the form in reading order (also out of the
 * notes), Enter in the last field or Ctrl+S saves, Esc cancels (asking first when something would be lost).
 */
public final class VisitFormView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final VisitFormViewModel vm;
    private final Messages messages;
    private ComboBox<VisitKind> kindChoice;

    public VisitFormView(VisitFormViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    /**
     * Shows the form in its own modal window over {@code owner}; the window closes after a save or a cancel.
     * Load the form first ({@code newVisit} or {@code open}); this takes over {@code setOnClosed}.
     */
    public static Stage showDialog(Window owner, VisitFormViewModel vm, Messages messages) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(vm.titleProperty());
        VisitFormView view = new VisitFormView(vm, messages);
        Parent root = view.build();
        double height = owner == null ? 820 : Math.min(820, owner.getHeight() - 40);
        Scene scene = new Scene(root, 720, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            root.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        }
        stage.setScene(scene);
        vm.setOnClosed(stage::close);
        stage.setOnCloseRequest(e -> {
            e.consume();
            vm.cancel();
        });
        stage.show();
        view.focusFirstField();
        return stage;
    }

    /** Puts the cursor on the first choice, once the form is on screen. */
    public void focusFirstField() {
        Platform.runLater(() -> kindChoice.requestFocus());
    }

    public Parent build() {
        Label title = new Label();
        title.setId("visitTitle");
        title.getStyleClass().add("page-title");
        title.textProperty().bind(vm.titleProperty());
        Label notice = Forms.errorLabel(vm.correctionNoticeProperty());
        notice.setId("visitCorrectionNotice");
        notice.getStyleClass().setAll("label", "correction-notice");

        GridPane visit = Forms.grid();
        kindChoice = Choices.of("visitKindChoice", messages::of);
        kindChoice.getItems().setAll(VisitKind.values());
        kindChoice.valueProperty().bindBidirectional(vm.kindProperty());
        Forms.append(visit, messages.get("visit.kind"), kindChoice, vm.errorProperty(Field.KIND));
        ComboBox<Staff> staff = Choices.of("visitStaffChoice", Staff::name);
        staff.setItems(vm.staffChoices());
        staff.valueProperty().bindBidirectional(vm.staffProperty());
        Forms.append(visit, messages.get("visit.staff"), staff, null);
        TextField date = text("visitDateField", vm.dateProperty());
        date.setPromptText(messages.get("resident.date.prompt"));
        Forms.append(visit, messages.get("visit.date"), date, vm.errorProperty(Field.DATE));
        TextField time = text("visitTimeField", vm.timeProperty());
        time.setPromptText("14:30");
        Forms.append(visit, messages.get("visit.time"), time, vm.errorProperty(Field.TIME));
        ComboBox<VisitOutcome> outcome = Choices.of("visitOutcomeChoice", messages::of);
        outcome.getItems().setAll(VisitOutcome.values());
        outcome.valueProperty().bindBidirectional(vm.outcomeProperty());
        Forms.append(visit, messages.get("visit.outcome"), outcome, vm.errorProperty(Field.OUTCOME));
        TextArea notes = new TextArea();
        notes.setId("visitNotesArea");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(vm.notesProperty());
        tabLeaves(notes);
        Forms.append(visit, messages.get("visit.notes"), notes, null);

        GridPane vitals = Forms.grid();
        TextField systolic = small("visitSystolicField", vm.systolicProperty());
        systolic.setAccessibleText(messages.get("visit.vitals.systolic"));
        TextField diastolic = small("visitDiastolicField", vm.diastolicProperty());
        diastolic.setAccessibleText(messages.get("visit.vitals.diastolic"));
        HBox bp = line(systolic, new Label(messages.get("visit.vitals.bp.between")), diastolic,
                unit(messages.get("visit.vitals.unit.mmHg")),
                flag("visitBloodPressureFlag", vm.bloodPressureFlagProperty()));
        rowWithErrors(vitals, messages.get("visit.vitals.bloodPressure"), systolic, bp,
                vm.errorProperty(Field.SYSTOLIC), vm.errorProperty(Field.DIASTOLIC));
        TextField glucose = small("visitGlucoseField", vm.glucoseProperty());
        CheckBox fasting = new CheckBox(messages.get("visit.vitals.fasting"));
        fasting.setId("visitFastingCheck");
        fasting.selectedProperty().bindBidirectional(vm.fastingProperty());
        HBox glu = line(glucose, unit(messages.get("visit.vitals.unit.mgdL")), fasting,
                flag("visitGlucoseFlag", vm.glucoseFlagProperty()));
        rowWithErrors(vitals, messages.get("visit.vitals.glucose"), glucose, glu, vm.errorProperty(Field.GLUCOSE));
        TextField weight = small("visitWeightField", vm.weightProperty());
        HBox kg = line(weight, unit(messages.get("visit.vitals.unit.kg")),
                flag("visitWeightFlag", vm.weightFlagProperty()));
        rowWithErrors(vitals, messages.get("visit.vitals.weight"), weight, kg, vm.errorProperty(Field.WEIGHT));

        GridPane delivered = Forms.grid();
        ComboBox<ServiceEntry> service = Choices.searchable("visitServiceChoice",
                s -> messages.get("visit.service.value", s.code(), s.name()));
        service.setItems(vm.catalogue());
        service.valueProperty().bindBidirectional(vm.serviceChoiceProperty());
        service.setPromptText(messages.get("visit.service.prompt"));
        service.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(service, Priority.ALWAYS);
        TextField count = small("visitServiceCountField", vm.serviceCountProperty());
        count.setAccessibleText(messages.get("visit.service.count"));
        count.setOnAction(e -> vm.addService());
        Button add = new Button(messages.get("visit.service.add"));
        add.setId("visitAddServiceButton");
        add.setOnAction(e -> {
            vm.addService();
            service.requestFocus();
        });
        ListView<ServiceLine> lines = new ListView<>(vm.services());
        lines.setId("visitServicesList");
        lines.setPrefHeight(52);
        lines.setFocusTraversable(false);
        lines.setPlaceholder(Placeholders.of(messages.get("visit.service.none")));
        lines.setAccessibleText(messages.get("visit.service.list.accessible"));
        lines.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ServiceLine line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Button remove = new Button(messages.get("visit.service.remove"));
                remove.getStyleClass().addAll("flat", "small");
                remove.setFocusTraversable(false);
                remove.setOnAction(e -> vm.removeService(line));
                setText(messages.get("visit.service.line", line.service().code(), line.service().name(),
                        line.count()));
                setGraphic(remove);
                setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            }
        });
        lines.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && lines.getSelectionModel().getSelectedItem() != null) {
                vm.removeService(lines.getSelectionModel().getSelectedItem());
            }
        });
        Label serviceLabel = new Label(messages.get("visit.service"));
        serviceLabel.setLabelFor(service);
        VBox serviceBox = new VBox(6, line(service, count, unit(messages.get("visit.service.times")), add), lines,
                Forms.errorLabel(vm.errorProperty(Field.SERVICES)));
        Forms.append(delivered, serviceLabel, serviceBox);

        GridPane followUp = Forms.grid();
        TextField due = text("visitFollowUpDueField", vm.followUpDueProperty());
        due.setPromptText(messages.get("resident.date.prompt"));
        due.setPrefColumnCount(9);
        due.setMinWidth(Region.USE_PREF_SIZE);
        due.setAccessibleText(messages.get("visit.followUp.due"));
        TextField followUpNote = text("visitFollowUpNoteField", vm.followUpNoteProperty());
        followUpNote.setPromptText(messages.get("visit.followUp.prompt"));
        followUpNote.setAccessibleText(messages.get("visit.followUp.note"));
        HBox.setHgrow(followUpNote, Priority.ALWAYS);
        // The last field: Enter here saves, so a whole visit can be typed without reaching for the mouse.
        followUpNote.setOnAction(e -> vm.save());
        Label noteLabel = new Label(messages.get("visit.followUp.note"));
        noteLabel.setLabelFor(followUpNote);
        noteLabel.setMinWidth(Region.USE_PREF_SIZE);
        rowWithErrors(followUp, messages.get("visit.followUp.due"), due, line(due, noteLabel, followUpNote),
                vm.errorProperty(Field.FOLLOW_UP_DUE));

        CheckBox signOff = new CheckBox(messages.get("visit.signOff"));
        signOff.setId("visitSignOffCheck");
        signOff.selectedProperty().bindBidirectional(vm.signOffProperty());
        signOff.disableProperty().bind(vm.correctionProperty());
        Label formError = Forms.errorLabel(vm.formErrorProperty());
        formError.setId("visitFormError");
        Button cancel = new Button(messages.get("common.cancel"));
        cancel.setId("visitCancelButton");
        cancel.setOnAction(e -> vm.cancel());
        Button save = new Button(messages.get("visit.save"));
        save.setId("visitSaveButton");
        save.getStyleClass().add("accent");
        save.setAccessibleText(messages.get("visit.save.accessible"));
        save.disableProperty().bind(vm.busyProperty().or(vm.openProperty().not()));
        save.setOnAction(e -> vm.save());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, signOff, spacer, cancel, save);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("editor-buttons");

        Forms.alignLabels(List.of(visit, vitals, delivered, followUp));
        VBox sections = new VBox(notice,
                section(messages.get("visit.section.visit"), visit),
                section(messages.get("visit.section.vitals"), vitals),
                section(messages.get("visit.section.services"), delivered),
                section(messages.get("visit.section.followUp"), followUp));
        sections.getStyleClass().add("form-sections");
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);

        BorderPane form = new BorderPane(scroll);
        form.setTop(title);
        form.setBottom(new VBox(4, formError, buttons));
        form.getStyleClass().addAll("visit-form", "page");
        form.setId("visitForm");
        // Tabbing down the form keeps the field with the cursor in view.
        form.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((x, old, node) -> reveal(scroll, node));
            }
        });
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                vm.save();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                vm.cancel();
            }
        });
        return form;
    }

    /** In the notes Tab moves on like everywhere else (a text area would type a tab); Ctrl+Tab does the moving. */
    static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            }
        });
    }

    private static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double viewport = scroll.getViewportBounds().getHeight();
                double hidden = content.getBoundsInLocal().getHeight() - viewport;
                if (hidden <= 0) {
                    return;
                }
                double top = scroll.getVvalue() * hidden;
                if (b.getMinY() < top) {
                    scroll.setVvalue(b.getMinY() / hidden);
                } else if (b.getMaxY() > top + viewport) {
                    scroll.setVvalue(Math.min(1, (b.getMaxY() - viewport) / hidden));
                }
                return;
            }
        }
    }

    private static void rowWithErrors(GridPane grid, String labelText, TextField first, HBox fields,
                                      ObservableStringValue... errors) {
        Label label = new Label(labelText);
        label.setLabelFor(first);
        VBox box = new VBox(fields);
        for (ObservableStringValue error : errors) {
            box.getChildren().add(Forms.errorLabel(error));
        }
        box.getStyleClass().add("form-cell");
        Forms.append(grid, label, box);
    }

    private static HBox line(Node... nodes) {
        HBox box = new HBox(6, nodes);
        // Baseline, so the row's label lines up with the text in the fields, not with their top edge.
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    private static Label unit(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("unit-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label flag(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.getStyleClass().add("vital-flag");
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    private static TextField text(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static TextField small(String id, StringProperty property) {
        TextField field = text(id, property);
        field.setPrefColumnCount(4);
        field.setMinWidth(Region.USE_PREF_SIZE);
        return field;
    }

    private static Node section(String title, GridPane grid) {
        VBox box = new VBox(Forms.sectionTitle(title), grid);
        box.getStyleClass().add("form-section-box");
        return box;
    }
}
