package org.dolbom.ui.exchange;

import javafx.scene.Node;
import javafx.scene.control.Label;

import org.dolbom.i18n.Messages;
import org.dolbom.ui.Session;

/** Placeholder until the tab is built. */
final class ExportView {

    private final Messages messages;

    ExportView(Session session, Messages messages) {
        this.messages = messages;
    }

    Node build() {
        return new Label(messages.get("nav.exchange"));
    }

    void selectResidents(java.util.List<String> residentIds) {
    }
}
