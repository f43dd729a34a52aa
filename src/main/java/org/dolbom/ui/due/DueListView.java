package org.dolbom.ui.due;

import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.dolbom.domain.Area;
import org.dolbom.domain.Staff;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.Choices;
import org.dolbom.ui.casefile.Placeholders;
import org.dolbom.ui.due.DueListViewModel.Row;

/** 방문 예정 screen: filters on top, the list below; double-click or Enter opens the resident. */
public final class DueListView {

    private final DueListViewModel vm;
    private final Messages messages;
    private final BiConsumer<UUID, String> openResident;

    public DueListView(DueListViewModel vm, Messages messages, BiConsumer<UUID, String> openResident) {
        this.vm = vm;
        this.messages = messages;
        this.openResident = openResident;
    }

    public Parent build() {
        Label title = new Label(messages.get("due.title"));
        title.getStyleClass().add("page-title");
        Label hint = new Label(messages.get("due.hint"));
        hint.getStyleClass().add("form-hint");
        hint.setWrapText(true);

        ComboBox<Staff> staff = Choices.of("dueStaffFilter", Staff::name);
        staff.setItems(vm.staffChoices());
        staff.valueProperty().bindBidirectional(vm.staffFilterProperty());
        staff.setPromptText(messages.get("due.filter.allStaff"));
        staff.setAccessibleText(messages.get("due.filter.staff"));
        ComboBox<Area> area = Choices.of("dueAreaFilter", Area::label);
        area.setItems(vm.areaChoices());
        area.valueProperty().bindBidirectional(vm.areaFilterProperty());
        area.setPromptText(messages.get("due.filter.allAreas"));
        area.setAccessibleText(messages.get("due.filter.area"));
        Button clear = new Button(messages.get("due.filter.clear"));
        clear.setId("dueClearFilters");
        clear.setOnAction(e -> vm.clearFilters());
        Button refresh = new Button(messages.get("due.refresh"));
        refresh.setId("dueRefresh");
        refresh.disableProperty().bind(vm.busyProperty());
        refresh.setOnAction(e -> vm.load());
        Label staffLabel = new Label(messages.get("due.filter.staff"));
        staffLabel.setLabelFor(staff);
        Label areaLabel = new Label(messages.get("due.filter.area"));
        areaLabel.setLabelFor(area);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("dueSummary");
        summary.getStyleClass().add("result-count");
        summary.textProperty().bind(vm.summaryProperty());
        HBox filters = new HBox(8, staffLabel, staff, areaLabel, area, clear, spacer, summary, refresh);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.getStyleClass().add("list-tools");

        TableView<Row> table = new TableView<>(vm.rows());
        table.setId("dueTable");
        table.setAccessibleText(messages.get("due.table.accessible"));
        table.setPlaceholder(Placeholders.of(messages.get("due.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                column("due.column.resident", Row::resident, 7),
                column("due.column.reason", Row::reason, 16),
                column("due.column.dueDate", Row::dueDate, 9),
                overdueMarked(column("due.column.when", Row::when, 7)),
                column("due.column.staff", Row::staff, 7),
                column("due.column.area", Row::area, 10),
                column("due.column.planned", Row::planned, 9));
        table.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox screen = new VBox(8, title, hint, filters, table);
        screen.getStyleClass().add("page");
        screen.setId("dueScreen");
        vm.load();
        return screen;
    }

    private void open(Row row) {
        openResident.accept(row.item().residentId(), row.resident());
    }

    /** Days overdue stand out in the one column that says how late a visit is. */
    private static TableColumn<Row, String> overdueMarked(TableColumn<Row, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                getStyleClass().remove("due-overdue");
                if (row != null && row.overdue()) {
                    getStyleClass().add("due-overdue");
                }
            }
        });
        return column;
    }

    private TableColumn<Row, String> column(String key, Function<Row, String> value, double ems) {
        TableColumn<Row, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(ems * 13);
        column.setMinWidth(ems * 8);
        return column;
    }
}
