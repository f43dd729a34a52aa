package org.dolbom.ui.casefile;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.dolbom.domain.PlanCheck;
import org.dolbom.domain.PlanStatus;
import org.dolbom.domain.Provider;
import org.dolbom.domain.ServiceEntry;
import org.dolbom.domain.Staff;
import org.dolbom.domain.VisitFrequency;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.Cells;
import org.dolbom.ui.Choices;
import org.dolbom.ui.Forms;
import org.dolbom.ui.KoreanDates;
import org.dolbom.ui.casefile.PlanViewModel.Line;

/** 지원계획 tab: status and its allowed steps, the plan form, its planned services, and its checks. */
public final class PlanView {

    private final PlanViewModel vm;
    private final Messages messages;

    public PlanView(PlanViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Node build() {
        Label statusText = new Label();
        statusText.setId("planStatusText");
        statusText.getStyleClass().add("status-summary");
        statusText.setWrapText(true);
        statusText.textProperty().bind(vm.statusTextProperty());
        ComboBox<PlanStatus> next = Choices.of("planNextStatusChoice", messages::of);
        next.setItems(vm.transitions());
        next.setPromptText(messages.get("plan.status.pick"));
        TextField reason = text("planEndReasonField", vm.endReasonProperty());
        reason.setPromptText(messages.get("plan.status.endReason"));
        reason.visibleProperty().bind(next.valueProperty().isEqualTo(PlanStatus.ENDED));
        reason.managedProperty().bind(reason.visibleProperty());
        Button change = new Button(messages.get("plan.status.change"));
        change.setId("planChangeStatusButton");
        change.disableProperty().bind(next.valueProperty().isNull().or(vm.busyProperty()));
        change.setOnAction(e -> vm.changeStatus(next.getValue()));
        HBox statusLine = new HBox(8, next, reason, change);
        statusLine.setAlignment(Pos.CENTER_LEFT);
        statusLine.visibleProperty().bind(vm.savedProperty());
        statusLine.managedProperty().bind(statusLine.visibleProperty());

        GridPane form = Forms.grid();
        Forms.append(form, messages.get("plan.madeOn"), date("planMadeOnField", vm.madeOnProperty()), null);
        HBox period = new HBox(6, date("planPeriodStartField", vm.periodStartProperty()), new Label(messages.get("plan.period.between")),
                date("planPeriodEndField", vm.periodEndProperty()));
        period.setAlignment(Pos.CENTER_LEFT);
        Forms.append(form, new Label(messages.get("plan.period")), period);
        TextArea goals = new TextArea();
        goals.setId("planGoalsArea");
        goals.setPrefRowCount(3);
        goals.setWrapText(true);
        goals.textProperty().bindBidirectional(vm.goalsProperty());
        VisitFormView.tabLeaves(goals);
        Forms.append(form, messages.get("plan.goals"), goals, null);
        ComboBox<VisitFrequency> frequency = Choices.of("planFrequencyChoice", messages::of);
        frequency.getItems().setAll(VisitFrequency.values());
        frequency.valueProperty().bindBidirectional(vm.frequencyProperty());
        Forms.append(form, messages.get("plan.frequency"), frequency, null);
        Forms.append(form, messages.get("plan.nextReview"), date("planNextReviewField", vm.nextReviewProperty()),
                null);
        ComboBox<Staff> staff = Choices.of("planStaffChoice", Staff::name);
        staff.setItems(vm.staffChoices());
        staff.valueProperty().bindBidirectional(vm.responsibleProperty());
        Forms.append(form, messages.get("plan.staff"), staff, null);

        TableView<Line> lines = new TableView<>(vm.lines());
        lines.setId("planServicesTable");
        lines.setPrefHeight(150);
        lines.setPlaceholder(Placeholders.of(messages.get("plan.services.empty")));
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        lines.getColumns().setAll(
                column("plan.service.column.service", l -> l.service() == null ? "" : l.service().name(), 7),
                column("plan.service.column.content", l -> nz(l.planned().content()), 8),
                column("plan.service.column.method", l -> nz(l.planned().method()), 5),
                column("plan.service.column.quantity", l -> nz(l.planned().quantity()), 4),
                column("plan.service.column.period", l -> l.planned().periodStart() == null
                        && l.planned().periodEnd() == null ? "" : KoreanDates.format(l.planned().periodStart())
                        + " ~ " + KoreanDates.format(l.planned().periodEnd()), 9),
                column("plan.service.column.provider", l -> l.provider() == null ? "" : l.provider().name(), 7));
        lines.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && lines.getSelectionModel().getSelectedItem() != null) {
                vm.removeLine(lines.getSelectionModel().getSelectedItem());
            }
        });
        Button remove = new Button(messages.get("plan.service.remove"));
        remove.setId("planRemoveServiceButton");
        remove.disableProperty().bind(lines.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeLine(lines.getSelectionModel().getSelectedItem()));

        GridPane add = Forms.grid();
        ComboBox<ServiceEntry> service = Choices.searchable("planServiceChoice",
                s -> messages.get("visit.service.value", s.code(), s.name()));
        service.setItems(vm.catalogue());
        service.valueProperty().bindBidirectional(vm.lineServiceProperty());
        Forms.append(add, messages.get("plan.service.column.service"), service, null);
        Forms.append(add, messages.get("plan.service.column.content"),
                text("planServiceContentField", vm.lineContentProperty()), null);
        Forms.append(add, messages.get("plan.service.column.method"),
                text("planServiceMethodField", vm.lineMethodProperty()), null);
        TextField quantity = text("planServiceQuantityField", vm.lineQuantityProperty());
        quantity.setPromptText(messages.get("plan.service.quantity.prompt"));
        Forms.append(add, messages.get("plan.service.column.quantity"), quantity, null);
        TextField linePeriod = text("planServicePeriodField", vm.linePeriodProperty());
        linePeriod.setPromptText(messages.get("plan.service.period.prompt"));
        Forms.append(add, messages.get("plan.service.column.period"), linePeriod, null);
        ComboBox<Provider> provider = Choices.searchable("planServiceProviderChoice", Provider::name);
        provider.setItems(vm.providers());
        provider.valueProperty().bindBidirectional(vm.lineProviderProperty());
        Forms.append(add, messages.get("plan.service.column.provider"), provider, vm.lineErrorProperty());
        Button addButton = new Button(messages.get("plan.service.add"));
        addButton.setId("planAddServiceButton");
        addButton.setOnAction(e -> vm.addLine());
        add.add(new HBox(8, addButton, remove), 1, add.getRowCount());

        Label error = Forms.errorLabel(vm.formErrorProperty());
        error.setId("planFormError");
        Button save = new Button(messages.get("plan.save"));
        save.setId("planSaveButton");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save());

        ListView<PlanCheck> checks = new ListView<>(vm.checks());
        checks.setId("planChecksList");
        checks.setPrefHeight(90);
        checks.setPlaceholder(Placeholders.of(messages.get("plan.checks.empty")));
        checks.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(PlanCheck c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : messages.get("plan.check.line", KoreanDates.format(c.checkedOn()),
                        nz(c.result()), nz(c.note())));
            }
        });
        GridPane check = Forms.grid();
        Forms.append(check, messages.get("plan.check.date"), date("planCheckDateField", vm.checkDateProperty()),
                null);
        Forms.append(check, messages.get("plan.check.result"), text("planCheckResultField", vm.checkResultProperty()),
                null);
        Forms.append(check, messages.get("plan.check.note"), text("planCheckNoteField", vm.checkNoteProperty()),
                vm.checkErrorProperty());
        Button record = new Button(messages.get("plan.check.record"));
        record.setId("planRecordCheckButton");
        record.disableProperty().bind(vm.busyProperty());
        record.setOnAction(e -> vm.recordCheck());
        check.add(record, 1, check.getRowCount());
        VBox checkBox = new VBox(6, Forms.sectionTitle(messages.get("plan.checks")), checks, check);
        checkBox.visibleProperty().bind(vm.savedProperty());
        checkBox.managedProperty().bind(checkBox.visibleProperty());

        Forms.alignLabels(List.of(form, add, check));
        VBox page = new VBox(8, statusText, statusLine, form,
                Forms.sectionTitle(messages.get("plan.services")), lines, add, error, new HBox(save), checkBox);
        page.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("residentPlanPane");
        return scroll;
    }

    private TextField date(String id, StringProperty property) {
        TextField field = text(id, property);
        field.setPromptText(messages.get("resident.date.prompt"));
        field.setPrefColumnCount(9);
        return field;
    }

    private static TextField text(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private TableColumn<Line, String> column(String key, Function<Line, String> value, double ems) {
        TableColumn<Line, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        // A service's content or provider wraps onto more lines rather than ending in "…".
        column.setCellFactory(Cells.wrapping());
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(ems * 13);
        column.setMinWidth(ems * 6);
        return column;
    }
}
