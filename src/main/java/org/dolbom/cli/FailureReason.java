package org.dolbom.cli;

import java.util.stream.Collectors;

import org.dolbom.domain.InvalidInputException;
import org.dolbom.i18n.Messages;
import org.dolbom.store.StoreException;

/** Turns whatever stopped a command into the one line a person reads on stderr: never a stack trace. */
final class FailureReason {

    private FailureReason() {
    }

    static String of(Throwable failure, Messages messages) {
        // The meaningful exception may be wrapped, e.g. by the transaction that rolled back.
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String reason = known(t, messages);
            if (reason != null) {
                return oneLine(reason);
            }
        }
        return oneLine(messages.get("cli.error.unexpected", failure.getClass().getSimpleName()));
    }

    private static String known(Throwable t, Messages messages) {
        if (t instanceof Refusal refusal) {
            return messages.get(refusal.messageKey(), refusal.args());
        }
        if (t instanceof StoreException store) {
            return messages.get(store.messageKey(), store.args());
        }
        if (t instanceof InvalidInputException invalid) {
            return invalid.problems().stream()
                    .map(problem -> messages.get(problem.messageKey(), problem.args()))
                    .collect(Collectors.joining(" "));
        }
        return null;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
