package org.dolbom.ui.settings;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.dolbom.app.Settings;
import org.dolbom.domain.Staff;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.ErrorText;
import org.dolbom.ui.Session;

/** 설정: language, theme, scale and who is using the app; each change is written at once. */
public final class SettingsViewModel {

    private final Session session;
    private final Messages messages;

    private final StringProperty language = new SimpleStringProperty();
    private final ObjectProperty<Settings.Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> scale = new SimpleObjectProperty<>();
    private final ObjectProperty<Staff> currentStaff = new SimpleObjectProperty<>();
    private final ObservableList<Staff> staff = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper backingUp = new ReadOnlyBooleanWrapper(false);
    private boolean filling;

    public SettingsViewModel(Session session, Messages messages) {
        this.session = session;
        this.messages = messages;
        Settings s = session.settingsProperty().get();
        filling = true;
        language.set(s.language());
        theme.set(s.theme());
        scale.set(s.scalePercent());
        currentStaff.set(session.currentStaffProperty().get());
        filling = false;
        language.addListener((o, was, now) -> change(x -> x.withLanguage(now)));
        theme.addListener((o, was, now) -> change(x -> x.withTheme(now)));
        scale.addListener((o, was, now) -> change(x -> x.withScalePercent(now == null ? 100 : now)));
        currentStaff.addListener((o, was, now) -> {
            if (!filling && now != null) {
                session.currentStaffProperty().set(now);
                change(x -> x.withCurrentStaffId(now.id()));
            }
        });
    }

    /** Fetches the staff list for the "current user" choice. */
    public void loadStaff() {
        session.work().job(p -> session.context().staff().list(false))
                .onSuccess(list -> {
                    filling = true;
                    staff.setAll(list);
                    Staff current = session.currentStaffProperty().get();
                    Staff now = current == null ? null : list.stream()
                            .filter(x -> x.id().equals(current.id())).findFirst().orElse(null);
                    currentStaff.set(now);
                    // A renamed user shows under the new name in the status bar and the audit log.
                    if (now != null) {
                        session.currentStaffProperty().set(now);
                    }
                    filling = false;
                })
                .onError(e -> session.status().show(new ErrorText(messages).of(e)))
                .start();
    }

    private void change(UnaryOperator<Settings> edit) {
        if (filling) {
            return;
        }
        Settings before = session.settingsProperty().get();
        Settings after = edit.apply(before);
        if (Objects.equals(before, after)) {
            return;
        }
        Path file = session.settingsFile();
        session.settingsProperty().set(after);
        session.work().job(p -> {
            after.save(file);
            return after;
        }).onError(e -> session.status().show(messages.get("status.settings.notSaved"))).start();
    }

    /** Takes a backup beside the data file now; the result goes to the status bar. */
    public void backupNow() {
        backingUp.set(true);
        session.status().show(messages.get("status.backup.running"));
        session.work().job(p -> session.context().backups().backupNow())
                .onSuccess(file -> session.status().show(messages.get("status.backup.done", file.toString())))
                .onError(e -> session.status().show(messages.get("status.backup.failed",
                        new ErrorText(messages).of(e))))
                .onDone(() -> backingUp.set(false))
                .start();
    }

    public String officeText() {
        var office = session.officeProperty().get();
        return office == null ? "" : messages.get("settings.office.value", office.name(), office.code());
    }

    public String dataFileText() {
        return session.context().database().file().toAbsolutePath().toString();
    }

    public StringProperty languageProperty() {
        return language;
    }

    public ObjectProperty<Settings.Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Integer> scaleProperty() {
        return scale;
    }

    public ObjectProperty<Staff> currentStaffProperty() {
        return currentStaff;
    }

    public ObservableList<Staff> staff() {
        return staff;
    }

    public ReadOnlyBooleanProperty backingUpProperty() {
        return backingUp.getReadOnlyProperty();
    }
}
