package org.dolbom.ui.exchange;

import javafx.scene.Node;
import javafx.scene.control.Label;

import org.dolbom.i18n.Messages;
import org.dolbom.ui.Session;

/** Placeholder until the tab is built. */
final class ImportView {

    private final Messages messages;

    ImportView(Session session, Messages messages, Runnable onImported) {
        this.messages = messages;
    }

    Node build() {
        return new Label(messages.get("nav.exchange"));
    }
}
