package org.dolbom.domain;

import java.util.List;

/**
 * One thing wrong with what a person entered: which field, and the message key that explains it.
 * The domain never holds user-facing text; the UI and CLI look the key up in the message bundles.
 */
public record Problem(String field, String messageKey, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String field, String messageKey, Object... args) {
        return new Problem(field, messageKey, List.of(args));
    }
}
