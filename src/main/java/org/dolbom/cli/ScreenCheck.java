package org.dolbom.cli;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Whether a window can open at all, asked before the toolkit starts: on Linux without a display JavaFX waits and
 * then fails with a bare {@code UnsupportedOperationException}, which says nothing to a person on a server.
 *
 * @param osName        {@code os.name}
 * @param glassPlatform {@code glass.platform}: {@code Monocle} is the headless platform the window tests use
 * @param environment   reads an environment variable
 */
record ScreenCheck(String osName, String glassPlatform, UnaryOperator<String> environment) {

    static ScreenCheck ofThisProcess() {
        return new ScreenCheck(System.getProperty("os.name", ""), System.getProperty("glass.platform"),
                System::getenv);
    }

    boolean screenAvailable() {
        String os = osName.toLowerCase(Locale.ROOT);
        // Windows and macOS always have their own window system; a missing screen there fails inside JavaFX.
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        if ("monocle".equalsIgnoreCase(glassPlatform)) {
            return true;
        }
        return isSet("DISPLAY") || isSet("WAYLAND_DISPLAY");
    }

    private boolean isSet(String variable) {
        String value = environment.apply(variable);
        return value != null && !value.isBlank();
    }
}
