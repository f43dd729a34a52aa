package org.dolbom.exchange;

import java.util.Arrays;
import java.util.List;

import org.dolbom.i18n.Messages;

/**
 * A bundle refused as a whole, with the message key that names the problem and its arguments. Arguments never
 * hold an RRN or record content: only names of fields, record types, ids, numbers.
 */
public final class BundleRefusal extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    public BundleRefusal(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public BundleRefusal(Throwable cause, String messageKey, Object... args) {
        super(messageKey + " " + Arrays.toString(args), cause);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }

    /** The refusal in the user's language; enum arguments (such as a record type) are shown by their label. */
    public String text(Messages messages) {
        Object[] shown = args.stream()
                .map(arg -> arg instanceof Enum<?> e ? messages.of(e) : arg)
                .toArray();
        return messages.get(messageKey, shown);
    }
}
