package org.dolbom.ui.settings;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.dolbom.app.Settings;
import org.dolbom.domain.Staff;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.Choices;
import org.dolbom.ui.Forms;

/** 설정 screen. */
public final class SettingsView {

    private final SettingsViewModel vm;
    private final StaffView staff;
    private final AreasView areas;
    private final ServicesView services;
    private final ProvidersView providers;
    private final Messages messages;

    public SettingsView(SettingsViewModel vm, StaffView staff, AreasView areas, ServicesView services,
                        ProvidersView providers, Messages messages) {
        this.vm = vm;
        this.staff = staff;
        this.areas = areas;
        this.services = services;
        this.providers = providers;
        this.messages = messages;
    }

    public Parent build() {
        Label title = new Label(messages.get("settings.title"));
        title.getStyleClass().add("page-title");
        TabPane tabs = new TabPane(
                tab("settingsGeneralTab", messages.get("settings.tab.general"), general()),
                tab("settingsStaffTab", messages.get("settings.tab.staff"), staff.build()),
                tab("settingsAreasTab", messages.get("settings.tab.areas"), areas.build()),
                tab("settingsServicesTab", messages.get("settings.tab.services"), services.build()),
                tab("settingsProvidersTab", messages.get("settings.tab.providers"), providers.build()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox screen = new VBox(title, tabs);
        screen.getStyleClass().add("settings-screen");
        screen.setId("settingsScreen");
        return screen;
    }

    private static Tab tab(String id, String text, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        return tab;
    }

    private Parent general() {
        GridPane display = Forms.grid();
        ComboBox<String> language = Choices.of("settingsLanguageChoice",
                code -> messages.get("ko".equals(code) ? "settings.language.ko" : "settings.language.en"));
        language.getItems().setAll(Settings.LANGUAGES);
        language.valueProperty().bindBidirectional(vm.languageProperty());
        Forms.add(display, 0, 0, messages.get("settings.language"), language, null);
        ComboBox<Settings.Theme> theme = Choices.of("settingsThemeChoice", messages::of);
        theme.getItems().setAll(Settings.Theme.values());
        theme.valueProperty().bindBidirectional(vm.themeProperty());
        Forms.add(display, 0, 1, messages.get("settings.theme"), theme, null);
        ComboBox<Integer> scale = Choices.of("settingsScaleChoice", p -> messages.get("settings.scale.value", p));
        scale.getItems().setAll(Settings.SCALES);
        scale.valueProperty().bindBidirectional(vm.scaleProperty());
        Forms.add(display, 0, 2, messages.get("settings.scale"), scale, null);
        Label languageNote = new Label(messages.get("settings.language.note"));
        languageNote.getStyleClass().add("form-hint");
        languageNote.setWrapText(true);
        display.add(languageNote, 1, 3);

        GridPane who = Forms.grid();
        ComboBox<Staff> user = Choices.of("settingsUserChoice",
                s -> messages.get("settings.user.value", s.name(), messages.of(s.role())));
        user.setItems(vm.staff());
        user.valueProperty().bindBidirectional(vm.currentStaffProperty());
        Forms.add(who, 0, 0, messages.get("settings.user"), user, null);
        Label userNote = new Label(messages.get("settings.user.note"));
        userNote.getStyleClass().add("form-hint");
        userNote.setWrapText(true);
        who.add(userNote, 1, 1);

        GridPane data = Forms.grid();
        Forms.add(data, 0, 0, messages.get("settings.office"), readOnly("settingsOfficeField", vm.officeText()), null);
        Forms.add(data, 0, 1, messages.get("settings.dataFile"), readOnly("settingsDataFileField", vm.dataFileText()),
                null);
        Button backup = new Button(messages.get("settings.backupNow"));
        backup.setId("backupNowButton");
        backup.disableProperty().bind(vm.backingUpProperty());
        backup.setOnAction(e -> vm.backupNow());
        Label backupNote = new Label(messages.get("settings.backup.note"));
        backupNote.getStyleClass().add("form-hint");
        backupNote.setWrapText(true);
        data.add(new VBox(6, backup, backupNote), 1, 2);

        Forms.alignLabels(List.of(display, who, data));
        VBox page = new VBox(
                Forms.sectionTitle(messages.get("settings.section.display")), display,
                Forms.sectionTitle(messages.get("settings.section.user")), who,
                Forms.sectionTitle(messages.get("settings.section.data")), data);
        page.getStyleClass().add("page");
        page.getStyleClass().add("settings-page");
        vm.loadStaff();
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("settingsGeneral");
        return scroll;
    }

    private static TextField readOnly(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setEditable(false);
        field.getStyleClass().add("read-only");
        return field;
    }
}
