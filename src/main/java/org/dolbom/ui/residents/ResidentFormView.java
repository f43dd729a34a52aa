package org.dolbom.ui.residents;

import java.util.ArrayList;
import java.util.List;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.dolbom.domain.Area;
import org.dolbom.domain.ClosureReason;
import org.dolbom.domain.LivingSituation;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.Sex;
import org.dolbom.domain.Staff;
import org.dolbom.domain.Vulnerability;
import org.dolbom.i18n.Messages;
import org.dolbom.store.ResidentRow;
import org.dolbom.ui.Choices;
import org.dolbom.ui.Forms;
import org.dolbom.ui.KoreanDates;
import org.dolbom.ui.residents.ResidentFormViewModel.Field;
import org.dolbom.ui.casefile.CaseFileView;

/** The resident's file beside the list: the case overview and the form, plus the case file tabs. */
public final class ResidentFormView {

    private static final Duration RRN_SHOWN_FOR = Duration.seconds(10);

    private final ResidentFormViewModel vm;
    private final CaseFileView caseFile;
    private final Messages messages;
    private TextField nameField;
    private final List<GridPane> sectionGrids = new ArrayList<>();

    private boolean focusWhenOpen;

    public ResidentFormView(ResidentFormViewModel vm, CaseFileView caseFile, Messages messages) {
        this.vm = vm;
        this.caseFile = caseFile;
        this.messages = messages;
    }

    /**
     * The detail pane. The resident's file (form, case tabs) is built the first time a resident opens: until then
     * the pane only says how to open one, and the window's first screen stays light.
     */
    public Parent build() {
        Label empty = new Label(messages.get("resident.empty"));
        empty.setId("residentEmpty");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.visibleProperty().bind(vm.openProperty().not());
        StackPane pane = new StackPane(empty);
        pane.setId("residentDetail");
        if (vm.openProperty().get()) {
            pane.getChildren().add(form());
        } else {
            vm.openProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was,
                        Boolean now) {
                    if (now) {
                        vm.openProperty().removeListener(this);
                        pane.getChildren().add(form());
                    }
                }
            });
        }
        // After the listener above, so the form exists when the focus goes to it.
        vm.openProperty().addListener((o, was, now) -> {
            if (now && focusWhenOpen && nameField != null) {
                focusWhenOpen = false;
                focusNameOnceShown();
            }
        });
        return pane;
    }

    private Parent form() {
        Label title = new Label();
        title.setId("residentTitle");
        title.getStyleClass().add("page-title");
        title.textProperty().bind(vm.titleProperty());
        Label dirtyMark = new Label(messages.get("resident.unsaved"));
        dirtyMark.getStyleClass().add("dirty-mark");
        dirtyMark.visibleProperty().bind(vm.dirtyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button save = new Button(messages.get("resident.save"));
        save.setId("residentSaveButton");
        save.getStyleClass().add("accent");
        save.setAccessibleText(messages.get("resident.save.accessible"));
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save(() -> { }));
        HBox header = new HBox(10, title, dirtyMark, spacer, save);
        header.getStyleClass().add("form-header");

        Label formError = Forms.errorLabel(vm.formErrorProperty());
        formError.setId("residentFormError");

        VBox sections = new VBox(caseFile.overview(), basics(), contact(), household(), consents(), status());
        Forms.alignLabels(sectionGrids);
        sections.getStyleClass().add("form-sections");
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);

        TabPane tabs = new TabPane(
                tab("residentFileTab", messages.get("resident.tab.file"), scroll),
                tab("residentAssessmentTab", messages.get("resident.tab.assessment"), caseFile.assessment()),
                tab("residentPlanTab", messages.get("resident.tab.plan"), caseFile.plan()),
                tab("residentVisitsTab", messages.get("resident.tab.visits"), caseFile.visits()),
                tab("residentTimelineTab", messages.get("resident.tab.timeline"), caseFile.timeline()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        BorderPane form = new BorderPane(tabs);
        form.setTop(new VBox(header, formError));
        form.getStyleClass().add("resident-form");
        form.visibleProperty().bind(vm.openProperty());
        return form;
    }

    /**
     * Puts the cursor in the name field, e.g. after Ctrl+N; when the form is still opening (it loads in the
     * background, and is built on first use), as soon as it shows.
     */
    public void focusFirstField() {
        if (nameField != null && vm.openProperty().get()) {
            focusNameOnceShown();
        } else {
            focusWhenOpen = true;
        }
    }

    /**
     * A field just built has no skin until the next pulse, and a focus asked for before that is lost; ask once the
     * skin is there.
     */
    private void focusNameOnceShown() {
        TextField field = nameField;
        if (field.getSkin() != null) {
            Platform.runLater(field::requestFocus);
            return;
        }
        field.skinProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.control.Skin<?>> o,
                    javafx.scene.control.Skin<?> was, javafx.scene.control.Skin<?> now) {
                if (now != null) {
                    field.skinProperty().removeListener(this);
                    Platform.runLater(field::requestFocus);
                }
            }
        });
    }

    private static Tab tab(String id, String text, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        return tab;
    }

    private Node basics() {
        GridPane grid = Forms.grid();
        nameField = text("residentNameField", vm.nameProperty());
        Forms.append(grid, messages.get("resident.name"), nameField, vm.errorProperty(Field.NAME));
        TextField birth = text("residentBirthDateField", vm.birthDateProperty());
        birth.setPromptText(messages.get("resident.date.prompt"));
        Forms.append(grid, messages.get("resident.birthDate"), birth, vm.errorProperty(Field.BIRTH_DATE));
        ComboBox<Sex> sex = Choices.of("residentSexChoice", messages::of);
        sex.getItems().setAll(Sex.values());
        sex.valueProperty().bindBidirectional(vm.sexProperty());
        Forms.append(grid, messages.get("resident.sex"), sex, vm.errorProperty(Field.SEX));

        Label masked = new Label();
        masked.setId("residentMaskedRrn");
        masked.getStyleClass().add("rrn-value");
        masked.textProperty().bind(Bindings.createStringBinding(() -> {
            String revealed = vm.revealedRrnProperty().get();
            if (!revealed.isEmpty()) {
                return revealed;
            }
            String m = vm.maskedRrnProperty().get();
            return m.isEmpty() ? messages.get("resident.rrn.none") : m;
        }, vm.revealedRrnProperty(), vm.maskedRrnProperty()));
        Button show = new Button(messages.get("resident.rrn.show"));
        show.setId("showRrnButton");
        show.setAccessibleText(messages.get("resident.rrn.show.accessible"));
        show.disableProperty().bind(vm.maskedRrnProperty().isEmpty().or(vm.savedProperty().not()));
        PauseTransition hideLater = new PauseTransition(RRN_SHOWN_FOR);
        hideLater.setOnFinished(e -> vm.hideRrn());
        vm.revealedRrnProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                hideLater.playFromStart();
            }
        });
        show.setOnAction(e -> vm.revealRrn());
        Button remove = new Button(messages.get("resident.rrn.remove"));
        remove.setId("removeRrnButton");
        remove.setAccessibleText(messages.get("resident.rrn.remove.accessible"));
        remove.disableProperty().bind(vm.maskedRrnProperty().isEmpty().or(vm.savedProperty().not())
                .or(vm.dirtyProperty()).or(vm.busyProperty()));
        remove.setOnAction(e -> vm.removeRrn());
        masked.setMinWidth(Region.USE_PREF_SIZE);
        show.setMinWidth(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        // In a narrow pane (large text) the buttons go under the number instead of being cut short.
        FlowPane rrnLine = new FlowPane(8, 4, masked, show, remove);
        rrnLine.setRowValignment(javafx.geometry.VPos.BASELINE);
        rrnLine.getStyleClass().add("rrn-line");
        Label rrnLabel = new Label(messages.get("resident.rrn"));
        rrnLabel.setLabelFor(show);
        Forms.append(grid, rrnLabel, rrnLine);
        // One line of buttons: centred beside them reads better than the text baseline.
        GridPane.setValignment(rrnLabel, javafx.geometry.VPos.CENTER);

        TextField rrn = text("residentRrnField", vm.rrnInputProperty());
        rrn.setPromptText(messages.get("resident.rrn.input.prompt"));
        Forms.append(grid, messages.get("resident.rrn.input"), rrn, vm.errorProperty(Field.RRN));
        return section(messages.get("resident.section.basics"), grid);
    }

    private Node contact() {
        GridPane grid = Forms.grid();
        TextField mobile = text("residentMobileField", vm.mobileProperty());
        mobile.setPromptText("010-0000-0000");
        Forms.append(grid, messages.get("resident.mobile"), mobile, vm.errorProperty(Field.MOBILE));
        TextField home = text("residentHomeField", vm.homeProperty());
        Forms.append(grid, messages.get("resident.home"), home, vm.errorProperty(Field.HOME));
        Forms.append(grid, messages.get("resident.roadAddress"),
                text("residentRoadAddressField", vm.roadAddressProperty()), null);
        Forms.append(grid, messages.get("resident.addressDetail"),
                text("residentAddressDetailField", vm.addressDetailProperty()), null);
        // A township has dozens of 리: typing part of a name ("금왕") narrows the list.
        ComboBox<Area> area = Choices.searchable("residentAreaChoice", Area::label);
        area.setItems(vm.areas());
        area.valueProperty().bindBidirectional(vm.areaProperty());
        area.setPromptText(messages.get("resident.area.prompt"));
        area.setAccessibleText(messages.get("resident.area"));
        area.setMaxWidth(Double.MAX_VALUE);
        // A new file has no 리 yet; the list would be empty with no word on where they come from.
        Label noAreas = new Label(messages.get("resident.area.none"));
        noAreas.setId("residentAreaNone");
        noAreas.getStyleClass().add("form-hint");
        noAreas.setWrapText(true);
        noAreas.visibleProperty().bind(Bindings.isEmpty(vm.areas()).and(vm.busyProperty().not()));
        noAreas.managedProperty().bind(noAreas.visibleProperty());
        Label areaLabel = new Label(messages.get("resident.area"));
        areaLabel.setLabelFor(area);
        Forms.append(grid, areaLabel, new VBox(2, area, noAreas));
        Forms.append(grid, messages.get("resident.emergency.name"),
                text("residentEmergencyNameField", vm.emergencyNameProperty()), null);
        Forms.append(grid, messages.get("resident.emergency.relation"),
                text("residentEmergencyRelationField", vm.emergencyRelationProperty()), null);
        Forms.append(grid, messages.get("resident.emergency.phone"),
                text("residentEmergencyPhoneField", vm.emergencyPhoneProperty()),
                vm.errorProperty(Field.EMERGENCY_PHONE));
        return section(messages.get("resident.section.contact"), grid);
    }

    private Node household() {
        Label address = new Label();
        address.setId("residentHouseholdAddress");
        address.setWrapText(true);
        address.textProperty().bind(vm.householdTextProperty());
        Button register = new Button(messages.get("resident.household.register"));
        register.setId("registerHouseholdButton");
        register.setAccessibleText(messages.get("resident.household.register.accessible"));
        register.visibleProperty().bind(vm.inHouseholdProperty().not().and(vm.newHouseholdProperty().not()));
        register.managedProperty().bind(register.visibleProperty());
        register.setOnAction(e -> vm.registerHouseholdHere());
        Button leave = new Button(messages.get("resident.household.leave"));
        leave.setId("leaveHouseholdButton");
        leave.visibleProperty().bind(vm.inHouseholdProperty());
        leave.managedProperty().bind(leave.visibleProperty());
        leave.setOnAction(e -> vm.leaveHousehold());
        Label error = Forms.errorLabel(vm.errorProperty(Field.HOUSEHOLD));
        error.setId("residentHouseholdError");
        VBox addressBox = new VBox(6, address, new HBox(8, register, leave), error);

        ListView<ResidentRow> members = new ListView<>(vm.householdMembers());
        members.setId("residentHouseholdMembers");
        members.setPrefHeight(90);
        members.setPlaceholder(new Label(messages.get("resident.household.alone")));
        members.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ResidentRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : messages.get("resident.household.member", row.name(),
                        KoreanDates.format(row.birthDate()), messages.of(row.sex())));
            }
        });
        GridPane grid = Forms.grid();
        Label addressLabel = new Label(messages.get("resident.household.address"));
        addressLabel.setLabelFor(address);
        Forms.append(grid, addressLabel, addressBox);
        Forms.append(grid, messages.get("resident.household.members"), members, null);
        // Other members only mean something while the resident is in the household.
        grid.getChildren().stream().filter(n -> GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) == 1)
                .forEach(n -> {
                    n.visibleProperty().bind(vm.inHouseholdProperty());
                    n.managedProperty().bind(n.visibleProperty());
                });
        return section(messages.get("resident.section.household"), grid);
    }

    private Node consents() {
        GridPane grid = Forms.grid();
        CheckBox collection = new CheckBox(messages.get("resident.consent.collection"));
        collection.setId("residentCollectionConsent");
        collection.selectedProperty().bindBidirectional(vm.collectionGrantedProperty());
        TextField collectionDate = text("residentCollectionDateField", vm.collectionDateProperty());
        collectionDate.setPromptText(messages.get("resident.date.prompt"));
        grid.add(collection, 0, 0, 2, 1);
        Forms.append(grid, messages.get("resident.consent.date"), collectionDate,
                vm.errorProperty(Field.COLLECTION_DATE));
        CheckBox thirdParty = new CheckBox(messages.get("resident.consent.thirdParty"));
        thirdParty.setId("residentThirdPartyConsent");
        thirdParty.selectedProperty().bindBidirectional(vm.thirdPartyGrantedProperty());
        TextField thirdPartyDate = text("residentThirdPartyDateField", vm.thirdPartyDateProperty());
        thirdPartyDate.setPromptText(messages.get("resident.date.prompt"));
        grid.add(thirdParty, 0, grid.getRowCount(), 2, 1);
        Forms.append(grid, messages.get("resident.consent.date"), thirdPartyDate,
                vm.errorProperty(Field.THIRD_PARTY_DATE));
        return section(messages.get("resident.section.consent"), grid);
    }

    private Node status() {
        GridPane grid = Forms.grid();
        Label statusText = new Label();
        statusText.setId("residentStatusLabel");
        statusText.getStyleClass().add("status-summary");
        statusText.setWrapText(true);
        statusText.textProperty().bind(vm.statusSummaryProperty());
        Button close = new Button(messages.get("resident.close"));
        close.setId("closeCaseButton");
        Button reopen = new Button(messages.get("resident.reopen"));
        reopen.setId("reopenButton");
        var isOpenCase = Bindings.createBooleanBinding(() -> vm.statusProperty().get() == ResidentStatus.ACTIVE,
                vm.statusProperty());
        close.disableProperty().bind(vm.savedProperty().not().or(vm.dirtyProperty()).or(isOpenCase.not())
                .or(vm.busyProperty()));
        reopen.disableProperty().bind(vm.savedProperty().not().or(vm.dirtyProperty()).or(isOpenCase)
                .or(vm.busyProperty()));
        close.setOnAction(e -> askClosure());
        reopen.setOnAction(e -> vm.reopen());
        Label statusLabel = new Label(messages.get("resident.status"));
        statusLabel.setLabelFor(statusText);
        Label statusHint = new Label(messages.get("resident.status.hint"));
        statusHint.getStyleClass().add("form-hint");
        statusHint.setWrapText(true);
        statusHint.visibleProperty().bind(vm.dirtyProperty());
        statusHint.managedProperty().bind(statusHint.visibleProperty());
        Forms.append(grid, statusLabel, new VBox(4, statusText, new HBox(8, close, reopen), statusHint,
                Forms.errorLabel(vm.errorProperty(Field.CLOSURE_REASON))));

        ComboBox<LivingSituation> living = Choices.of("residentLivingChoice", messages::of);
        living.getItems().setAll(LivingSituation.values());
        living.valueProperty().bindBidirectional(vm.livingSituationProperty());
        Forms.append(grid, messages.get("resident.living"), living, null);
        ComboBox<RiskLevel> risk = Choices.of("residentRiskChoice", messages::of);
        risk.getItems().setAll(RiskLevel.values());
        risk.valueProperty().bindBidirectional(vm.riskLevelProperty());
        Forms.append(grid, messages.get("resident.risk"), risk, null);

        FlowPane flags = new FlowPane(12, 6);
        flags.setId("residentVulnerabilities");
        for (Vulnerability v : Vulnerability.values()) {
            CheckBox box = new CheckBox(messages.of(v));
            box.setId("vulnerability" + v.name());
            box.selectedProperty().bindBidirectional(vm.vulnerabilityProperty(v));
            flags.getChildren().add(box);
        }
        Label flagsLabel = new Label(messages.get("resident.vulnerabilities"));
        flagsLabel.setLabelFor(flags);
        Forms.append(grid, flagsLabel, flags);

        ComboBox<Staff> staff = Choices.of("residentStaffChoice", Staff::name);
        staff.setItems(vm.staff());
        staff.valueProperty().bindBidirectional(vm.responsibleStaffProperty());
        Forms.append(grid, messages.get("resident.staff"), staff, null);
        TextField intake = text("residentIntakeDateField", vm.intakeDateProperty());
        intake.setPromptText(messages.get("resident.date.prompt"));
        Forms.append(grid, messages.get("resident.intakeDate"), intake, vm.errorProperty(Field.INTAKE_DATE));

        TextArea notes = new TextArea();
        notes.setId("residentNotesArea");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(vm.notesProperty());
        Forms.append(grid, messages.get("resident.notes"), notes, null);
        return section(messages.get("resident.section.status"), grid);
    }

    private void askClosure() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("dialog.close.title"));
        dialog.setHeaderText(messages.get("dialog.close.header", vm.titleProperty().get()));
        dialog.initOwner(nameField.getScene().getWindow());
        dialog.getDialogPane().getStylesheets().setAll(nameField.getScene().getStylesheets());
        dialog.getDialogPane().getStyleClass().addAll(nameField.getScene().getRoot().getStyleClass());
        ButtonType ok = new ButtonType(messages.get("dialog.close.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);

        ComboBox<ClosureReason> reason = Choices.of("closureReasonChoice", messages::of);
        reason.getItems().setAll(ClosureReason.values());
        TextField note = new TextField();
        note.setId("closureNoteField");
        TextField date = new TextField(KoreanDates.format(vm.today()));
        date.setId("closureDateField");
        date.setPromptText(messages.get("resident.date.prompt"));
        Label problems = new Label();
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        GridPane grid = Forms.grid();
        Forms.append(grid, messages.get("dialog.close.reason"), reason, null);
        Forms.append(grid, messages.get("dialog.close.note"), note, null);
        Forms.append(grid, messages.get("dialog.close.date"), date, null);
        grid.add(problems, 0, grid.getRowCount(), 2, 1);
        grid.setPadding(new Insets(8));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            List<String> found = vm.closureProblems(reason.getValue(), note.getText(), date.getText());
            if (!found.isEmpty()) {
                problems.setText(String.join("\n", found));
                e.consume();
            }
        });
        javafx.application.Platform.runLater(reason::requestFocus);
        dialog.showAndWait().filter(ok::equals).ifPresent(b -> vm.closeCase(reason.getValue(), note.getText(),
                KoreanDates.parse(date.getText()).orElseThrow()));
    }

    private static TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private Node section(String title, GridPane grid) {
        sectionGrids.add(grid);
        VBox box = new VBox(Forms.sectionTitle(title), grid);
        box.getStyleClass().add("form-section-box");
        return box;
    }
}
