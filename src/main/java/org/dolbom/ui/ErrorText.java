package org.dolbom.ui;

import java.lang.System.Logger.Level;

import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.Problem;
import org.dolbom.i18n.Messages;
import org.dolbom.store.StoreException;

/** Turns a failure into words a person can act on; anything unexpected is logged, never shown as a stack trace. */
public final class ErrorText {

    private static final System.Logger LOG = System.getLogger(ErrorText.class.getName());

    private final Messages messages;

    public ErrorText(Messages messages) {
        this.messages = messages;
    }

    public String of(Throwable error) {
        Throwable e = error;
        while (e != null) {
            if (e instanceof StoreException store) {
                return messages.get(store.messageKey(), store.args());
            }
            if (e instanceof InvalidInputException invalid && !invalid.problems().isEmpty()) {
                Problem first = invalid.problems().getFirst();
                return messages.get(first.messageKey(), first.args());
            }
            e = e.getCause();
        }
        LOG.log(Level.ERROR, "unexpected failure", error);
        return messages.get("common.error.unexpected");
    }
}
