package org.dolbom.ui.settings;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.Problem;
import org.dolbom.domain.Staff;
import org.dolbom.domain.StaffRole;
import org.dolbom.i18n.Messages;
import org.dolbom.store.StaffStore;
import org.dolbom.ui.ErrorText;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.concurrent.BackgroundWork;

/**
 * 설정 › 직원: everyone on the team, including those who left, and a form to add a member or change one.
 * Nobody is deleted: a member who left is marked as no longer working here, so old records keep their name.
 */
public final class StaffViewModel {

    /** The most visits a person can plan for one member in one day (the file allows no more). */
    public static final int MAX_VISITS_PER_DAY = 40;

    /** Fields that can carry an inline message. */
    public enum Field {
        NAME, PHONE, VISITS
    }

    private final StaffStore store;
    private final BackgroundWork work;
    private final Messages messages;
    private final StatusLine status;
    private Runnable onChanged = () -> { };

    private final ObservableList<Staff> staff = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<StaffRole> role = new SimpleObjectProperty<>(StaffRole.SOCIAL_WORKER);
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty visitsPerDay = new SimpleStringProperty("6");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper editorTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private Staff editing;

    public StaffViewModel(StaffStore store, BackgroundWork work, Messages messages, StatusLine status) {
        this.store = store;
        this.work = work;
        this.messages = messages;
        this.status = status;
        for (Field f : Field.values()) {
            errors.put(f, new ReadOnlyStringWrapper(""));
        }
        edit(null);
    }

    /** Called after a member was saved, so other screens can refresh their staff choices. */
    public void setOnChanged(Runnable action) {
        this.onChanged = action;
    }

    public void load() {
        work.job(p -> store.list(true))
                .onSuccess(staff::setAll)
                .onError(e -> status.show(new ErrorText(messages).of(e)))
                .start();
    }

    /** Puts a member into the form; null starts a new one. */
    public void edit(Staff member) {
        editing = member;
        errors.values().forEach(e -> e.set(""));
        name.set(member == null ? "" : member.name());
        role.set(member == null ? StaffRole.SOCIAL_WORKER : member.role());
        phone.set(member == null || member.phone() == null ? "" : member.phone().formatted());
        visitsPerDay.set(String.valueOf(member == null ? 6 : member.visitsPerDay()));
        active.set(member == null || member.active());
        editorTitle.set(member == null ? messages.get("settings.staff.new.title")
                : messages.get("settings.staff.edit.title", member.name()));
    }

    public void newMember() {
        edit(null);
    }

    /** Checks the form and saves it in the background; problems appear beside their fields. */
    public void save() {
        if (busy.get()) {
            return;
        }
        errors.values().forEach(e -> e.set(""));
        boolean ok = true;
        if (name.get().isBlank()) {
            errors.get(Field.NAME).set(messages.get("settings.staff.nameMissing"));
            ok = false;
        }
        PhoneNumber number = null;
        try {
            number = PhoneNumber.parseOptional(phone.get()).orElse(null);
        } catch (InvalidInputException e) {
            Problem problem = e.problems().getFirst();
            errors.get(Field.PHONE).set(messages.get(problem.messageKey(), problem.args()));
            ok = false;
        }
        Optional<Integer> visits = visits(visitsPerDay.get());
        if (visits.isEmpty()) {
            errors.get(Field.VISITS).set(messages.get("settings.staff.visitsInvalid", MAX_VISITS_PER_DAY));
            ok = false;
        }
        if (!ok) {
            return;
        }
        Staff draft = new Staff(editing == null ? null : editing.id(), name.get().strip(), role.get(), number,
                active.get(), visits.get());
        busy.set(true);
        work.job(p -> store.save(draft))
                .onSuccess(saved -> {
                    edit(saved);
                    status.show(messages.get("status.staff.saved", saved.name()));
                    onChanged.run();
                    load();
                })
                .onError(e -> errors.get(Field.NAME).set(new ErrorText(messages).of(e)))
                .onDone(() -> busy.set(false))
                .start();
    }

    private static Optional<Integer> visits(String text) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.strip());
            return n >= 0 && n <= MAX_VISITS_PER_DAY ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The member in the form; empty while a new one is being written. */
    public Optional<Staff> editing() {
        return Optional.ofNullable(editing);
    }

    public ObservableList<Staff> staff() {
        return staff;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<StaffRole> roleProperty() {
        return role;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty visitsPerDayProperty() {
        return visitsPerDay;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public ReadOnlyStringProperty editorTitleProperty() {
        return editorTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty(Field field) {
        return errors.get(field).getReadOnlyProperty();
    }
}
