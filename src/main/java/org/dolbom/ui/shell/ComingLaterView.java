package org.dolbom.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A screen that is planned but not built yet says so, and what it will do, instead of showing nothing. */
public final class ComingLaterView {

    private ComingLaterView() {
    }

    public static Parent of(String id, String title, String notice, String whatItWillDo) {
        Label heading = new Label(title);
        heading.getStyleClass().add("page-title");
        Label first = new Label(notice);
        first.getStyleClass().add("coming-later-notice");
        first.setWrapText(true);
        Label second = new Label(whatItWillDo);
        second.getStyleClass().add("coming-later-detail");
        second.setWrapText(true);
        VBox box = new VBox(heading, first, second);
        box.setId(id);
        box.getStyleClass().add("coming-later");
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }
}
