package org.dolbom.cli;

import java.util.List;

/** A command declines to do what was asked; the message key says why in words a person can act on. Exit code 1. */
final class Refusal extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    Refusal(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    String messageKey() {
        return messageKey;
    }

    List<Object> args() {
        return args;
    }
}
