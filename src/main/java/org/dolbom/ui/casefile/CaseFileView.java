package org.dolbom.ui.casefile;

import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.dolbom.domain.TimelineEvent;
import org.dolbom.domain.Visit;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.Cells;
import org.dolbom.ui.Forms;
import org.dolbom.ui.KoreanDates;

/** The case file parts of the resident screen: the overview, assessment, plan, visits and timeline. */
public final class CaseFileView {

    private final CaseFileViewModel vm;
    private final Messages messages;
    private final Supplier<VisitFormViewModel> visitForms;
    private final CaseChanges changes;

    public CaseFileView(CaseFileViewModel vm, Messages messages, Supplier<VisitFormViewModel> visitForms,
                        CaseChanges changes) {
        this.vm = vm;
        this.messages = messages;
        this.visitForms = visitForms;
        this.changes = changes;
    }

    /** 사례 요약: current plan, latest assessment, last visits and what is due next. */
    public Node overview() {
        GridPane grid = Forms.grid();
        Label plan = wrapped("caseOverviewPlan", whenLoaded(vm.planTextProperty()));
        Forms.append(grid, new Label(messages.get("case.overview.planLabel")), plan);
        Label assessment = wrapped("caseOverviewAssessment", whenLoaded(vm.assessmentTextProperty()));
        Forms.append(grid, new Label(messages.get("case.overview.assessmentLabel")), assessment);
        Forms.append(grid, new Label(messages.get("case.overview.nextLabel")),
                lines("caseOverviewNext", vm.next(), messages.get("case.overview.nothingDue")));
        Forms.append(grid, new Label(messages.get("case.overview.visitsLabel")),
                lines("caseOverviewVisits", vm.recentVisits(), messages.get("case.overview.noVisits")));
        Forms.alignLabels(java.util.List.of(grid));
        VBox box = new VBox(Forms.sectionTitle(messages.get("case.overview.title")), grid);
        box.getStyleClass().addAll("form-section-box", "case-overview");
        box.setId("caseOverview");
        box.visibleProperty().bind(vm.residentProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** The value once the case is read; until then "불러오는 중…", or that it could not be read. */
    private javafx.beans.value.ObservableStringValue whenLoaded(javafx.beans.value.ObservableStringValue text) {
        return Bindings.createStringBinding(() -> switch (vm.loadProperty().get()) {
            case LOADING -> messages.get("case.overview.loading");
            case FAILED -> messages.get("case.overview.failed");
            default -> text.get();
        }, vm.loadProperty(), text);
    }

    /** An empty list's words: "none yet" only once the case is read, "불러오는 중…" while it is. */
    private Label placeholder(String none) {
        Label label = Placeholders.of(none);
        label.textProperty().bind(whenLoaded(new javafx.beans.property.SimpleStringProperty(none)));
        return label;
    }

    private static Label wrapped(String id, javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }

    /**
     * The lines, or a hint when there are none: "none" only once the case is read, so a resident with visits is
     * never said to have none while they are on their way.
     */
    private Node lines(String id, ObservableList<String> items, String none) {
        VBox box = new VBox(2);
        box.setId(id);
        Runnable fill = () -> {
            box.getChildren().clear();
            if (items.isEmpty()) {
                CaseFileViewModel.Load load = vm.loadProperty().get();
                Label empty = new Label(switch (load) {
                    case LOADING -> messages.get("case.overview.loading");
                    case FAILED -> messages.get("case.overview.failed");
                    default -> none;
                });
                empty.getStyleClass().add("form-hint");
                empty.setWrapText(true);
                box.getChildren().add(empty);
            }
            for (String item : items) {
                Label line = new Label(item);
                line.setWrapText(true);
                box.getChildren().add(line);
            }
        };
        items.addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        vm.loadProperty().addListener((o, was, now) -> fill.run());
        fill.run();
        return box;
    }

    /** 욕구조사: the latest assessment and the form for the next one. */
    public Node assessment() {
        return new AssessmentView(vm.assessment(), messages).build();
    }

    /** 지원계획: the current plan, its services, status steps and checks. */
    public Node plan() {
        return new PlanView(vm.plan(), messages).build();
    }

    /** 방문기록: the resident's visits newest first, a page at a time, with new and open/correct. */
    public Node visits() {
        Button record = new Button(messages.get("case.visits.new"));
        record.setId("residentNewVisitButton");
        record.getStyleClass().add("accent");
        record.disableProperty().bind(vm.residentProperty().isNull());
        record.setOnAction(e -> {
            CaseFileViewModel.Shown shown = vm.residentProperty().get();
            VisitFormViewModel form = visitForms.get();
            form.setOnSaved(v -> changes.recorded());
            form.newVisit(VisitPrefill.forResident(shown.id(), shown.name()));
            VisitFormView.showDialog(record.getScene().getWindow(), form, messages);
        });
        TableView<Visit> table = new TableView<>(vm.visits());
        table.setId("residentVisitsTable");
        table.setAccessibleText(messages.get("case.visits.table.accessible"));
        table.setPlaceholder(placeholder(messages.get("case.visits.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Visit, String> date = column("case.visits.column.date",
                v -> KoreanDates.format(v.visitedAt().toLocalDate()), 8.5);
        // The date is what a person reads the list by: it is never cut short.
        date.setMinWidth(date.getPrefWidth());
        TableColumn<Visit, String> kind = column("case.visits.column.kind", v -> messages.of(v.kind()), 6);
        kind.setMinWidth(kind.getPrefWidth());
        // Only the notes take the spare width; the short columns stay as wide as what they hold.
        table.getColumns().setAll(date, kind,
                column("case.visits.column.outcome", v -> messages.of(v.outcome()), 4),
                column("case.visits.column.staff", v -> vm.staffName(v.staffId()), 5),
                column("case.visits.column.signed", v -> !v.isSignedOff() ? messages.get("case.visits.draft")
                        : v.version() > 1 ? messages.get("case.visits.corrected", v.version())
                        : messages.get("case.visits.signed"), 5),
                column("case.visits.column.notes", v -> v.notes() == null ? "" : v.notes().strip()
                        .replaceAll("\\s*\\R\\s*", " / "), 8));
        table.getColumns().forEach(c -> c.setMaxWidth(c == table.getColumns().getLast() ? Double.MAX_VALUE
                : c.getPrefWidth() * 1.2));
        Button open = new Button(messages.get("case.visits.open"));
        open.setId("residentOpenVisitButton");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Runnable openSelected = () -> {
            Visit v = table.getSelectionModel().getSelectedItem();
            if (v != null) {
                VisitFormViewModel form = visitForms.get();
                form.setOnSaved(saved -> changes.recorded());
                form.open(v.id(), vm.residentProperty().get().name());
                VisitFormView.showDialog(table.getScene().getWindow(), form, messages);
            }
        };
        open.setOnAction(e -> openSelected.run());
        table.setRowFactory(t -> {
            TableRow<Visit> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openSelected.run();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected.run();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox tools = new HBox(8, record, open, spacer(), pager("residentVisits", vm.visitPageProperty(),
                vm.moreVisitsProperty(), vm::previousVisitPage, vm::nextVisitPage));
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.getStyleClass().add("list-tools");
        VBox pane = new VBox(8, tools, table);
        pane.getStyleClass().add("page");
        pane.setId("residentVisitsPane");
        return pane;
    }

    /** 타임라인: assessments, plan changes, checks, visits and status changes, newest first. */
    public Node timeline() {
        ListView<TimelineEvent> list = new ListView<>(vm.timeline());
        list.setId("residentTimeline");
        list.setPlaceholder(placeholder(messages.get("case.timeline.empty")));
        // Each event wraps onto more lines in a narrow pane; the tooltip has its whole text.
        list.setCellFactory(Cells.wrappingList(this::timelineLine, null));
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox tools = new HBox(8, spacer(), pager("residentTimeline", vm.timelinePageProperty(),
                vm.moreTimelineProperty(), vm::previousTimelinePage, vm::nextTimelinePage));
        tools.getStyleClass().add("list-tools");
        VBox pane = new VBox(8, tools, list);
        pane.getStyleClass().add("page");
        pane.setId("residentTimelinePane");
        return pane;
    }

    private String timelineLine(TimelineEvent event) {
        String tag = event.tag() == null ? "" : " · " + messages.of(event.tag());
        String text = event.text() == null ? "" : "  " + event.text().strip().replaceAll("\\s*\\R\\s*", " / ");
        return messages.get("case.timeline.line", KoreanDates.format(event.at().toLocalDate()),
                messages.of(event.kind()) + tag, text);
    }

    private HBox pager(String id, ReadOnlyIntegerProperty page, ReadOnlyBooleanProperty more, Runnable previous,
                       Runnable next) {
        Button back = new Button(messages.get("case.page.previous"));
        back.setId(id + "PreviousPage");
        back.disableProperty().bind(page.isEqualTo(0));
        back.setOnAction(e -> previous.run());
        Button forward = new Button(messages.get("case.page.next"));
        forward.setId(id + "NextPage");
        forward.disableProperty().bind(more.not());
        forward.setOnAction(e -> next.run());
        Label where = new Label();
        where.textProperty().bind(Bindings.createStringBinding(() -> messages.get("case.page.number",
                page.get() + 1), page));
        HBox box = new HBox(6, back, where, forward);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double ems) {
        TableColumn<T, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        // Notes and names wrap onto more lines rather than ending in "…"; the tooltip has the whole value.
        column.setCellFactory(Cells.wrapping());
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(ems * 13);
        column.setMinWidth(ems * 10);
        return column;
    }
}
