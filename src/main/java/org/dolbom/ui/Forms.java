package org.dolbom.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Builds labelled form rows the same way on every screen: label, field, and the field's message beneath it. */
public final class Forms {

    private Forms() {
    }

    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        return grid;
    }

    /** Adds a labelled field at (column pair, row); the label is linked to the field for screen readers. */
    public static void add(GridPane grid, int pair, int row, String labelText, Control field,
                           ObservableStringValue error) {
        Label label = new Label(labelText);
        label.setLabelFor(field);
        label.getStyleClass().add("form-label");
        field.setAccessibleText(labelText);
        field.setMaxWidth(Double.MAX_VALUE);
        Node cell = field;
        if (error != null) {
            Label message = errorLabel(error);
            message.setId(field.getId() == null ? null : field.getId() + "Error");
            VBox box = new VBox(field, message);
            box.getStyleClass().add("form-cell");
            cell = box;
        }
        GridPane.setHgrow(cell, Priority.ALWAYS);
        grid.add(label, pair * 2, row);
        grid.add(cell, pair * 2 + 1, row);
    }

    /** Adds a labelled field on the next row, for forms read top to bottom in a narrow pane. */
    public static void append(GridPane grid, String labelText, Control field, ObservableStringValue error) {
        add(grid, 0, grid.getRowCount(), labelText, field, error);
    }

    /** Adds a label and any node on the next row. */
    public static void append(GridPane grid, Label label, Node node) {
        label.getStyleClass().add("form-label");
        // Beside a node of several lines the label belongs to the first line, not the middle.
        GridPane.setValignment(label, VPos.BASELINE);
        int row = grid.getRowCount();
        GridPane.setHgrow(node, Priority.ALWAYS);
        grid.add(label, 0, row);
        grid.add(node, 1, row);
    }

    /** A message line that takes no space while there is nothing to say. */
    public static Label errorLabel(ObservableStringValue error) {
        Label message = new Label();
        message.textProperty().bind(error);
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    /**
     * Gives the label column of every grid the width of the widest label among them all, so that fields line up
     * from one section to the next. Follows the font, so a scale or language change keeps them aligned.
     */
    public static void alignLabels(List<GridPane> grids) {
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHgrow(Priority.NEVER);
        List<Label> all = new ArrayList<>();
        for (GridPane grid : grids) {
            ColumnConstraints fields = new ColumnConstraints();
            fields.setHgrow(Priority.ALWAYS);
            fields.setFillWidth(true);
            grid.getColumnConstraints().setAll(labels, fields);
            for (Node node : grid.getChildren()) {
                Integer column = GridPane.getColumnIndex(node);
                Integer span = GridPane.getColumnSpan(node);
                if (node instanceof Label label && (column == null || column == 0) && (span == null || span == 1)) {
                    all.add(label);
                }
            }
        }
        Runnable fit = () -> {
            double widest = 0;
            for (Label label : all) {
                widest = Math.max(widest, textWidth(label.getText(), label.getFont()));
            }
            labels.setMinWidth(Math.ceil(widest) + 2);
            labels.setPrefWidth(Math.ceil(widest) + 2);
        };
        for (Label label : all) {
            label.fontProperty().addListener((o, was, now) -> fit.run());
            label.textProperty().addListener((o, was, now) -> fit.run());
        }
        fit.run();
    }

    /** How wide a line of text is drawn in the font, without putting it on screen. */
    public static double textWidth(String text, Font font) {
        Text probe = new Text(text == null ? "" : text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    public static Label sectionTitle(String text) {
        Label title = new Label(text);
        title.getStyleClass().add("form-section");
        return title;
    }
}
