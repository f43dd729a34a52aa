package org.dolbom.ui.setup;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.dolbom.i18n.Messages;
import org.dolbom.ui.Forms;

/** The first-run page: office identity and the person using the app, before the main window opens. */
public final class SetupView {

    private final SetupViewModel vm;
    private final Messages messages;
    private final Runnable done;

    public SetupView(SetupViewModel vm, Messages messages, Runnable done) {
        this.vm = vm;
        this.messages = messages;
        this.done = done;
    }

    public Parent build() {
        Label title = new Label(messages.get("setup.title"));
        title.getStyleClass().add("page-title");
        Label intro = new Label(messages.get("setup.intro"));
        intro.setWrapText(true);

        GridPane grid = Forms.grid();
        int row = 0;
        TextField officeName = new TextField();
        TextField officeCode = new TextField();
        TextField userName = new TextField();
        if (vm.asksOffice()) {
            officeName.setId("setupOfficeNameField");
            officeName.setPromptText(messages.get("setup.office.name.prompt"));
            officeName.textProperty().bindBidirectional(vm.officeNameProperty());
            Forms.add(grid, 0, row++, messages.get("setup.office.name"), officeName, vm.officeNameErrorProperty());
            officeCode.setId("setupOfficeCodeField");
            officeCode.setPromptText(messages.get("setup.office.code.prompt"));
            officeCode.textProperty().bindBidirectional(vm.officeCodeProperty());
            Forms.add(grid, 0, row++, messages.get("setup.office.code"), officeCode, vm.officeCodeErrorProperty());
        }
        if (vm.asksUser()) {
            userName.setId("setupUserNameField");
            userName.setPromptText(messages.get("setup.user.prompt"));
            userName.textProperty().bindBidirectional(vm.userNameProperty());
            Forms.add(grid, 0, row++, messages.get("setup.user"), userName, vm.userNameErrorProperty());
        }

        Button start = new Button(messages.get("setup.start"));
        start.setId("setupStartButton");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.busyProperty());
        start.setOnAction(e -> vm.submit(done));

        VBox card = new VBox(title, intro, grid, Forms.errorLabel(vm.formErrorProperty()), start);
        card.getStyleClass().add("setup-card");
        card.setAlignment(Pos.TOP_LEFT);
        card.setMaxSize(560, javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane page = new StackPane(card);
        page.getStyleClass().add("setup-page");
        (vm.asksOffice() ? officeName : userName).sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater((vm.asksOffice() ? officeName : userName)::requestFocus);
            }
        });
        return page;
    }
}
