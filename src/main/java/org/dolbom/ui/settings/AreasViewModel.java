package org.dolbom.ui.settings;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.dolbom.domain.Area;
import org.dolbom.domain.AreaKind;
import org.dolbom.domain.Staff;
import org.dolbom.i18n.Messages;
import org.dolbom.store.AreaStore;
import org.dolbom.store.StaffStore;
import org.dolbom.ui.ErrorText;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.concurrent.BackgroundWork;

/**
 * 설정 › 지역: the township's 리/통/반 or grid cells by 읍면동 then name, each with the staff member responsible
 * for it, and a form to add one or change one.
 */
public final class AreasViewModel {

    /** Fields that can carry an inline message. */
    public enum Field {
        TOWNSHIP, NAME
    }

    private record Loaded(List<Area> areas, List<Staff> staff) {
    }

    private final AreaStore areaStore;
    private final StaffStore staffStore;
    private final BackgroundWork work;
    private final Messages messages;
    private final StatusLine status;

    private final ObservableList<Area> areas = FXCollections.observableArrayList();
    /** Who can be made responsible: staff still working here, plus whoever the area in the form already has. */
    private final ObservableList<Staff> staffChoices = FXCollections.observableArrayList();
    private final Map<UUID, Staff> everyone = new HashMap<>();
    private final StringProperty township = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<AreaKind> kind = new SimpleObjectProperty<>(AreaKind.RI);
    private final ObjectProperty<Staff> responsible = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper editorTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private Area editing;

    public AreasViewModel(AreaStore areaStore, StaffStore staffStore, BackgroundWork work, Messages messages,
                          StatusLine status) {
        this.areaStore = areaStore;
        this.staffStore = staffStore;
        this.work = work;
        this.messages = messages;
        this.status = status;
        for (Field f : Field.values()) {
            errors.put(f, new ReadOnlyStringWrapper(""));
        }
        edit(null);
    }

    /** Reads the areas and the staff; also after staff changed elsewhere. */
    public void load() {
        work.job(p -> new Loaded(areaStore.list(), staffStore.list(true)))
                .onSuccess(l -> {
                    everyone.clear();
                    l.staff().forEach(s -> everyone.put(s.id(), s));
                    areas.setAll(l.areas());
                    Area current = editing;
                    refreshChoices(current);
                    if (current != null) {
                        responsible.set(staffOf(current).orElse(null));
                    }
                })
                .onError(e -> status.show(new ErrorText(messages).of(e)))
                .start();
    }

    private void refreshChoices(Area area) {
        UUID assigned = area == null ? null : area.responsibleStaffId();
        staffChoices.setAll(everyone.values().stream()
                .filter(s -> s.active() || s.id().equals(assigned))
                .sorted(java.util.Comparator.comparing(Staff::name))
                .toList());
    }

    /** Puts an area into the form; null starts a new one (in the township last worked on). */
    public void edit(Area area) {
        String lastTownship = editing != null ? editing.township() : township.get();
        editing = area;
        errors.values().forEach(e -> e.set(""));
        refreshChoices(area);
        township.set(area == null ? (lastTownship == null ? "" : lastTownship) : area.township());
        name.set(area == null ? "" : area.name());
        kind.set(area == null ? AreaKind.RI : area.kind());
        responsible.set(area == null ? null : staffOf(area).orElse(null));
        editorTitle.set(area == null ? messages.get("settings.area.new.title")
                : messages.get("settings.area.edit.title", area.label()));
    }

    public void newArea() {
        edit(null);
    }

    /** Checks the form and saves it; a name the township already has is refused beside the name. */
    public void save() {
        if (busy.get()) {
            return;
        }
        errors.values().forEach(e -> e.set(""));
        boolean ok = true;
        if (township.get().isBlank()) {
            errors.get(Field.TOWNSHIP).set(messages.get("settings.area.townshipMissing"));
            ok = false;
        }
        if (name.get().isBlank()) {
            errors.get(Field.NAME).set(messages.get("settings.area.nameMissing"));
            ok = false;
        }
        if (!ok) {
            return;
        }
        Area draft = new Area(editing == null ? null : editing.id(), township.get().strip(), name.get().strip(),
                kind.get(), responsible.get() == null ? null : responsible.get().id());
        busy.set(true);
        work.job(p -> areaStore.save(draft))
                .onSuccess(saved -> {
                    edit(saved);
                    status.show(messages.get("status.area.saved", saved.label()));
                    load();
                })
                .onError(e -> errors.get(Field.NAME).set(new ErrorText(messages).of(e)))
                .onDone(() -> busy.set(false))
                .start();
    }

    private Optional<Staff> staffOf(Area area) {
        return area.responsibleStaffId() == null ? Optional.empty()
                : Optional.ofNullable(everyone.get(area.responsibleStaffId()));
    }

    /** The responsible member's name for the list; blank when nobody is. */
    public String responsibleName(Area area) {
        return staffOf(area).map(Staff::name).orElse("");
    }

    public Optional<Area> editing() {
        return Optional.ofNullable(editing);
    }

    public ObservableList<Area> areas() {
        return areas;
    }

    public ObservableList<Staff> staffChoices() {
        return staffChoices;
    }

    public StringProperty townshipProperty() {
        return township;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<AreaKind> kindProperty() {
        return kind;
    }

    /** Null while nobody is responsible. */
    public ObjectProperty<Staff> responsibleProperty() {
        return responsible;
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
