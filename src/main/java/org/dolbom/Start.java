package org.dolbom;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

/**
 * The jar's Main-Class, compiled for Java 8 so that any Java can run it: on a Java older than Dolbom needs (a new
 * terminal where the default {@code java} is older), it says which Java to use instead of a class-version error.
 * On a new enough Java it hands over to {@link Launcher}, by name, since Launcher's class file is too new here.
 */
public final class Start {

    static final int REQUIRED = 25;

    private Start() {
    }

    public static void main(String[] args) throws Throwable {
        int running = feature(System.getProperty("java.specification.version", "0"));
        if (running < REQUIRED) {
            System.err.println(tooOld(running, System.getenv("DOLBOM_LANG")));
            System.exit(1);
            return;
        }
        try {
            Class.forName("org.dolbom.Launcher").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** {@code 1.8} → 8, {@code 17} → 17. */
    static int feature(String specification) {
        String version = specification.startsWith("1.") ? specification.substring(2) : specification;
        int dot = version.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The message in Korean, or English with {@code DOLBOM_LANG=en}; read as UTF-8, as Java 8 would not. */
    static String tooOld(int running, String language) {
        boolean english = language != null && language.trim().equalsIgnoreCase("en");
        String bundle = "/org/dolbom/i18n/messages_" + (english ? "en" : "ko") + ".properties";
        Properties texts = new Properties();
        try (InputStream in = Start.class.getResourceAsStream(bundle)) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // the fallback below still names the Java that is needed
        }
        String pattern = texts.getProperty("launcher.javaTooOld", "Dolbom needs Java {0} or newer (this is Java {1}).");
        return new MessageFormat(pattern).format(new Object[] {String.valueOf(REQUIRED), String.valueOf(running)});
    }
}
