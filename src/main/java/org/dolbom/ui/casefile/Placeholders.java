package org.dolbom.ui.casefile;

import javafx.scene.control.Label;

/** What an empty list or table says, wrapped to its width instead of cut short in a narrow pane. */
public final class Placeholders {

    private Placeholders() {
    }

    public static Label of(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("list-placeholder");
        label.setWrapText(true);
        return label;
    }
}
