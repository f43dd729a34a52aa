package org.dolbom.ui.settings;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.dolbom.domain.Staff;
import org.dolbom.domain.StaffRole;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.Choices;
import org.dolbom.ui.Forms;
import org.dolbom.ui.settings.StaffViewModel.Field;

/** 설정 › 직원: the team list on the left, the member being added or changed on the right. */
public final class StaffView {

    private final StaffViewModel vm;
    private final Messages messages;

    public StaffView(StaffViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        TableView<Staff> table = new TableView<>(vm.staff());
        table.setId("staffTable");
        table.setAccessibleText(messages.get("settings.staff.table.accessible"));
        table.setPlaceholder(new Label(messages.get("settings.staff.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                column("settings.staff.column.name", Staff::name, 7),
                column("settings.staff.column.role", s -> messages.of(s.role()), 8),
                column("settings.staff.column.phone", s -> s.phone() == null ? "" : s.phone().formatted(), 9),
                column("settings.staff.column.visits", s -> String.valueOf(s.visitsPerDay()), 6),
                column("settings.staff.column.active", s -> messages.get(s.active()
                        ? "settings.staff.active.yes" : "settings.staff.active.no"), 6));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.edit(now);
            }
        });

        Label title = new Label();
        title.getStyleClass().add("editor-title");
        title.textProperty().bind(vm.editorTitleProperty());
        GridPane grid = Forms.grid();
        TextField name = text("staffNameField", vm.nameProperty());
        Forms.append(grid, messages.get("settings.staff.name"), name, vm.errorProperty(Field.NAME));
        ComboBox<StaffRole> role = Choices.of("staffRoleChoice", messages::of);
        role.getItems().setAll(StaffRole.values());
        role.valueProperty().bindBidirectional(vm.roleProperty());
        Forms.append(grid, messages.get("settings.staff.role"), role, null);
        TextField phone = text("staffPhoneField", vm.phoneProperty());
        phone.setPromptText("010-0000-0000");
        Forms.append(grid, messages.get("settings.staff.phone"), phone, vm.errorProperty(Field.PHONE));
        TextField visits = text("staffVisitsField", vm.visitsPerDayProperty());
        Forms.append(grid, messages.get("settings.staff.visits"), visits, vm.errorProperty(Field.VISITS));
        CheckBox active = new CheckBox(messages.get("settings.staff.active"));
        active.setId("staffActiveCheck");
        active.selectedProperty().bindBidirectional(vm.activeProperty());
        Label activeLabel = new Label(messages.get("settings.staff.column.active"));
        activeLabel.setLabelFor(active);
        Forms.append(grid, activeLabel, active);
        Label activeNote = new Label(messages.get("settings.staff.active.note"));
        activeNote.getStyleClass().add("form-hint");
        activeNote.setWrapText(true);
        grid.add(activeNote, 1, grid.getRowCount());

        Button add = new Button(messages.get("settings.staff.new"));
        add.setId("newStaffButton");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            vm.newMember();
            name.requestFocus();
        });
        Button save = new Button(messages.get("settings.staff.save"));
        save.setId("saveStaffButton");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save());
        HBox buttons = new HBox(8, add, save);
        buttons.getStyleClass().add("editor-buttons");

        Forms.alignLabels(java.util.List.of(grid));
        VBox editor = new VBox(title, grid, buttons);
        editor.getStyleClass().add("editor");
        SplitPane split = new SplitPane(table, editor);
        split.setDividerPositions(0.58);
        split.setId("staffScreen");
        vm.load();
        return split;
    }

    private TableColumn<Staff, String> column(String key, Function<Staff, String> value, double ems) {
        TableColumn<Staff, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(ems * 13);
        column.setMinWidth(ems * 10);
        return column;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
