package org.dolbom.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import org.dolbom.i18n.Messages;

/** {@link Dialogs} as JavaFX alerts over the main window. */
public final class AlertDialogs implements Dialogs {

    private final Supplier<Window> owner;
    private final Supplier<Messages> messages;

    public AlertDialogs(Supplier<Window> owner, Supplier<Messages> messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType yes = new ButtonType(messages.get().get("common.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(messages.get().get("common.no"), ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public void error(String title, String message) {
        ButtonType ok = new ButtonType(messages.get().get("common.ok"), ButtonBar.ButtonData.OK_DONE);
        alert(Alert.AlertType.ERROR, title, message, ok).showAndWait();
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> choices, Function<T, String> label) {
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            ButtonBar.ButtonData data = i == 0 ? ButtonBar.ButtonData.OK_DONE
                    : i == choices.size() - 1 ? ButtonBar.ButtonData.CANCEL_CLOSE : ButtonBar.ButtonData.OTHER;
            buttons.add(new ButtonType(label.apply(choices.get(i)), data));
        }
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, buttons.toArray(ButtonType[]::new));
        return alert.showAndWait().map(buttons::indexOf).filter(i -> i >= 0).map(choices::get);
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
            alert.getDialogPane().getStylesheets().setAll(window.getScene().getStylesheets());
            alert.getDialogPane().getStyleClass().addAll(window.getScene().getRoot().getStyleClass());
        }
        return alert;
    }
}
