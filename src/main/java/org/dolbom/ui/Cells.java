package org.dolbom.ui;

import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableNumberValue;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Table and list cells that wrap their text onto more lines instead of cutting it with "…", and show the whole
 * value in a tooltip, so a plan's services, a visit's notes and the timeline can be read in full in a narrow pane.
 */
public final class Cells {

    /** Shown lines are cut here (the tooltip has all of it), so one long note does not fill the whole table. */
    public static final int MAX_SHOWN = 240;

    private Cells() {
    }

    /** Wrapping cells for a column of text; the tooltip repeats the cell's text. */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> wrapping() {
        return wrapping(null);
    }

    /**
     * Wrapping cells for a column of text.
     *
     * @param whole the full value for the tooltip when the cell shows a shortened one, or null to repeat the cell
     */
    public static <S> Callback<TableColumn<S, String>, TableCell<S, String>> wrapping(Function<S, String> whole) {
        return column -> new TableCell<>() {
            private final Text text = wrappingText(this, Bindings.max(0, widthProperty().subtract(
                    Bindings.createDoubleBinding(() -> snappedLeftInset() + snappedRightInset() + 2,
                            paddingProperty(), insetsProperty()))));

            @Override
            protected double computePrefHeight(double width) {
                // The wrapped lines and the cell's padding, with a little room so the last line is never clipped.
                double base = super.computePrefHeight(width);
                return getGraphic() == null ? base : Math.max(base,
                        text.getLayoutBounds().getHeight() + snappedTopInset() + snappedBottomInset() + 6);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                S row = empty || getTableRow() == null ? null : getTableRow().getItem();
                String full = row != null && whole != null ? whole.apply(row) : item;
                show(this, text, empty ? null : item, empty ? null : full);
            }
        };
    }

    /** Wrapping list cells, the text made by {@code line}; {@code whole} gives the tooltip (null: the line). */
    public static <T> Callback<ListView<T>, ListCell<T>> wrappingList(Function<T, String> line,
                                                                      Function<T, String> whole) {
        return list -> new ListCell<>() {
            // The list's own width, less its scroll bar, so no line pushes the list to scroll sideways.
            private final Text text = wrappingText(this, Bindings.max(0, list.widthProperty().subtract(
                    Bindings.createDoubleBinding(() -> snappedLeftInset() + snappedRightInset() + 24,
                            paddingProperty(), insetsProperty()))));

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    show(this, text, null, null);
                } else {
                    show(this, text, line.apply(item), whole == null ? line.apply(item) : whole.apply(item));
                }
            }
        };
    }

    private static Text wrappingText(javafx.scene.control.Labeled cell, ObservableNumberValue width) {
        Text text = new Text();
        text.getStyleClass().add("wrapping-cell-text");
        text.wrappingWidthProperty().bind(width);
        text.fontProperty().bind(cell.fontProperty());
        text.fillProperty().bind(cell.textFillProperty());
        cell.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        cell.setMinWidth(0);
        cell.setPrefWidth(0);
        return text;
    }

    private static void show(javafx.scene.control.Labeled cell, Text text, String shown, String full) {
        if (shown == null || shown.isEmpty()) {
            text.setText("");
            cell.setText(null);
            cell.setGraphic(null);
            cell.setTooltip(null);
            cell.setAccessibleText(null);
            return;
        }
        String cut = shown.length() > MAX_SHOWN ? shown.substring(0, MAX_SHOWN).strip() + "…" : shown;
        text.setText(cut);
        // The text stays set for accessibility and for tests that read cells; only the wrapped graphic is drawn.
        cell.setText(shown);
        cell.setGraphic(text);
        String tip = full == null || full.isEmpty() ? shown : full;
        if (cell.getTooltip() == null) {
            Tooltip tooltip = new Tooltip(tip);
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(480);
            cell.setTooltip(tooltip);
        } else {
            cell.getTooltip().setText(tip);
        }
        cell.setAccessibleText(tip);
    }
}
