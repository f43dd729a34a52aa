package org.dolbom.ui.settings;

import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.dolbom.domain.CareDomain;
import org.dolbom.domain.ServiceEntry;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.Choices;
import org.dolbom.ui.Forms;
import org.dolbom.ui.settings.ServicesViewModel.Field;

/** 설정 › 서비스 목록: the catalogue on the left, the service being added or changed on the right. */
public final class ServicesView {

    private final ServicesViewModel vm;
    private final Messages messages;

    public ServicesView(ServicesViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        TableView<ServiceEntry> table = new TableView<>(vm.services());
        table.setId("servicesTable");
        table.setAccessibleText(messages.get("settings.services.table.accessible"));
        table.setPlaceholder(new Label(messages.get("settings.services.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                column("settings.services.column.code", ServiceEntry::code, 5),
                column("settings.services.column.name", ServiceEntry::name, 10),
                column("settings.services.column.domain", s -> messages.of(s.domain()), 6),
                column("settings.services.column.state", s -> messages.get(s.retired()
                        ? "settings.services.retired" : "settings.services.inUse"), 6));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.edit(now);
            }
        });

        Label title = new Label();
        title.getStyleClass().add("editor-title");
        title.textProperty().bind(vm.editorTitleProperty());
        GridPane grid = Forms.grid();
        TextField code = text("serviceCodeField", vm.codeProperty());
        code.setPromptText("H01");
        Forms.append(grid, messages.get("settings.services.column.code"), code, vm.errorProperty(Field.CODE));
        TextField name = text("serviceNameField", vm.nameProperty());
        Forms.append(grid, messages.get("settings.services.column.name"), name, vm.errorProperty(Field.NAME));
        ComboBox<CareDomain> domain = Choices.of("serviceDomainChoice", messages::of);
        domain.getItems().setAll(CareDomain.values());
        domain.valueProperty().bindBidirectional(vm.domainProperty());
        Forms.append(grid, messages.get("settings.services.column.domain"), domain, vm.errorProperty(Field.DOMAIN));
        Label note = new Label(messages.get("settings.services.note"));
        note.getStyleClass().add("form-hint");
        note.setWrapText(true);
        grid.add(note, 1, grid.getRowCount());

        Button add = new Button(messages.get("settings.services.new"));
        add.setId("newServiceButton");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            vm.edit(null);
            code.requestFocus();
        });
        Button save = new Button(messages.get("settings.services.save"));
        save.setId("saveServiceButton");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save());
        Button retire = new Button();
        retire.setId("retireServiceButton");
        retire.textProperty().bind(Bindings.when(vm.editingRetiredProperty())
                .then(messages.get("settings.services.restore")).otherwise(messages.get("settings.services.retire")));
        retire.disableProperty().bind(vm.editingSavedProperty().not().or(vm.busyProperty()));
        retire.setOnAction(e -> vm.toggleRetired());
        Button delete = new Button(messages.get("settings.services.delete"));
        delete.setId("deleteServiceButton");
        delete.disableProperty().bind(vm.editingSavedProperty().not().or(vm.busyProperty()));
        delete.setOnAction(e -> vm.delete());
        HBox buttons = new HBox(8, add, save, retire, delete);
        buttons.getStyleClass().add("editor-buttons");
        Label message = Forms.errorLabel(vm.messageProperty());
        message.setId("serviceMessage");

        Forms.alignLabels(List.of(grid));
        VBox editor = new VBox(title, grid, buttons, message);
        editor.getStyleClass().add("editor");
        SplitPane split = new SplitPane(table, editor);
        split.setDividerPositions(0.55);
        split.setId("servicesScreen");
        vm.load();
        return split;
    }

    private TableColumn<ServiceEntry, String> column(String key, Function<ServiceEntry, String> value, double ems) {
        TableColumn<ServiceEntry, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(ems * 13);
        column.setMinWidth(ems * 9);
        return column;
    }

    private static TextField text(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
