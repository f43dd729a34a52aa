package org.dolbom.ui.casefile;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.dolbom.domain.NeedDomain;
import org.dolbom.domain.NeedRating;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.Staff;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.Choices;
import org.dolbom.ui.Forms;

/** 욕구조사 tab: the latest assessment in one line, and the nine domains to rate for the next one. */
public final class AssessmentView {

    private final AssessmentViewModel vm;
    private final Messages messages;

    public AssessmentView(AssessmentViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Node build() {
        Label latest = new Label();
        latest.setId("assessmentLatest");
        latest.setWrapText(true);
        latest.textProperty().bind(vm.latestTextProperty());

        GridPane head = Forms.grid();
        TextField date = new TextField();
        date.setId("assessmentDateField");
        date.textProperty().bindBidirectional(vm.dateProperty());
        date.setPromptText(messages.get("resident.date.prompt"));
        Forms.append(head, messages.get("assessment.date"), date, vm.dateErrorProperty());
        ComboBox<Staff> assessor = Choices.of("assessmentAssessorChoice", Staff::name);
        assessor.setItems(vm.staffChoices());
        assessor.valueProperty().bindBidirectional(vm.assessorProperty());
        Forms.append(head, messages.get("assessment.assessor"), assessor, null);

        GridPane needs = new GridPane();
        needs.getStyleClass().add("form-grid");
        needs.setId("assessmentNeeds");
        ColumnConstraints domainColumn = new ColumnConstraints();
        ColumnConstraints levelColumn = new ColumnConstraints();
        ColumnConstraints noteColumn = new ColumnConstraints();
        noteColumn.setHgrow(Priority.ALWAYS);
        needs.getColumnConstraints().setAll(domainColumn, levelColumn, noteColumn);
        needs.add(header(messages.get("assessment.column.domain")), 0, 0);
        needs.add(header(messages.get("assessment.column.level")), 1, 0);
        needs.add(header(messages.get("assessment.column.note")), 2, 0);
        int row = 1;
        for (NeedDomain d : NeedDomain.values()) {
            Label name = new Label(messages.of(d));
            ComboBox<Integer> level = Choices.of("assessmentLevel" + d.name(),
                    n -> messages.get("assessment.level.value", n, messages.get(switch (n) {
                        case 0 -> "assessment.level.0";
                        case 1 -> "assessment.level.1";
                        case 2 -> "assessment.level.2";
                        default -> "assessment.level.3";
                    })));
            for (int n = NeedRating.MIN_LEVEL; n <= NeedRating.MAX_LEVEL; n++) {
                level.getItems().add(n);
            }
            level.valueProperty().bindBidirectional(vm.levelProperty(d));
            level.setAccessibleText(messages.get("assessment.level.accessible", messages.of(d)));
            name.setLabelFor(level);
            TextField note = new TextField();
            note.setId("assessmentNote" + d.name());
            note.textProperty().bindBidirectional(vm.noteProperty(d));
            note.setAccessibleText(messages.get("assessment.note.accessible", messages.of(d)));
            needs.add(name, 0, row);
            needs.add(level, 1, row);
            needs.add(note, 2, row);
            row++;
        }

        GridPane tail = Forms.grid();
        TextArea summary = new TextArea();
        summary.setId("assessmentSummaryArea");
        summary.setPrefRowCount(3);
        summary.setWrapText(true);
        summary.textProperty().bindBidirectional(vm.summaryProperty());
        VisitFormView.tabLeaves(summary);
        Forms.append(tail, messages.get("assessment.summary"), summary, null);
        ComboBox<RiskLevel> risk = Choices.of("assessmentRiskChoice", messages::of);
        risk.getItems().setAll(RiskLevel.values());
        risk.valueProperty().bindBidirectional(vm.riskProperty());
        Forms.append(tail, messages.get("assessment.risk"), risk, null);
        Forms.alignLabels(List.of(head, tail));

        Label error = Forms.errorLabel(vm.formErrorProperty());
        error.setId("assessmentFormError");
        Button save = new Button(messages.get("assessment.save"));
        save.setId("assessmentSaveButton");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save());
        Label hint = new Label(messages.get("assessment.hint"));
        hint.getStyleClass().add("form-hint");
        hint.setWrapText(true);
        VBox page = new VBox(8, latest, hint, head, Forms.sectionTitle(messages.get("assessment.needs")), needs, tail,
                error, new HBox(save));
        page.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("residentAssessmentPane");
        return scroll;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        return label;
    }
}
