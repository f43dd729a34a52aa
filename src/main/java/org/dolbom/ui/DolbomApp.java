package org.dolbom.ui;

import java.nio.file.Path;
import java.time.Clock;

import javafx.application.Application;

import org.dolbom.app.AppContext;
import org.dolbom.app.NoScreenException;
import org.dolbom.app.Settings;
import org.dolbom.app.WindowRequest;
import org.dolbom.app.demo.DemoData;
import org.dolbom.i18n.Messages;
import org.dolbom.store.Actor;
import org.dolbom.ui.concurrent.BackgroundWork;
import org.dolbom.ui.startup.StartupViewModel;

/** The window. {@code dolbom} with no subcommand lands here. */
public final class DolbomApp {

    private DolbomApp() {
    }

    /**
     * Shows the main window at once, opens the data file behind it (never on the FX thread) and returns when the
     * window is closed, after closing the file with its closing backup.
     *
     * @return 0, or 1 when the file was refused (another Dolbom has it, or it is not a Dolbom file)
     * @throws NoScreenException when the toolkit finds no screen to open a window on
     */
    public static int open(WindowRequest request) {
        Path databaseFile = request.databaseFile();
        Settings settings = Settings.loadFor(databaseFile);
        Messages messages = new Messages(settings.locale());
        BackgroundWork work = BackgroundWork.forWindow();
        Actor actor = new Actor(System.getProperty("user.name", "unknown"), "localhost");
        StartupViewModel startup = new StartupViewModel(
                () -> AppContext.open(databaseFile, Clock.systemDefaultZone()), work, messages, request.demo(),
                DemoData.DEFAULT_RESIDENTS, actor);
        DolbomApplication.handOff(startup, work, Settings.fileFor(databaseFile), settings, request.startupProbe(),
                request.stallProbe());
        // The file opens while the toolkit starts; the window shows a loading line until it is open.
        startup.beginOpening();
        try {
            Application.launch(DolbomApplication.class);
        } catch (UnsupportedOperationException e) {
            // JavaFX's answer when it cannot open a display, e.g. DISPLAY names a screen that is gone.
            throw new NoScreenException(e);
        } finally {
            startup.stop();
            work.close();
            startup.closeFile();
        }
        return startup.refused() ? 1 : 0;
    }
}
