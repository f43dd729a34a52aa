package org.dolbom.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.dolbom.domain.Area;
import org.dolbom.domain.AreaKind;
import org.dolbom.domain.Staff;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.Choices;
import org.dolbom.ui.Forms;
import org.dolbom.ui.settings.AreasViewModel.Field;

/** 설정 › 지역: areas by 읍면동 then name on the left, the area being added or changed on the right. */
public final class AreasView {

    private final AreasViewModel vm;
    private final Messages messages;

    public AreasView(AreasViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        TableView<Area> table = new TableView<>(vm.areas());
        table.setId("areaTable");
        table.setAccessibleText(messages.get("settings.area.table.accessible"));
        table.setPlaceholder(new Label(messages.get("settings.area.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                column("settings.area.column.township", Area::township, 7),
                column("settings.area.column.name", Area::name, 7),
                column("settings.area.column.kind", a -> messages.of(a.kind()), 5),
                column("settings.area.column.staff", vm::responsibleName, 7));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.edit(now);
            }
        });

        Label title = new Label();
        title.getStyleClass().add("editor-title");
        title.textProperty().bind(vm.editorTitleProperty());
        GridPane grid = Forms.grid();
        TextField township = text("areaTownshipField", vm.townshipProperty());
        township.setPromptText(messages.get("settings.area.township.prompt"));
        Forms.append(grid, messages.get("settings.area.township"), township, vm.errorProperty(Field.TOWNSHIP));
        TextField name = text("areaNameField", vm.nameProperty());
        name.setPromptText(messages.get("settings.area.name.prompt"));
        Forms.append(grid, messages.get("settings.area.name"), name, vm.errorProperty(Field.NAME));
        ComboBox<AreaKind> kind = Choices.of("areaKindChoice", messages::of);
        kind.getItems().setAll(AreaKind.values());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        Forms.append(grid, messages.get("settings.area.kind"), kind, null);
        Forms.append(grid, messages.get("settings.area.staff"), responsibleChoice(), null);

        Button add = new Button(messages.get("settings.area.new"));
        add.setId("newAreaButton");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            vm.newArea();
            name.requestFocus();
        });
        Button save = new Button(messages.get("settings.area.save"));
        save.setId("saveAreaButton");
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
        split.setId("areaScreen");
        vm.load();
        return split;
    }

    /** The staff to choose from, with "nobody" first so a responsibility can also be taken away. */
    private ComboBox<Staff> responsibleChoice() {
        ComboBox<Staff> box = Choices.of("areaStaffChoice", Staff::name);
        ObservableList<Staff> items = FXCollections.observableArrayList();
        Runnable sync = () -> {
            List<Staff> withNobody = new ArrayList<>();
            withNobody.add(null);
            withNobody.addAll(vm.staffChoices());
            Staff chosen = vm.responsibleProperty().get();
            items.setAll(withNobody);
            box.setValue(chosen);
        };
        vm.staffChoices().addListener((ListChangeListener<Staff>) c -> sync.run());
        sync.run();
        box.setItems(items);
        box.valueProperty().bindBidirectional(vm.responsibleProperty());
        String nobody = messages.get("settings.area.nobody");
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Staff staff, boolean empty) {
                super.updateItem(staff, empty);
                setText(empty ? null : staff == null ? nobody : staff.name());
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        box.setPromptText(nobody);
        return box;
    }

    private TableColumn<Area, String> column(String key, Function<Area, String> value, double ems) {
        TableColumn<Area, String> column = new TableColumn<>(messages.get(key));
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
