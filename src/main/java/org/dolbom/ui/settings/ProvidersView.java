package org.dolbom.ui.settings;

import java.util.List;
import java.util.function.Function;

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

import org.dolbom.domain.Provider;
import org.dolbom.domain.ProviderKind;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.Choices;
import org.dolbom.ui.Forms;

/** 설정 › 제공기관: institutions on the left, the one being added or changed on the right. */
public final class ProvidersView {

    private final ProvidersViewModel vm;
    private final Messages messages;

    public ProvidersView(ProvidersViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        TableView<Provider> table = new TableView<>(vm.providers());
        table.setId("providersTable");
        table.setAccessibleText(messages.get("settings.providers.table.accessible"));
        table.setPlaceholder(new Label(messages.get("settings.providers.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                column("settings.providers.column.name", Provider::name, 12),
                column("settings.providers.column.kind", p -> messages.of(p.kind()), 8),
                column("settings.providers.column.phone", p -> p.phone() == null ? "" : p.phone().formatted(), 8));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.edit(now);
            }
        });

        Label title = new Label();
        title.getStyleClass().add("editor-title");
        title.textProperty().bind(vm.editorTitleProperty());
        GridPane grid = Forms.grid();
        TextField name = text("providerNameField", vm.nameProperty());
        Forms.append(grid, messages.get("settings.providers.column.name"), name, vm.nameErrorProperty());
        ComboBox<ProviderKind> kind = Choices.of("providerKindChoice", messages::of);
        kind.getItems().setAll(ProviderKind.values());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        Forms.append(grid, messages.get("settings.providers.column.kind"), kind, null);
        TextField phone = text("providerPhoneField", vm.phoneProperty());
        phone.setPromptText("031-000-0000");
        Forms.append(grid, messages.get("settings.providers.column.phone"), phone, vm.phoneErrorProperty());

        Button add = new Button(messages.get("settings.providers.new"));
        add.setId("newProviderButton");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            vm.edit(null);
            name.requestFocus();
        });
        Button save = new Button(messages.get("settings.providers.save"));
        save.setId("saveProviderButton");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save());
        Button delete = new Button(messages.get("settings.providers.delete"));
        delete.setId("deleteProviderButton");
        delete.disableProperty().bind(vm.editingSavedProperty().not().or(vm.busyProperty()));
        delete.setOnAction(e -> vm.delete());
        HBox buttons = new HBox(8, add, save, delete);
        buttons.getStyleClass().add("editor-buttons");
        Label message = Forms.errorLabel(vm.messageProperty());
        message.setId("providerMessage");

        Forms.alignLabels(List.of(grid));
        VBox editor = new VBox(title, grid, buttons, message);
        editor.getStyleClass().add("editor");
        SplitPane split = new SplitPane(table, editor);
        split.setDividerPositions(0.55);
        split.setId("providersScreen");
        vm.load();
        return split;
    }

    private TableColumn<Provider, String> column(String key, Function<Provider, String> value, double ems) {
        TableColumn<Provider, String> column = new TableColumn<>(messages.get(key));
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
