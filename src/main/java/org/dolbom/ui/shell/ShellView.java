package org.dolbom.ui.shell;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.dolbom.app.AppContext;
import org.dolbom.app.Settings;
import org.dolbom.app.schedule.WeekSchedule;
import org.dolbom.domain.VisitKind;
import org.dolbom.i18n.Messages;
import org.dolbom.schedule.KoreanHolidays;
import org.dolbom.schedule.Week;
import org.dolbom.ui.Session;
import org.dolbom.ui.casefile.CaseChanges;
import org.dolbom.ui.casefile.CaseFileView;
import org.dolbom.ui.casefile.CaseFileViewModel;
import org.dolbom.ui.casefile.VisitFormView;
import org.dolbom.ui.casefile.VisitFormViewModel;
import org.dolbom.ui.casefile.VisitPrefill;
import org.dolbom.ui.due.DueListView;
import org.dolbom.ui.due.DueListViewModel;
import org.dolbom.ui.exchange.ExchangeView;
import org.dolbom.ui.residents.ResidentFormViewModel;
import org.dolbom.ui.residents.ResidentListViewModel;
import org.dolbom.ui.residents.ResidentsView;
import org.dolbom.ui.schedule.ScheduleView;
import org.dolbom.ui.schedule.ScheduleViewModel;
import org.dolbom.ui.schedule.VisitForms;
import org.dolbom.ui.settings.AreasView;
import org.dolbom.ui.settings.AreasViewModel;
import org.dolbom.ui.settings.ProvidersView;
import org.dolbom.ui.settings.ProvidersViewModel;
import org.dolbom.ui.settings.ServicesView;
import org.dolbom.ui.settings.ServicesViewModel;
import org.dolbom.ui.settings.SettingsView;
import org.dolbom.ui.settings.SettingsViewModel;
import org.dolbom.ui.settings.StaffView;
import org.dolbom.ui.settings.StaffViewModel;

/** The main window's frame: navigation rail, the current screen, and the status bar. */
public final class ShellView {

    private final Session session;
    private final Messages messages;
    private final ResidentFormViewModel residentForm;
    private final ResidentsView residents;
    private final CaseChanges caseChanges = new CaseChanges();
    private final Map<Screen, Node> screens = new EnumMap<>(Screen.class);
    private final Map<Screen, ToggleButton> railButtons = new EnumMap<>(Screen.class);
    private final BorderPane frame = new BorderPane();
    private final ExchangeView exchange;
    private Screen current;

    public ShellView(Session session, Messages messages) {
        this.session = session;
        this.messages = messages;
        ResidentListViewModel list = new ResidentListViewModel(session.context().residents(), session.work(),
                messages, session.status());
        this.residentForm = new ResidentFormViewModel(session.context(), session.work(), messages, session.dialogs(),
                session.status(), session::actor);
        residentForm.setOnSaved(r -> list.search());
        CaseFileViewModel caseFile = CaseFileViewModel.of(session, caseChanges);
        residentForm.residentProperty().addListener((o, was, r) -> caseFile.show(r == null ? null : r.id(),
                r == null ? null : r.name()));
        this.residents = new ResidentsView(list, residentForm,
                new CaseFileView(caseFile, messages, () -> VisitFormViewModel.of(session), caseChanges), messages,
                () -> LocalDate.now(session.context().clock()));
        residents.rememberDivider(session.settingsProperty().get().residentsDivider(), this::rememberDivider);
        // Imported residents show in the registry at once.
        this.exchange = new ExchangeView(session, messages, list::search);
        // Residents picked in the registry open the export tab with them as the scope.
        list.setOnExport(ids -> {
            show(Screen.EXCHANGE);
            exchange.exportResidents(ids);
        });
    }

    public Parent build(Screen first) {
        frame.getStyleClass().add("shell");
        frame.setLeft(rail());
        frame.setBottom(statusBar());
        show(first);
        return frame;
    }

    private Node rail() {
        Label brand = new Label(messages.get("app.title"));
        brand.getStyleClass().add("rail-brand");
        VBox rail = new VBox(brand);
        rail.getStyleClass().add("nav-rail");
        rail.setId("navRail");
        ToggleGroup group = new ToggleGroup();
        for (Screen screen : Screen.values()) {
            ToggleButton button = new ToggleButton(messages.get(switch (screen) {
                case RESIDENTS -> "nav.residents";
                case DUE -> "nav.due";
                case SCHEDULE -> "nav.schedule";
                case EXCHANGE -> "nav.exchange";
                case REPORTS -> "nav.reports";
                case SETTINGS -> "nav.settings";
            }));
            button.setId("nav" + camel(screen));
            button.setToggleGroup(group);
            button.getStyleClass().addAll("nav-button", "flat");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(e -> show(screen));
            railButtons.put(screen, button);
            if (screen == Screen.SETTINGS) {
                Region spacer = new Region();
                VBox.setVgrow(spacer, Priority.ALWAYS);
                rail.getChildren().add(spacer);
            }
            rail.getChildren().add(button);
        }
        // A toggle button can be clicked off; the rail always marks the current screen.
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            }
        });
        return rail;
    }

    private static String camel(Screen screen) {
        String n = screen.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private Node statusBar() {
        Label office = new Label();
        office.setId("statusOffice");
        office.textProperty().bind(Bindings.createStringBinding(() -> session.officeProperty().get() == null ? ""
                : messages.get("shell.status.office", session.officeProperty().get().name(),
                        session.officeProperty().get().code()), session.officeProperty()));
        Label file = new Label(messages.get("shell.status.file",
                session.context().database().file().getFileName().toString()));
        file.setId("statusDataFile");
        file.setTooltip(new javafx.scene.control.Tooltip(session.context().database().file().toString()));
        Label user = new Label();
        user.setId("statusUser");
        user.textProperty().bind(Bindings.createStringBinding(() -> session.currentStaffProperty().get() == null
                ? messages.get("shell.status.noUser")
                : messages.get("shell.status.user", session.currentStaffProperty().get().name()),
                session.currentStaffProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(session.status().messageProperty());
        // A long message is cut at its end; the office, file and user beside it always stay readable.
        for (Label fixed : java.util.List.of(office, file, user)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        message.setTooltip(new javafx.scene.control.Tooltip());
        message.getTooltip().textProperty().bind(message.textProperty());
        HBox bar = new HBox(10, office, new Separator(javafx.geometry.Orientation.VERTICAL), file,
                new Separator(javafx.geometry.Orientation.VERTICAL), user, spacer, message);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    public void show(Screen screen) {
        // A message about the screen being left ("저장했습니다", an import's result) would read as news about the
        // next one.
        if (current != null && current != screen) {
            session.status().clear();
        }
        current = screen;
        railButtons.get(screen).setSelected(true);
        frame.setCenter(screens.computeIfAbsent(screen, this::create));
    }

    private Node create(Screen screen) {
        Node node = switch (screen) {
            case RESIDENTS -> residents.build();
            case DUE -> new DueListView(new DueListViewModel(session.context(), session.work(), messages,
                    session.status(), caseChanges), messages, this::openResident).build();
            case SCHEDULE -> schedule();
            case EXCHANGE -> exchange.build();
            case REPORTS -> ComingLaterView.of("reportsScreen", messages.get("nav.reports"),
                    messages.get("shell.later.reports"), messages.get("shell.later.reports.detail"));
            case SETTINGS -> settings();
        };
        node.getStyleClass().add("screen");
        return node;
    }

    private Node schedule() {
        AppContext context = session.context();
        // 완료 opens the same visit form as the case file, prefilled from the planned visit.
        VisitForms visitForms = (residentId, residentName, staffId, date, onSaved) -> {
            VisitFormViewModel form = VisitFormViewModel.of(session);
            form.setOnSaved(visit -> {
                caseChanges.recorded();
                onSaved.accept(visit.id());
            });
            form.newVisit(new VisitPrefill(residentId, residentName, staffId, date, VisitKind.HOME));
            VisitFormView.showDialog(frame.getScene().getWindow(), form, messages);
        };
        ScheduleViewModel vm = new ScheduleViewModel(new WeekSchedule(context, KoreanHolidays.shipped()),
                context.schedule(), context.residents(), session.work(), messages, session.dialogs(),
                session.status(), session::actor, visitForms, LocalDate.now(context.clock()));
        vm.load();
        return new ScheduleView(vm, messages, () -> vm.goTo(Week.containing(LocalDate.now(context.clock()))))
                .build();
    }

    private Node settings() {
        SettingsViewModel general = new SettingsViewModel(session, messages);
        StaffViewModel staff = new StaffViewModel(session.context().staff(), session.work(), messages,
                session.status());
        AreasViewModel areas = new AreasViewModel(session.context().areas(), session.context().staff(),
                session.work(), messages, session.status());
        // A new or renamed member shows up at once as a user to pick and as someone to put in charge of an area.
        staff.setOnChanged(() -> {
            general.loadStaff();
            areas.load();
        });
        ServicesViewModel services = new ServicesViewModel(session.context().catalogue(), session.work(), messages,
                session.status());
        ProvidersViewModel providers = new ProvidersViewModel(session.context().catalogue(), session.work(),
                messages, session.status());
        return new SettingsView(general, new StaffView(staff, messages), new AreasView(areas, messages),
                new ServicesView(services, messages), new ProvidersView(providers, messages), messages).build();
    }

    /** Keeps where the person left the 대상자 screen's divider, for this run and the next. */
    private void rememberDivider(double position) {
        Settings before = session.settingsProperty().get();
        Settings after = before.withResidentsDivider(Math.round(position * 1000) / 1000.0);
        if (after.equals(before)) {
            return;
        }
        session.settingsProperty().set(after);
        java.nio.file.Path file = session.settingsFile();
        session.work().job(p -> {
            after.save(file);
            return after;
        }).onError(e -> session.status().show(messages.get("status.settings.notSaved"))).start();
    }

    /** Shows a resident's file from another screen, once nothing unsaved in the open one would be lost. */
    private void openResident(java.util.UUID id, String name) {
        residentForm.whenSafeToLeave(() -> {
            show(Screen.RESIDENTS);
            residentForm.open(id);
        });
    }

    /** Ctrl+F, Ctrl+N and Ctrl+S work from anywhere in the window. */
    public void installShortcuts(Scene scene) {
        scene.getAccelerators().clear();
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            show(Screen.RESIDENTS);
            residents.focusSearch();
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            show(Screen.RESIDENTS);
            residents.newResident();
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                residents::save);
    }

    /** Runs {@code proceed} once no unsaved resident would be lost. */
    public void whenSafeToLeave(Runnable proceed) {
        residentForm.whenSafeToLeave(proceed);
    }
}
