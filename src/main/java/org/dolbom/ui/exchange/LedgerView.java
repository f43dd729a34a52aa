package org.dolbom.ui.exchange;

import java.io.File;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.FileChooser;

import org.dolbom.i18n.Messages;
import org.dolbom.ui.Session;
import org.dolbom.ui.exchange.LedgerViewModel.Line;

/** 공유 대장 tab: what went out and came in, newest first, and the button that takes a receipt back. */
final class LedgerView {

    private final LedgerViewModel vm;
    private final Messages messages;
    private VBox root;

    LedgerView(Session session, Messages messages) {
        this.vm = LedgerViewModel.of(session, messages);
        this.messages = messages;
    }

    Node build() {
        Label count = new Label();
        count.setId("ledgerCount");
        count.getStyleClass().add("result-count");
        count.textProperty().bind(vm.countTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button receipt = new Button(messages.get("exchange.ledger.receipt.import"));
        receipt.setId("ledgerImportReceipt");
        receipt.getStyleClass().add("accent");
        receipt.disableProperty().bind(vm.busyProperty());
        receipt.setOnAction(e -> chooseReceipt());
        Button reload = new Button(messages.get("exchange.ledger.refresh"));
        reload.setId("ledgerRefresh");
        reload.setOnAction(e -> vm.refresh());
        HBox tools = new HBox(count, spacer, reload, receipt);
        tools.getStyleClass().add("ledger-tools");

        Label message = new Label();
        message.setId("ledgerMessage");
        message.getStyleClass().add("ledger-message");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        vm.failedProperty().addListener((o, was, now) -> {
            message.getStyleClass().remove("ledger-failed");
            if (now) {
                message.getStyleClass().add("ledger-failed");
            }
        });

        TableView<Line> table = new TableView<>(vm.lines());
        table.setId("ledgerTable");
        table.setAccessibleText(messages.get("exchange.ledger.table.accessible"));
        Label empty = new Label(messages.get("exchange.ledger.empty"));
        empty.getStyleClass().add("list-placeholder");
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                column("exchange.ledger.column.direction", Line::direction, Line::direction, 4),
                column("exchange.ledger.column.at", Line::at, Line::at, 9.5),
                column("exchange.ledger.column.counterpart", Line::counterpart, Line::counterpart, 18),
                column("exchange.ledger.column.purpose", Line::purpose, Line::purpose, 5.5),
                column("exchange.ledger.column.legalBasis", Line::legalBasis, Line::legalBasis, 10),
                column("exchange.ledger.column.consent", Line::consentReference, Line::consentReference, 9),
                column("exchange.ledger.column.records", Line::records, Line::records, 5),
                column("exchange.ledger.column.sha256", Line::shortSha256, Line::sha256, 10),
                column("exchange.ledger.column.acknowledged", Line::acknowledged, Line::acknowledged, 11,
                        true));
        VBox.setVgrow(table, Priority.ALWAYS);
        fit(table, count.getFont());
        count.fontProperty().addListener((o, was, now) -> fit(table, now));

        Label hint = new Label(messages.get("exchange.ledger.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("form-hint");

        root = new VBox(tools, hint, message, table);
        root.getStyleClass().add("ledger-page");
        root.setId("ledgerScreen");
        root.getStylesheets().add(LedgerView.class.getResource("/org/dolbom/ui/exchange/export.css")
                .toExternalForm());
        vm.refresh();
        return root;
    }

    void refresh() {
        vm.refresh();
    }

    private void chooseReceipt() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("exchange.ledger.receipt.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("exchange.ledger.receipt.filter"), "*.receipt.json",
                        "*.json"),
                new FileChooser.ExtensionFilter(messages.get("exchange.ledger.receipt.filter.all"), "*"));
        File chosen = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (chosen != null) {
            vm.importReceipt(chosen.toPath());
        }
    }

    /**
     * A column about {@code ems} Hangul characters wide; its cells tell the whole text (the full checksum for the
     * short one) on hover. The receipt column marks a sent bundle still waiting for its receipt.
     */
    private TableColumn<Line, String> column(String key, Function<Line, String> value, Function<Line, String> whole,
                                             double ems) {
        return column(key, value, whole, ems, false);
    }

    private TableColumn<Line, String> column(String key, Function<Line, String> value, Function<Line, String> whole,
                                             double ems, boolean marksWaiting) {
        TableColumn<Line, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().remove("ledger-waiting");
                Line line = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(line == null ? null : new Tooltip(whole.apply(line)));
                if (marksWaiting && line != null && line.waiting()) {
                    getStyleClass().add("ledger-waiting");
                }
            }
        });
        column.setSortable(false);
        column.setReorderable(false);
        column.setUserData(ems);
        return column;
    }

    private static void fit(TableView<Line> table, Font font) {
        for (TableColumn<Line, ?> column : table.getColumns()) {
            double width = Math.ceil((Double) column.getUserData() * font.getSize());
            column.setPrefWidth(width);
            column.setMinWidth(Math.ceil(width * 0.8));
        }
    }
}
