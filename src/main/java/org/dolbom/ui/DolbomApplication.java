package org.dolbom.ui;

import java.lang.System.Logger.Level;
import java.nio.file.Path;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

import org.dolbom.app.Settings;
import org.dolbom.app.WindowRequest;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.concurrent.BackgroundWork;
import org.dolbom.ui.startup.StartupView;
import org.dolbom.ui.startup.StartupViewModel;

/**
 * JavaFX's entry, started by {@link DolbomApp#open}. JavaFX creates this class itself, so what it needs is handed
 * over in static fields before the launch.
 */
public final class DolbomApplication extends Application {

    private static final System.Logger LOG = System.getLogger(DolbomApplication.class.getName());

    private static volatile StartupViewModel startup;
    private static volatile BackgroundWork work;
    private static volatile Path settingsFile;
    private static volatile Settings settings;
    private static volatile boolean startupProbe;
    private static volatile WindowRequest.StallProbe stallProbe;

    static void handOff(StartupViewModel startup, BackgroundWork work, Path settingsFile, Settings settings,
                        boolean startupProbe, WindowRequest.StallProbe stallProbe) {
        DolbomApplication.startup = startup;
        DolbomApplication.work = work;
        DolbomApplication.settingsFile = settingsFile;
        DolbomApplication.settings = settings;
        DolbomApplication.startupProbe = startupProbe;
        DolbomApplication.stallProbe = stallProbe;
    }

    @Override
    public void start(Stage stage) {
        showThenOpen(stage, startup, work, settingsFile, settings, startupProbe, stallProbe, Platform::exit);
    }

    /** The window shows first; the file opens behind it, and a refusal comes as a dialog over it. */
    static void showThenOpen(Stage stage, StartupViewModel startup, BackgroundWork work, Path settingsFile,
                             Settings settings, boolean startupProbe, WindowRequest.StallProbe stallProbe,
                             Runnable exit) {
        Messages messages = new Messages(settings.locale());
        // JavaFX's own ButtonType.OK would read "OK" whatever the language.
        ButtonType ok = new ButtonType(messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> {
            LOG.log(Level.ERROR, "unexpected failure on the FX thread", e);
            new Alert(Alert.AlertType.ERROR, messages.get("common.error.unexpected"), ok).show();
        });
        Scene scene = MainWindow.openingScene(new StartupView(startup, messages).build(), settings);
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        // Closing while the file opens or demo data is made stops that work; the file is closed after the launch.
        stage.setOnCloseRequest(e -> {
            startup.stop();
            exit.run();
        });
        if (startupProbe) {
            StartupProbe.watch(scene, messages, exit);
        }
        startup.setOnRefused(reason -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, reason, ok);
            alert.initOwner(stage);
            alert.setTitle(messages.get("app.title"));
            alert.setHeaderText(messages.get("dialog.refused.header"));
            alert.showAndWait();
            exit.run();
        });
        startup.setOnReady((context, note) -> {
            MainWindow window = new MainWindow(stage, scene, context, work, settingsFile, settings);
            window.setOnClosed(exit);
            window.show();
            if (stallProbe != null) {
                StallProbe.start(scene, messages, context, stallProbe, exit);
            }
            if (note != null) {
                window.session().status().show(note);
            }
        });
        stage.show();
        startup.start();
    }
}
