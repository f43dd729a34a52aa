package org.dolbom.ui.exchange;

import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.dolbom.i18n.Messages;
import org.dolbom.ui.Forms;
import org.dolbom.ui.Session;
import org.dolbom.ui.exchange.ConflictsViewModel.ConflictRow;
import org.dolbom.ui.exchange.ConflictsViewModel.FieldChoice;

/**
 * 충돌 정리 tab: the open conflicts on the left; on the right the selected record's differing fields, each with this
 * PC's value and the other office's, one of them chosen.
 */
final class ConflictsView {

    private static final String STYLESHEET = "/org/dolbom/ui/exchange/import.css";

    private final ConflictsViewModel vm;
    private final Messages messages;

    ConflictsView(Session session, Messages messages, Runnable onImported) {
        this(ConflictsViewModel.of(session, onImported), messages);
    }

    ConflictsView(ConflictsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    Node build() {
        SplitPane split = new SplitPane(list(), detail());
        split.setDividerPositions(0.42);
        split.setId("conflictsScreen");
        split.getStylesheets().add(ConflictsView.class.getResource(STYLESHEET).toExternalForm());
        vm.refresh();
        return split;
    }

    /** Reads the open conflicts again, e.g. when the tab is opened after an import. */
    void refresh() {
        vm.refresh();
    }

    private Node list() {
        Label title = new Label(messages.get("exchange.conflicts.title"));
        title.getStyleClass().add("page-title");
        Label hint = wrapped(messages.get("exchange.conflicts.hint"), "form-hint");

        TableView<ConflictRow> table = new TableView<>(vm.conflicts());
        table.setId("conflictsTable");
        table.setAccessibleText(messages.get("exchange.conflicts.table.accessible"));
        Label empty = wrapped(messages.get("exchange.conflicts.empty"), "list-placeholder");
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                column("exchange.conflicts.column.type", ConflictRow::type, 4.5),
                column("exchange.conflicts.column.label", ConflictRow::label, 10),
                column("exchange.conflicts.column.received", ConflictRow::receivedOn, 6.5),
                column("exchange.conflicts.column.from", ConflictRow::from, 12));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button refresh = new Button(messages.get("exchange.conflicts.refresh"));
        refresh.setId("conflictsRefreshButton");
        refresh.setOnAction(e -> vm.refresh());
        VBox box = new VBox(8, title, hint, table, refresh);
        box.getStyleClass().add("conflicts-list");
        return box;
    }

    private Node detail() {
        Label heading = new Label();
        heading.setId("conflictHeading");
        heading.getStyleClass().add("editor-title");
        heading.textProperty().bind(vm.headingProperty());
        Label detail = new Label();
        detail.setId("conflictDetail");
        detail.getStyleClass().add("form-hint");
        detail.textProperty().bind(vm.detailProperty());
        Label hint = wrapped(messages.get("exchange.conflicts.choose.hint"), "form-hint");

        Button allOurs = new Button(messages.get("exchange.conflicts.allOurs"));
        allOurs.setId("conflictAllOurs");
        allOurs.setOnAction(e -> vm.allOurs());
        Button allTheirs = new Button(messages.get("exchange.conflicts.allTheirs"));
        allTheirs.setId("conflictAllTheirs");
        allTheirs.setOnAction(e -> vm.allTheirs());
        HBox shortcuts = new HBox(8, allOurs, allTheirs);

        GridPane fields = new GridPane();
        fields.setId("conflictFields");
        fields.getStyleClass().add("conflict-fields");
        vm.fields().addListener((ListChangeListener<FieldChoice>) c -> fill(fields));

        Button apply = new Button(messages.get("exchange.conflicts.apply"));
        apply.setId("conflictApplyButton");
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(vm.busyProperty().or(vm.selectedProperty().isNull()));
        apply.setOnAction(e -> vm.apply());

        Label message = new Label();
        message.setId("conflictMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("import-message");
        vm.toneProperty().addListener((o, was, now) -> ImportView.tone(message, now));
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        VBox chosen = new VBox(8, heading, detail, hint, shortcuts, fields, apply);
        chosen.visibleProperty().bind(vm.selectedProperty().isNotNull());
        chosen.managedProperty().bind(chosen.visibleProperty());
        Label nothing = wrapped("", "empty-state");
        nothing.textProperty().bind(Bindings.when(Bindings.isEmpty(vm.conflicts()))
                .then(messages.get("exchange.conflicts.none.left"))
                .otherwise(messages.get("exchange.conflicts.none.selected")));
        nothing.visibleProperty().bind(vm.selectedProperty().isNull());
        nothing.managedProperty().bind(nothing.visibleProperty());
        VBox box = new VBox(8, message, chosen, nothing);
        box.getStyleClass().add("editor");
        box.setId("conflictEditor");
        // The whole side scrolls, so 적용 stays right under the choices however many fields differ.
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private void fill(GridPane grid) {
        grid.getChildren().clear();
        Label field = header("exchange.conflicts.column.field");
        Label ours = header("exchange.conflicts.column.ours");
        Label theirs = header("exchange.conflicts.column.theirs");
        grid.addRow(0, field, ours, theirs);
        int row = 1;
        for (FieldChoice choice : vm.fields()) {
            Label name = new Label(choice.label());
            name.getStyleClass().add("form-label");
            name.setWrapText(true);
            ToggleGroup group = new ToggleGroup();
            RadioButton keepOurs = value("conflictOurs-" + choice.field(), choice.ours(), group);
            RadioButton takeTheirs = value("conflictTheirs-" + choice.field(), choice.theirs(), group);
            keepOurs.setAccessibleText(messages.get("exchange.conflicts.ours.accessible", choice.label(),
                    choice.ours()));
            takeTheirs.setAccessibleText(messages.get("exchange.conflicts.theirs.accessible", choice.label(),
                    choice.theirs()));
            name.setLabelFor(keepOurs);
            // The radio pair and the choice follow each other, whichever side changes first.
            takeTheirs.setSelected(choice.takeTheirsProperty().get());
            keepOurs.setSelected(!choice.takeTheirsProperty().get());
            choice.takeTheirsProperty().addListener((o, was, now) -> (now ? takeTheirs : keepOurs).setSelected(true));
            group.selectedToggleProperty().addListener((o, was, now) -> {
                if (now != null) {
                    choice.takeTheirsProperty().set(now == takeTheirs);
                }
            });
            grid.addRow(row++, name, keepOurs, takeTheirs);
        }
        ColumnConstraints label = new ColumnConstraints();
        label.setPercentWidth(22);
        ColumnConstraints side = new ColumnConstraints();
        side.setPercentWidth(39);
        grid.getColumnConstraints().setAll(label, side, side);
    }

    private Label header(String key) {
        Label header = new Label(messages.get(key));
        header.getStyleClass().add("conflict-fields-header");
        header.setMaxWidth(Double.MAX_VALUE);
        return header;
    }

    private static RadioButton value(String id, String text, ToggleGroup group) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        button.setWrapText(true);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.TOP_LEFT);
        button.setMinHeight(Region.USE_PREF_SIZE);
        return button;
    }

    private TableColumn<ConflictRow, String> column(String key, Function<ConflictRow, String> value, double ems) {
        TableColumn<ConflictRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setReorderable(false);
        column.setPrefWidth(ems * 13);
        // Names and dates are read whole; only the last column (the sender) gives way on a narrow pane.
        column.setMinWidth(ems * 13);
        return column;
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }
}
