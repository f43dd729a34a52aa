package org.dolbom.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

import org.dolbom.app.AppContext;
import org.dolbom.app.DataLocation;
import org.dolbom.app.Settings;
import org.dolbom.domain.Office;
import org.dolbom.domain.Staff;
import org.dolbom.domain.StaffRole;
import org.dolbom.i18n.Messages;
import org.dolbom.store.CachedCopy;
import org.dolbom.ui.concurrent.BackgroundWork;
import org.dolbom.ui.setup.SetupView;
import org.dolbom.ui.setup.SetupViewModel;
import org.dolbom.ui.shell.Screen;
import org.dolbom.ui.shell.ShellView;

/**
 * One Dolbom window over one open data file: first-run setup when the file has no office or staff yet, then the
 * shell. Theme and scale apply at once; a language change rebuilds the window's content in the new language.
 */
public final class MainWindow {

    private static final String[] FONTS = {"/org/dolbom/fonts/NanumGothic.ttf", "/org/dolbom/fonts/NanumGothicBold.ttf"};
    private static boolean fontsLoaded;

    private final Stage stage;
    private final Session session;
    private final Scene scene;
    private ShellView shell;
    private Runnable onClosed = () -> { };

    private record Startup(Optional<Office> office, List<Staff> staff) {
    }

    public MainWindow(Stage stage, AppContext context, BackgroundWork work, Path settingsFile, Settings settings) {
        this(stage, null, context, work, settingsFile, settings);
    }

    /** Takes over a window that is already showing (the one from {@link #openingScene}), so it does not flicker. */
    MainWindow(Stage stage, Scene showing, AppContext context, BackgroundWork work, Path settingsFile,
               Settings settings) {
        this.stage = stage;
        StatusLine status = new StatusLine();
        Dialogs dialogs = new AlertDialogs(() -> stage.isShowing() ? stage : null, this::messages);
        this.session = new Session(context, work, dialogs, status, settingsFile, settings);
        work.setUnhandledErrors(e -> {
            String text = new ErrorText(messages()).of(e);
            status.show(text);
            dialogs.error(messages().get("dialog.error.title"), text);
        });
        loadFonts();
        this.scene = showing != null ? showing : sized(waiting());
        session.settingsProperty().addListener((o, was, now) -> {
            // A moved divider changes no look; restyling the whole window for it would only cost time.
            if (was.theme() != now.theme() || was.scalePercent() != now.scalePercent()) {
                applyLook();
            }
            if (!was.language().equals(now.language())) {
                rebuild(Screen.SETTINGS);
            }
        });
        stage.setOnCloseRequest(e -> {
            e.consume();
            if (shell == null) {
                close();
            } else {
                shell.whenSafeToLeave(this::close);
            }
        });
    }

    /**
     * Ships the Hangul font with the app so an office PC without Korean fonts still shows text, not boxes. The fonts
     * are unpacked once into the user's cache folder and read from there; read from the jar, each start would
     * inflate 9 MB and write it to a temp file again.
     */
    public static synchronized void loadFonts() {
        if (fontsLoaded) {
            return;
        }
        for (String font : FONTS) {
            URL resource = MainWindow.class.getResource(font);
            if (resource == null) {
                continue;
            }
            Path cached = DataLocation.cacheDirectory().resolve("fonts")
                    .resolve(font.substring(font.lastIndexOf('/') + 1));
            Optional<Path> copy = CachedCopy.of(resource, cached);
            if (copy.isPresent()) {
                Font.loadFont(copy.get().toUri().toString(), 13);
            } else {
                try (InputStream in = resource.openStream()) {
                    Font.loadFont(in, 13);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        fontsLoaded = true;
    }

    /** The window's scene before any data file is open: the same size and look the main window will have. */
    static Scene openingScene(Parent content, Settings settings) {
        loadFonts();
        Scene scene = sized(content);
        applyLook(scene, settings);
        return scene;
    }

    /** As large as a modest office screen allows, so the registry list and the form both fit side by side. */
    private static Scene sized(Parent content) {
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(content, Math.min(1400, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(resource("/org/dolbom/ui/app.css"));
        return scene;
    }

    private static String resource(String path) {
        return MainWindow.class.getResource(path).toExternalForm();
    }

    public void setOnClosed(Runnable action) {
        this.onClosed = action;
    }

    public Session session() {
        return session;
    }

    /** Shows the window and starts reading who the office is; setup comes first when the file is new. */
    public void show() {
        stage.setScene(scene);
        stage.setTitle(messages().get("app.title"));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        applyLook();
        stage.show();
        session.work().job(p -> new Startup(session.context().office().office(),
                        session.context().staff().list(false)))
                .onSuccess(this::begin)
                .start();
    }

    private void begin(Startup startup) {
        startup.office().ifPresent(session.officeProperty()::set);
        Settings settings = session.settingsProperty().get();
        Optional<Staff> remembered = startup.staff().stream()
                .filter(s -> s.id().equals(settings.currentStaffId())).findFirst();
        // Until someone picks a user in 설정, the team leader is the likeliest person at the office PC.
        Optional<Staff> current = remembered.or(() -> startup.staff().stream()
                .filter(s -> s.role() == StaffRole.TEAM_LEADER).findFirst())
                .or(() -> startup.staff().stream().findFirst());
        current.ifPresent(session.currentStaffProperty()::set);
        if (startup.office().isEmpty() || startup.staff().isEmpty()) {
            SetupViewModel setup = new SetupViewModel(session, messages(), startup.office().isEmpty(),
                    startup.staff().isEmpty());
            setRoot(new SetupView(setup, messages(), this::afterSetup).build());
        } else {
            rememberUser();
            rebuild(Screen.RESIDENTS);
        }
    }

    private void afterSetup() {
        rememberUser();
        rebuild(Screen.RESIDENTS);
    }

    private void rememberUser() {
        Staff staff = session.currentStaffProperty().get();
        Settings settings = session.settingsProperty().get();
        if (staff != null && !staff.id().equals(settings.currentStaffId())) {
            Settings updated = settings.withCurrentStaffId(staff.id());
            session.settingsProperty().set(updated);
            Path file = session.settingsFile();
            session.work().job(p -> {
                updated.save(file);
                return updated;
            }).start();
        }
    }

    private void rebuild(Screen first) {
        Runnable build = () -> {
            shell = new ShellView(session, messages());
            setRoot(shell.build(first));
            shell.installShortcuts(scene);
            Office office = session.officeProperty().get();
            stage.setTitle(office == null ? messages().get("app.title")
                    : messages().get("shell.window.title", office.name()));
        };
        if (shell == null) {
            build.run();
        } else {
            shell.whenSafeToLeave(build);
        }
    }

    private void setRoot(Parent root) {
        scene.setRoot(root);
        applyLook();
    }

    /** Theme swaps AtlantaFX's user-agent sheet; scale sets the root font size every size in app.css follows. */
    private void applyLook() {
        applyLook(scene, session.settingsProperty().get());
    }

    private static void applyLook(Scene scene, Settings settings) {
        Application.setUserAgentStylesheet(settings.theme() == Settings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        Parent root = scene.getRoot();
        root.getStyleClass().removeIf(c -> "dolbom".equals(c) || c.startsWith("scale-") || c.startsWith("theme-"));
        root.getStyleClass().addAll("dolbom", "scale-" + settings.scalePercent(),
                "theme-" + settings.theme().name().toLowerCase(java.util.Locale.ROOT));
    }

    private Messages messages() {
        return session.messages();
    }

    private Parent waiting() {
        Label label = new Label(new Messages(session.settingsProperty().get().locale()).get("shell.loading"));
        StackPane pane = new StackPane(label);
        pane.setAlignment(Pos.CENTER);
        return pane;
    }

    private void close() {
        stage.hide();
        onClosed.run();
    }
}
