package org.dolbom.ui;

import java.lang.System.Logger.Level;
import java.nio.file.Path;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

import org.dolbom.app.AppContext;
import org.dolbom.app.Settings;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.concurrent.BackgroundWork;

/**
 * JavaFX's entry, started by {@link DolbomApp#open}. JavaFX creates this class itself, so what it needs is handed
 * over in static fields before the launch.
 */
public final class DolbomApplication extends Application {

    private static final System.Logger LOG = System.getLogger(DolbomApplication.class.getName());

    private static volatile AppContext context;
    private static volatile BackgroundWork work;
    private static volatile Path settingsFile;
    private static volatile Settings settings;
    private static volatile String refusal;

    static void handOff(AppContext context, BackgroundWork work, Path settingsFile, Settings settings,
                        String refusal) {
        DolbomApplication.context = context;
        DolbomApplication.work = work;
        DolbomApplication.settingsFile = settingsFile;
        DolbomApplication.settings = settings;
        DolbomApplication.refusal = refusal;
    }

    @Override
    public void start(Stage stage) {
        MainWindow.loadFonts();
        Messages messages = new Messages(settings == null ? Messages.KOREAN : settings.locale());
        // JavaFX's own ButtonType.OK would read "OK" whatever the language.
        ButtonType ok = new ButtonType(messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> {
            LOG.log(Level.ERROR, "unexpected failure on the FX thread", e);
            new Alert(Alert.AlertType.ERROR, messages.get("common.error.unexpected"), ok).show();
        });
        if (refusal != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, refusal, ok);
            alert.setTitle(messages.get("app.title"));
            alert.setHeaderText(messages.get("dialog.refused.header"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        MainWindow window = new MainWindow(stage, context, work, settingsFile, settings);
        window.setOnClosed(Platform::exit);
        window.show();
    }
}
