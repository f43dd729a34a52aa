package org.dolbom.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The status bar's last message: what the most recent background work did. */
public final class StatusLine {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public void show(String text) {
        message.set(text);
    }

    /** Forgets the last message, e.g. when the person moves to another screen it does not belong to. */
    public void clear() {
        message.set("");
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }
}
