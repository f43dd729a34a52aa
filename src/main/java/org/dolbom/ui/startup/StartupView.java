package org.dolbom.ui.startup;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

import org.dolbom.i18n.Messages;

/** What the window shows while the data file opens, or while demo data is made: a line, a bar and 취소. */
public final class StartupView {

    private final StartupViewModel model;
    private final Messages messages;

    public StartupView(StartupViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent build() {
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add("title-2");
        Label message = new Label();
        message.setId("startupMessage");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        ProgressBar bar = new ProgressBar();
        bar.setId("demoProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        bar.setAccessibleText(messages.get("startup.demo.title"));
        Button cancel = new Button(messages.get("common.cancel"));
        cancel.setId("demoCancelButton");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.cancelRequestedProperty());
        for (var node : java.util.List.of(bar, cancel)) {
            node.visibleProperty().bind(model.fillingProperty());
            node.managedProperty().bind(node.visibleProperty());
        }
        VBox box = new VBox(16, title, message, bar, cancel);
        box.setId("startupPane");
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(480);
        VBox outer = new VBox(box);
        outer.setAlignment(Pos.CENTER);
        return outer;
    }
}
