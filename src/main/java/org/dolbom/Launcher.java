package org.dolbom;

import org.dolbom.cli.DolbomCommand;
import org.dolbom.ui.DolbomApp;

/**
 * The jar's entry point. A plain class rather than a JavaFX {@code Application}, so JavaFX on the class path starts
 * and the headless subcommands never touch the toolkit.
 */
public final class Launcher {

    private Launcher() {
    }

    /** Started by the version check in {@code Start}, or directly by the packaged app with its own Java 25. */
    public static void main(String[] args) {
        // jOOQ's banner and SLF4J's "no provider" notice would otherwise land on stderr amid a command's output.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        int exitCode = DolbomCommand.commandLine(DolbomCommand.messagesFor(System.getenv("DOLBOM_LANG")),
                DolbomApp::open).execute(args);
        System.exit(exitCode);
    }
}
