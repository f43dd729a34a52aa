package org.dolbom.store;

import java.util.List;

/**
 * A storage failure a person must be told about, e.g. the file is open in another Dolbom or is not a Dolbom file.
 * Carries a message key and its arguments; the UI and CLI turn it into words.
 */
public class StoreException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    public StoreException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public StoreException(String messageKey, Object... args) {
        this(messageKey, null, args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
