package org.dolbom.ui;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.dolbom.app.AppContext;
import org.dolbom.app.Settings;
import org.dolbom.domain.Office;
import org.dolbom.domain.Staff;
import org.dolbom.i18n.Messages;
import org.dolbom.store.Actor;
import org.dolbom.ui.concurrent.BackgroundWork;

/**
 * What every screen of one open window shares: the services over the data file, the person's settings, who is
 * using the app, and where messages and background work go.
 */
public final class Session {

    private final AppContext context;
    private final BackgroundWork work;
    private final Dialogs dialogs;
    private final StatusLine status;
    private final Path settingsFile;
    private final ObjectProperty<Settings> settings;
    private final ObjectProperty<Office> office = new SimpleObjectProperty<>();
    private final ObjectProperty<Staff> currentStaff = new SimpleObjectProperty<>();
    private final String workstation;

    public Session(AppContext context, BackgroundWork work, Dialogs dialogs, StatusLine status, Path settingsFile,
                   Settings settings) {
        this.context = context;
        this.work = work;
        this.dialogs = dialogs;
        this.status = status;
        this.settingsFile = settingsFile;
        this.settings = new SimpleObjectProperty<>(settings);
        this.workstation = workstationName();
    }

    private static String workstationName() {
        String env = System.getenv("COMPUTERNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }

    /** Who the audit log names: the chosen staff member, or the OS account until one is chosen. */
    public Actor actor() {
        Staff staff = currentStaff.get();
        String name = staff != null ? staff.name() : System.getProperty("user.name", "unknown");
        return new Actor(name, workstation);
    }

    public Messages messages() {
        return new Messages(settings.get().locale());
    }

    public AppContext context() {
        return context;
    }

    public BackgroundWork work() {
        return work;
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    public StatusLine status() {
        return status;
    }

    public Path settingsFile() {
        return settingsFile;
    }

    public ObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    public ObjectProperty<Office> officeProperty() {
        return office;
    }

    public ObjectProperty<Staff> currentStaffProperty() {
        return currentStaff;
    }
}
