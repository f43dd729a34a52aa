package org.dolbom.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user's language: every string a person reads comes from {@code messages_ko.properties} or
 * {@code messages_en.properties} through here.
 */
public final class Messages {

    public static final String BUNDLE = "org.dolbom.i18n.messages";
    public static final Locale KOREAN = Locale.KOREAN;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages korean() {
        return new Messages(KOREAN);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for a key, formatted with its arguments. A missing key shows as itself rather than failing. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public String get(String key, List<Object> args) {
        return get(key, args.toArray());
    }

    /** The label of an enum constant: {@code enum.<SimpleName>.<CONSTANT>}. */
    public String of(Enum<?> value) {
        return value == null ? "" : get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
