package org.dolbom.ui.residents;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.util.Duration;

import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.Sex;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.casefile.CaseFileView;
import org.dolbom.store.ResidentRow;
import org.dolbom.ui.Forms;
import org.dolbom.ui.KoreanDates;

/** 대상자 screen: the search list on the left, the open resident's file on the right. */
public final class ResidentsView {

    private static final Duration TYPING_PAUSE = Duration.millis(150);
    /** A dragged divider is remembered once it has stopped moving for this long. */
    private static final Duration DIVIDER_SETTLES = Duration.millis(600);
    /** Ask for the next page while this many rows are still below the last one shown. */
    private static final int PREFETCH_ROWS = 20;

    private final ResidentListViewModel list;
    private final ResidentFormViewModel form;
    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final ResidentFormView formView;
    private TextField search;
    private TableView<ResidentRow> table;
    private double divider = 0.55;
    private DoubleConsumer onDividerMoved = position -> { };

    public ResidentsView(ResidentListViewModel list, ResidentFormViewModel form, CaseFileView caseFile,
                         Messages messages, Supplier<LocalDate> today) {
        this.list = list;
        this.form = form;
        this.messages = messages;
        this.today = today;
        this.formView = new ResidentFormView(form, caseFile, messages);
    }

    /** Where the divider between the list and the resident's file starts, and who hears where it was left. */
    public void rememberDivider(double position, DoubleConsumer onMoved) {
        this.divider = position;
        this.onDividerMoved = onMoved;
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
            if (e.getCode() == KeyCode.ENTER) {
                // Enter opens the first match of what is typed, searching first if the list is behind the typing.
                typing.stop();
                list.openFirstMatch(first -> {
                    table.getSelectionModel().clearAndSelect(0);
                    table.getFocusModel().focus(0);
                    table.scrollTo(0);
                    openResident(first);
                });
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                typing.stop();
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
        Button export = new Button();
        export.setId("exportSelectedResidents");
        export.textProperty().bind(list.exportText());
        export.disableProperty().bind(Bindings.isEmpty(list.selection()));
        export.setTooltip(new Tooltip(messages.get("residents.export.hint")));
        export.setOnAction(e -> list.exportSelected());
        // However far the divider is dragged, the actions and the count keep their whole labels.
        for (javafx.scene.control.Control keep : java.util.List.of(includeClosed, count, export, add)) {
            keep.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox tools = new HBox(12, includeClosed, count, spacer, export, add);
        tools.getStyleClass().add("list-tools");

        table = new TableView<>(list.rows());
        table.setId("residentTable");
        table.setAccessibleText(messages.get("residents.table.accessible"));
        Label placeholder = new Label();
        placeholder.setId("residentTableEmpty");
        placeholder.getStyleClass().add("empty-state");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(28 * 13);
        placeholder.textProperty().bind(list.emptyTextProperty());
        table.setPlaceholder(placeholder);
        // Content columns are exactly as wide as what they hold; name and area share what is left.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ResidentRow, String> name = column("residents.column.name", ResidentRow::name);
        name.setId("residentNameColumn");
        TableColumn<ResidentRow, String> birth = column("residents.column.birth",
                r -> KoreanDates.format(r.birthDate()));
        birth.setId("residentBirthColumn");
        TableColumn<ResidentRow, String> age = column("residents.column.age", r -> r.birthDate() == null ? ""
                : messages.get("residents.age", Period.between(r.birthDate(), today.get()).getYears()));
        age.setId("residentAgeColumn");
        // The list says M/F where the language has a short form; the form beside it spells it out.
        TableColumn<ResidentRow, String> sex = column("residents.column.sex", r -> shortSex(r.sex()));
        TableColumn<ResidentRow, String> phone = column("residents.column.phone", ResidentRow::maskedPhone);
        phone.setId("residentPhoneColumn");
        TableColumn<ResidentRow, String> status = styled(column("residents.column.status",
                r -> messages.of(r.status())), r -> r.status() == ResidentStatus.ACTIVE ? null : "status-closed");
        TableColumn<ResidentRow, String> risk = styled(column("residents.column.risk",
                r -> messages.of(r.riskLevel())), r -> r.riskLevel().compareTo(RiskLevel.HIGH) >= 0 ? "risk-high"
                : null);
        risk.setId("residentRiskColumn");
        TableColumn<ResidentRow, String> area = column("residents.column.area", ResidentRow::areaLabel);
        table.getColumns().setAll(name, birth, age, sex, phone, status, risk, area);
        // Ctrl or Shift picks several residents for export; one row still opens with a double click or Enter.
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ResidentRow>) c ->
                list.selection().setAll(table.getSelectionModel().getSelectedItems().stream()
                        .filter(Objects::nonNull).toList()));
        MenuItem exportItem = new MenuItem();
        exportItem.setId("exportSelectedResidentsMenu");
        exportItem.textProperty().bind(list.exportText());
        exportItem.disableProperty().bind(Bindings.isEmpty(list.selection()));
        exportItem.setOnAction(e -> list.exportSelected());
        table.setContextMenu(new ContextMenu(exportItem));
        // Sizes follow the font, so the scale setting widens the columns with the text.
        Runnable fitColumns = () -> {
            Font font = count.getFont();
            fit(name, font, false, "홍길동", "남궁민수");
            fit(birth, font, true, KoreanDates.format(LocalDate.of(2000, 12, 28)));
            fit(age, font, true, messages.get("residents.age", 100));
            fit(sex, font, true, shortSex(Sex.M), shortSex(Sex.F));
            fit(phone, font, true, "010-****-0000");
            fit(status, font, true, labels(ResidentStatus.values()));
            fit(risk, font, true, labels(RiskLevel.values()));
            fit(area, font, false, "양평읍 양근리");
        };
        count.fontProperty().addListener((o, was, now) -> fitColumns.run());
        fitColumns.run();
        // The area column takes whatever room the others leave, so the columns fill the list with no blank
        // filler; when large text leaves less room than the columns need, the list scrolls sideways instead.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Runnable fillWidth = () -> {
            double others = table.getColumns().stream().filter(c -> c != area)
                    .mapToDouble(TableColumn::getWidth).sum();
            // Room for the vertical scroll bar, when it shows, and the table's border.
            double bar = table.lookupAll(".scroll-bar").stream()
                    .filter(n -> n instanceof javafx.scene.control.ScrollBar b
                            && b.getOrientation() == Orientation.VERTICAL && b.isVisible())
                    .mapToDouble(n -> n.getBoundsInLocal().getWidth()).findFirst().orElse(0);
            double room = table.getWidth() - others - bar - 3;
            area.setPrefWidth(Math.max(area.getMinWidth(), room));
        };
        table.widthProperty().addListener((o, was, now) -> fillWidth.run());
        // The scroll bar comes and goes with the number of rows.
        list.rows().addListener((ListChangeListener<ResidentRow>) c -> Platform.runLater(fillWidth));
        count.fontProperty().addListener((o, was, now) -> Platform.runLater(fillWidth));
        for (TableColumn<ResidentRow, ?> c : table.getColumns()) {
            if (c != area) {
                c.widthProperty().addListener((o, was, now) -> fillWidth.run());
            }
        }
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
        // The person drags the divider to give the resident's file more room; where they leave it is kept.
        Parent detail = formView.build();
        SplitPane split = new SplitPane(left, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(divider);
        SplitPane.setResizableWithParent(detail, true);
        split.setId("residentsScreen");
        split.setAccessibleText(messages.get("residents.divider.accessible"));
        PauseTransition settled = new PauseTransition(DIVIDER_SETTLES);
        split.getDividers().getFirst().positionProperty().addListener((o, was, now) -> settled.playFromStart());
        settled.setOnFinished(e -> onDividerMoved.accept(split.getDividers().getFirst().getPosition()));
        list.search();
        return split;
    }

    private TableColumn<ResidentRow, String> column(String key, Function<ResidentRow, String> value) {
        TableColumn<ResidentRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    /**
     * Sizes a column to the widest of its header (drawn bold) and the samples. A fixed column keeps that width;
     * a flexible one starts there and takes a share of the spare room.
     */
    private static void fit(TableColumn<ResidentRow, String> column, Font font, boolean fixed, String... samples) {
        Font bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        double widest = Forms.textWidth(column.getText(), bold);
        for (String sample : samples) {
            widest = Math.max(widest, Forms.textWidth(sample, font));
        }
        // Cell padding on both sides plus the column rule.
        double width = Math.ceil(widest + font.getSize() * 1.3 + 2);
        column.setMinWidth(width);
        column.setPrefWidth(fixed ? width : width * 1.15);
        column.setMaxWidth(fixed ? width : Double.MAX_VALUE);
        column.setResizable(!fixed);
    }

    private String shortSex(Sex sex) {
        return messages.get(sex == Sex.M ? "residents.sex.M" : "residents.sex.F");
    }

    private String[] labels(Enum<?>[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = messages.of(values[i]);
        }
        return out;
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
