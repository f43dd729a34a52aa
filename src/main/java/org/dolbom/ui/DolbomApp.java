package org.dolbom.ui;

import java.nio.file.Path;

/** The window. {@code dolbom} with no subcommand lands here. */
public final class DolbomApp {

    private DolbomApp() {
    }

    /** Opens the main window on this data file and returns when the window is closed. */
    public static void open(Path databaseFile) {
        throw new UnsupportedOperationException("DolbomApp.open");
    }
}
