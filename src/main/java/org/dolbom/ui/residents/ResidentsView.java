package org.dolbom.ui.residents;

import java.time.LocalDate;
import java.time.Period;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RiskLevel;
import org.dolbom.i18n.Messages;
import org.dolbom.store.ResidentRow;
import org.dolbom.ui.KoreanDates;

/** 대상자 screen: the search list on the left, the open resident's file on the right. */
public final class ResidentsView {

    private static final Duration TYPING_PAUSE = Duration.millis(150);
    /** Ask for the next page while this many rows are still below the last one shown. */
    private static final int PREFETCH_ROWS = 20;

    private final ResidentListViewModel list;
    private final ResidentFormViewModel form;
    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final ResidentFormView formView;
    private TextField search;
    private TableView<ResidentRow> table;

    public ResidentsView(ResidentListViewModel list, ResidentFormViewModel form, Messages messages,
                         Supplier<LocalDate> today) {
        this.list = list;
        this.form = form;
        this.messages = messages;
        this.today = today;
        this.formView = new ResidentFormView(form, messages);
    }

    public Parent build() {
        search = new TextField();
        search.setId("residentSearchField");
        search.setPromptText(messages.get("residents.search.prompt"));
        search.setAccessibleText(messages.get("residents.search.accessible"));
        search.getStyleClass().add("search-field");
        search.textProperty().bindBidirectional(list.queryProperty());
        PauseTransition typing = new PauseTransition(TYPING_PAUSE);
        typing.setOnFinished(e -> list.search());
        search.textProperty().addListener((o, was, now) -> typing.playFromStart());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                typing.stop();
                if (e.getCode() == KeyCode.ENTER) {
                    list.search();
                }
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                    table.getFocusModel().focus(0);
                }
                e.consume();
            }
        });

        CheckBox includeClosed = new CheckBox(messages.get("residents.includeClosed"));
        includeClosed.setId("residentIncludeClosed");
        includeClosed.selectedProperty().bindBidirectional(list.includeClosedProperty());
        Label count = new Label();
        count.setId("residentCount");
        count.getStyleClass().add("result-count");
        count.textProperty().bind(list.countTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button(messages.get("residents.new"));
        add.setId("newResidentButton");
        add.setOnAction(e -> newResident());
        HBox tools = new HBox(12, includeClosed, count, spacer, add);
        tools.getStyleClass().add("list-tools");

        table = new TableView<>(list.rows());
        table.setId("residentTable");
        table.setAccessibleText(messages.get("residents.table.accessible"));
        table.setPlaceholder(new Label(messages.get("residents.table.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_SUBSEQUENT_COLUMNS);
        table.getColumns().setAll(
                column("residents.column.name", ResidentRow::name, 70),
                column("residents.column.birth", r -> r.birthDate() == null ? "" : messages.get(
                        "residents.birthWithAge", KoreanDates.format(r.birthDate()),
                        Period.between(r.birthDate(), today.get()).getYears()), 160),
                column("residents.column.sex", r -> messages.of(r.sex()), 40),
                column("residents.column.phone", ResidentRow::maskedPhone, 115),
                column("residents.column.area", ResidentRow::areaLabel, 115),
                styled(column("residents.column.status", r -> messages.of(r.status()), 65),
                        r -> r.status() == ResidentStatus.ACTIVE ? null : "status-closed"),
                styled(column("residents.column.risk", r -> messages.of(r.riskLevel()), 50),
                        r -> r.riskLevel().compareTo(RiskLevel.HIGH) >= 0 ? "risk-high" : null));
        table.setRowFactory(t -> {
            TableRow<ResidentRow> row = new TableRow<>() {
                @Override
                protected void updateItem(ResidentRow item, boolean empty) {
                    super.updateItem(item, empty);
                    // A row near the end became visible: the person is scrolling down, fetch the next page.
                    if (!empty && getIndex() >= list.rows().size() - PREFETCH_ROWS && list.hasMoreProperty().get()) {
                        Platform.runLater(list::loadMore);
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openResident(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                openResident(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox left = new VBox(search, tools, table);
        left.getStyleClass().add("resident-list");
        SplitPane split = new SplitPane(left, formView.build());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.56);
        split.setId("residentsScreen");
        list.search();
        return split;
    }

    private TableColumn<ResidentRow, String> column(String key, Function<ResidentRow, String> value, double width) {
        TableColumn<ResidentRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 64));
        column.setSortable(false);
        return column;
    }

    /** Marks cells whose value needs attention (a closed case, a high risk) with a style class. */
    private static TableColumn<ResidentRow, String> styled(TableColumn<ResidentRow, String> column,
                                                           Function<ResidentRow, String> styleClass) {
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeAll("status-closed", "risk-high");
                setText(empty ? null : text);
                if (!empty && getTableRow() != null && getTableRow().getItem() != null) {
                    String style = styleClass.apply(getTableRow().getItem());
                    if (style != null) {
                        getStyleClass().add(style);
                    }
                }
            }
        });
        return column;
    }

    private void openResident(ResidentRow row) {
        if (form.residentId().filter(row.id()::equals).isPresent()) {
            return;
        }
        form.whenSafeToLeave(() -> form.open(row.id()));
    }

    /** Ctrl+F. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Ctrl+N. */
    public void newResident() {
        form.whenSafeToLeave(() -> {
            form.newResident();
            Platform.runLater(formView::focusFirstField);
        });
    }

    /** Ctrl+S. */
    public void save() {
        form.save(() -> { });
    }
}
