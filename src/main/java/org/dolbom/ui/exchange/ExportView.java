package org.dolbom.ui.exchange;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import org.dolbom.exchange.Purpose;
import org.dolbom.exchange.ScopeKind;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.Forms;
import org.dolbom.ui.KoreanDates;
import org.dolbom.ui.Session;
import org.dolbom.ui.exchange.ExportViewModel.AreaChoice;
import org.dolbom.ui.exchange.ExportViewModel.Field;

/**
 * 내보내기 tab: what goes (left) and why, how and where (right), then the button, progress and what happened. Every
 * rule lives in {@link ExportViewModel}; this class only builds and binds nodes.
 */
final class ExportView {

    private final ExportViewModel vm;
    private final Messages messages;
    private final List<GridPane> rightGrids = new ArrayList<>();
    private ScrollPane root;

    ExportView(Session session, Messages messages, Runnable onTransferred) {
        this.vm = ExportViewModel.of(session, messages, onTransferred);
        this.messages = messages;
    }

    Node build() {
        VBox what = new VBox(Forms.sectionTitle(messages.get("exchange.export.ui.section.scope")), scope());
        what.getStyleClass().add("export-column");
        VBox how = new VBox(Forms.sectionTitle(messages.get("exchange.export.ui.section.purpose")), purpose(),
                Forms.sectionTitle(messages.get("exchange.export.ui.section.encryption")), encryption(),
                Forms.sectionTitle(messages.get("exchange.export.ui.section.file")), file(), actions());
        how.getStyleClass().add("export-column");
        // The fields of the right column line up from one section to the next.
        Forms.alignLabels(rightGrids);
        HBox.setHgrow(what, Priority.ALWAYS);
        HBox.setHgrow(how, Priority.ALWAYS);
        HBox columns = new HBox(what, how);
        columns.getStyleClass().add("export-page");
        root = new ScrollPane(columns);
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
        root.setId("exportScreen");
        root.getStylesheets().add(ExportView.class.getResource("/org/dolbom/ui/exchange/export.css")
                .toExternalForm());
        vm.load();
        return root;
    }

    /** Opens the tab with these residents as the scope. */
    void selectResidents(List<String> residentIds) {
        vm.selectResidents(residentIds);
    }

    // ---------------------------------------------------------------------------------------------------------
    // What goes

    private Node scope() {
        ToggleGroup group = new ToggleGroup();
        RadioButton all = radio(group, "exportScopeAll", "exchange.export.ui.scope.ALL", ScopeKind.ALL);
        RadioButton areas = radio(group, "exportScopeAreas", "exchange.export.ui.scope.AREAS", ScopeKind.AREAS);
        RadioButton residents = radio(group, "exportScopeResidents", "exchange.export.ui.scope.RESIDENTS",
                ScopeKind.RESIDENTS);
        RadioButton since = radio(group, "exportScopeSince", "exchange.export.ui.scope.CHANGED_SINCE",
                ScopeKind.CHANGED_SINCE);
        bind(group, vm.scopeKindProperty());

        // A county office has around a hundred 리; typing part of a name narrows the list.
        TextField areaFilter = new TextField();
        areaFilter.setId("exportAreaFilter");
        areaFilter.setPromptText(messages.get("exchange.export.ui.areas.filter"));
        areaFilter.setAccessibleText(messages.get("exchange.export.ui.areas.filter"));
        FilteredList<AreaChoice> shownAreas = new FilteredList<>(vm.areas());
        areaFilter.textProperty().addListener((o, was, now) -> shownAreas.setPredicate(now == null || now.isBlank()
                ? null : a -> a.label().contains(now.strip())));
        ListView<AreaChoice> areaList = new ListView<>(shownAreas);
        areaList.setId("exportAreaList");
        areaList.setAccessibleText(messages.get("exchange.export.ui.scope.AREAS"));
        areaList.setPlaceholder(hint(messages.get("exchange.export.ui.areas.none")));
        areaList.setCellFactory(CheckBoxListCell.forListView(AreaChoice::chosenProperty, new StringConverter<>() {
            @Override
            public String toString(AreaChoice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public AreaChoice fromString(String text) {
                return null;
            }
        }));
        areaList.getStyleClass().add("export-area-list");
        VBox areaBox = new VBox(areaFilter, areaList, Forms.errorLabel(vm.errorProperty(Field.AREAS)));
        shownFor(areaBox, ScopeKind.AREAS);

        Label picked = new Label();
        picked.setId("exportResidentCount");
        picked.setWrapText(true);
        picked.textProperty().bind(Bindings.createStringBinding(() -> vm.residentIds().isEmpty()
                ? messages.get("exchange.export.ui.residents.howTo")
                : messages.get("exchange.export.ui.residents.picked", vm.residentIds().size()), vm.residentIds()));
        Button clear = new Button(messages.get("exchange.export.ui.residents.clear"));
        clear.setId("exportClearResidents");
        clear.disableProperty().bind(Bindings.isEmpty(vm.residentIds()));
        clear.setOnAction(e -> vm.clearResidents());
        HBox pickedLine = new HBox(10, picked, clear);
        pickedLine.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(picked, Priority.ALWAYS);
        VBox residentBox = new VBox(pickedLine, Forms.errorLabel(vm.errorProperty(Field.RESIDENTS)));
        shownFor(residentBox, ScopeKind.RESIDENTS);

        DatePicker date = new DatePicker();
        date.setId("exportSinceDate");
        date.setAccessibleText(messages.get("exchange.export.ui.scope.CHANGED_SINCE"));
        date.setPromptText(KoreanDates.format(LocalDate.of(2026, 1, 1)));
        date.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate value) {
                return KoreanDates.format(value);
            }

            @Override
            public LocalDate fromString(String text) {
                return KoreanDates.parse(text).orElse(null);
            }
        });
        date.valueProperty().bindBidirectional(vm.sinceProperty());
        VBox dateBox = new VBox(date, Forms.errorLabel(vm.errorProperty(Field.SINCE)));
        shownFor(dateBox, ScopeKind.CHANGED_SINCE);

        Label summary = new Label();
        summary.setId("exportScopeSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("export-scope-summary");
        summary.textProperty().bind(vm.scopeSummaryProperty());
        summary.visibleProperty().bind(summary.textProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());

        VBox box = new VBox(all, areas, areaBox, residents, residentBox, since, dateBox, summary);
        box.getStyleClass().add("export-choices");
        box.disableProperty().bind(vm.busyProperty());
        return box;
    }

    /** Shows a scope's own controls only while that scope is chosen. */
    private void shownFor(Node node, ScopeKind kind) {
        node.getStyleClass().add("export-scope-detail");
        node.visibleProperty().bind(vm.scopeKindProperty().isEqualTo(kind));
        node.managedProperty().bind(node.visibleProperty());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Why, how and where

    private Node purpose() {
        ToggleGroup group = new ToggleGroup();
        HBox choices = new HBox(18,
                radio(group, "exportPurposeShare", "exchange.export.ui.purpose.SHARE", Purpose.SHARE),
                radio(group, "exportPurposeTransfer", "exchange.export.ui.purpose.TRANSFER", Purpose.TRANSFER),
                radio(group, "exportPurposeBackup", "exchange.export.ui.purpose.BACKUP", Purpose.BACKUP));
        bind(group, vm.purposeProperty());
        Label explained = new Label();
        explained.setId("exportPurposeHint");
        explained.setWrapText(true);
        explained.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                "exchange.export.ui.purpose.hint." + vm.purposeProperty().get().name()), vm.purposeProperty()));
        // A transfer changes residents here, so its explanation reads as a warning.
        Runnable style = () -> {
            explained.getStyleClass().removeAll("export-warning", "form-hint");
            explained.getStyleClass().add(vm.purposeProperty().get() == Purpose.TRANSFER ? "export-warning"
                    : "form-hint");
        };
        style.run();
        vm.purposeProperty().addListener((o, was, now) -> style.run());

        GridPane to = Forms.grid();
        Forms.append(to, messages.get("exchange.export.ui.recipient"),
                text("exportRecipient", vm.recipientProperty(), "exchange.export.ui.recipient.prompt"),
                vm.errorProperty(Field.RECIPIENT));
        to.visibleProperty().bind(vm.purposeProperty().isNotEqualTo(Purpose.BACKUP));
        to.managedProperty().bind(to.visibleProperty());
        rightGrids.add(to);

        GridPane basis = Forms.grid();
        Forms.append(basis, messages.get("exchange.export.ui.legalBasis"),
                text("exportLegalBasis", vm.legalBasisProperty(), "exchange.export.ui.legalBasis.prompt"),
                vm.errorProperty(Field.LEGAL_BASIS));
        Forms.append(basis, messages.get("exchange.export.ui.consent"),
                text("exportConsentReference", vm.consentReferenceProperty(), "exchange.export.ui.consent.prompt"),
                vm.errorProperty(Field.CONSENT_REFERENCE));
        basis.visibleProperty().bind(vm.purposeProperty().isEqualTo(Purpose.SHARE));
        basis.managedProperty().bind(basis.visibleProperty());
        rightGrids.add(basis);

        VBox box = new VBox(choices, explained, to, basis);
        box.getStyleClass().add("export-choices");
        box.disableProperty().bind(vm.busyProperty());
        return box;
    }

    private Node encryption() {
        CheckBox encrypt = new CheckBox(messages.get("exchange.export.ui.encrypt"));
        encrypt.setId("exportEncrypt");
        encrypt.selectedProperty().bindBidirectional(vm.encryptProperty());

        Label plain = new Label(messages.get("exchange.export.ui.plainNotice"));
        plain.setId("exportPlainNotice");
        plain.setWrapText(true);
        plain.getStyleClass().add("export-notice");
        plain.visibleProperty().bind(vm.encryptProperty().not());
        plain.managedProperty().bind(plain.visibleProperty());

        GridPane secret = Forms.grid();
        PasswordField first = password("exportPassphrase", vm.passphraseProperty());
        Forms.append(secret, messages.get("exchange.export.ui.passphrase"), first, vm.errorProperty(Field.PASSPHRASE));
        PasswordField again = password("exportPassphraseAgain", vm.passphraseAgainProperty());
        Forms.append(secret, messages.get("exchange.export.ui.passphraseAgain"), again,
                vm.errorProperty(Field.PASSPHRASE_AGAIN));
        Label strength = new Label();
        strength.setId("exportPassphraseStrength");
        strength.setWrapText(true);
        strength.textProperty().bind(vm.strengthTextProperty());
        strength.getStyleClass().add("export-strength");
        vm.strengthProperty().addListener((o, was, now) -> {
            strength.getStyleClass().removeAll("strength-WEAK", "strength-FAIR", "strength-STRONG");
            if (now != null) {
                strength.getStyleClass().add("strength-" + now.name());
            }
        });
        Label tellApart = hint(messages.get("exchange.export.ui.passphrase.tellApart"));
        Forms.append(secret, new Label(""), new VBox(4, strength, tellApart));
        secret.visibleProperty().bind(vm.encryptProperty());
        secret.managedProperty().bind(secret.visibleProperty());
        rightGrids.add(secret);

        VBox box = new VBox(encrypt, plain, secret);
        box.getStyleClass().add("export-choices");
        box.disableProperty().bind(vm.busyProperty());
        return box;
    }

    private Node file() {
        GridPane grid = Forms.grid();
        Forms.append(grid, messages.get("exchange.export.ui.reason"),
                text("exportReason", vm.reasonProperty(), "exchange.export.ui.reason.prompt"), null);
        TextField where = new TextField();
        where.setId("exportTarget");
        where.setEditable(false);
        where.setFocusTraversable(false);
        where.setPromptText(messages.get("exchange.export.ui.target.prompt"));
        // The file name first, so a long folder path never hides it.
        where.textProperty().bind(Bindings.createStringBinding(() -> {
            Path file = vm.targetProperty().get();
            return file == null ? "" : messages.get("exchange.export.ui.target.shown", file.getFileName().toString(),
                    String.valueOf(file.toAbsolutePath().getParent()));
        }, vm.targetProperty()));
        vm.targetProperty().addListener((o, was, now) -> where.setTooltip(now == null ? null
                : new Tooltip(now.toAbsolutePath().toString())));
        Button browse = new Button(messages.get("exchange.export.ui.target.choose"));
        browse.setId("exportChooseTarget");
        browse.setOnAction(e -> chooseTarget());
        browse.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(8, where, browse);
        HBox.setHgrow(where, Priority.ALWAYS);
        Label error = Forms.errorLabel(vm.errorProperty(Field.TARGET));
        error.setId("exportTargetError");
        Label label = new Label(messages.get("exchange.export.ui.target"));
        label.setLabelFor(where);
        where.setAccessibleText(label.getText());
        Forms.append(grid, label, line);
        GridPane.setValignment(label, VPos.CENTER);
        grid.add(error, 1, grid.getRowCount());
        rightGrids.add(grid);
        grid.disableProperty().bind(vm.busyProperty());
        return grid;
    }

    private Node actions() {
        Button export = new Button(messages.get("exchange.export.ui.run"));
        export.setId("exportRunButton");
        export.getStyleClass().add("accent");
        export.disableProperty().bind(vm.busyProperty());
        export.setOnAction(e -> vm.export());
        ProgressBar progress = new ProgressBar();
        progress.setId("exportProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button cancel = new Button(messages.get("exchange.export.ui.cancel"));
        cancel.setId("exportCancelButton");
        cancel.setOnAction(e -> vm.cancel());
        for (Node busyOnly : List.of(progress, cancel)) {
            busyOnly.visibleProperty().bind(vm.busyProperty());
            busyOnly.managedProperty().bind(busyOnly.visibleProperty());
        }
        HBox buttons = new HBox(10, export, progress, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("export-actions");

        Label outcome = new Label();
        outcome.setId("exportOutcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(vm.outcomeProperty());
        outcome.visibleProperty().bind(outcome.textProperty().isNotEmpty());
        outcome.managedProperty().bind(outcome.visibleProperty());
        outcome.getStyleClass().add("export-outcome");
        vm.failedProperty().addListener((o, was, now) -> {
            outcome.getStyleClass().remove("export-failed");
            if (now) {
                outcome.getStyleClass().add("export-failed");
            }
        });
        return new VBox(10, buttons, outcome);
    }

    private void chooseTarget() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("exchange.export.ui.target.title"));
        boolean sealed = vm.encryptProperty().get();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get(sealed ? "exchange.export.ui.filter.sealed" : "exchange.export.ui.filter.plain"),
                sealed ? "*" + ExportViewModel.SEALED_SUFFIX : "*" + ExportViewModel.PLAIN_SUFFIX));
        Path current = vm.targetProperty().get();
        chooser.setInitialFileName(vm.proposedFileName());
        if (current != null && current.toAbsolutePath().getParent() != null) {
            File folder = current.toAbsolutePath().getParent().toFile();
            if (folder.isDirectory()) {
                chooser.setInitialDirectory(folder);
            }
        }
        File chosen = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (chosen != null) {
            vm.chooseTarget(chosen.toPath());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Small builders

    private <T> RadioButton radio(ToggleGroup group, String id, String key, T value) {
        RadioButton button = new RadioButton(messages.get(key));
        button.setId(id);
        button.setUserData(value);
        button.setToggleGroup(group);
        return button;
    }

    /** Keeps a group of radio buttons and a ViewModel choice in step, both ways. */
    private static <T> void bind(ToggleGroup group, ObjectProperty<T> value) {
        Map<Object, Toggle> byValue = new java.util.HashMap<>();
        group.getToggles().forEach(t -> byValue.put(t.getUserData(), t));
        group.selectToggle(byValue.get(value.get()));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                // A radio group always has a choice; clicking the chosen one again keeps it.
                group.selectToggle(was);
                return;
            }
            @SuppressWarnings("unchecked")
            T chosen = (T) now.getUserData();
            value.set(chosen);
        });
        value.addListener((o, was, now) -> group.selectToggle(byValue.get(now)));
    }

    private TextField text(String id, StringProperty property, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(messages.get(promptKey));
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static PasswordField password(String id, StringProperty property) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("form-hint");
        return label;
    }
}
