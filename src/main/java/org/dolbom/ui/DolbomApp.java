package org.dolbom.ui;

import java.nio.file.Path;
import java.time.Clock;

import javafx.application.Application;

import org.dolbom.app.AppContext;
import org.dolbom.app.Settings;
import org.dolbom.i18n.Messages;
import org.dolbom.store.StoreException;
import org.dolbom.ui.concurrent.BackgroundWork;

/** The window. {@code dolbom} with no subcommand lands here. */
public final class DolbomApp {

    private DolbomApp() {
    }

    /**
     * Opens the main window on this data file and returns when the window is closed. The file is opened and closed
     * (with its closing backup) on the calling thread, never on the FX thread.
     */
    public static void open(Path databaseFile) {
        Path settingsFile = Settings.fileFor(databaseFile);
        Settings settings = Settings.load(settingsFile);
        AppContext context;
        try {
            context = AppContext.open(databaseFile, Clock.systemDefaultZone());
        } catch (StoreException e) {
            // Another Dolbom has the file, or it is not ours: say so in a window, since no terminal may be watching.
            Messages messages = new Messages(settings.locale());
            DolbomApplication.handOff(null, null, null, settings, messages.get(e.messageKey(), e.args()));
            Application.launch(DolbomApplication.class);
            return;
        }
        BackgroundWork work = BackgroundWork.forWindow();
        try {
            DolbomApplication.handOff(context, work, settingsFile, settings, null);
            Application.launch(DolbomApplication.class);
        } finally {
            work.close();
            context.close();
        }
    }
}
