package org.dolbom.ui.settings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

import org.dolbom.domain.CareDomain;
import org.dolbom.domain.CatalogueRules;
import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.Problem;
import org.dolbom.domain.ServiceEntry;
import org.dolbom.i18n.Messages;
import org.dolbom.store.CatalogueStore;
import org.dolbom.ui.ErrorText;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.concurrent.BackgroundWork;

/**
 * 설정 › 서비스 목록: the catalogue plans and visits pick from. A service named by a plan or visit cannot be deleted;
 * the store refuses and the person is told to retire it instead, which keeps old records readable.
 */
public final class ServicesViewModel {

    /** Fields that can carry an inline message. */
    public enum Field {
        CODE, NAME, DOMAIN
    }

    private final CatalogueStore store;
    private final BackgroundWork work;
    private final Messages messages;
    private final StatusLine status;

    private final ObservableList<ServiceEntry> services = FXCollections.observableArrayList();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<CareDomain> domain = new SimpleObjectProperty<>(CareDomain.HEALTH);
    private final ReadOnlyStringWrapper editorTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper editingSaved = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper editingRetired = new ReadOnlyBooleanWrapper(false);
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private ServiceEntry editing;

    public ServicesViewModel(CatalogueStore store, BackgroundWork work, Messages messages, StatusLine status) {
        this.store = store;
        this.work = work;
        this.messages = messages;
        this.status = status;
        for (Field f : Field.values()) {
            errors.put(f, new ReadOnlyStringWrapper(""));
        }
        edit(null);
    }

    public void load() {
        work.job(p -> store.services(true))
                .onSuccess(services::setAll)
                .onError(e -> status.show(new ErrorText(messages).of(e)))
                .start();
    }

    /** Puts a service into the form; null starts a new one. */
    public void edit(ServiceEntry service) {
        editing = service;
        errors.values().forEach(e -> e.set(""));
        message.set("");
        code.set(service == null ? "" : service.code());
        name.set(service == null ? "" : service.name());
        domain.set(service == null ? CareDomain.HEALTH : service.domain());
        editingSaved.set(service != null);
        editingRetired.set(service != null && service.retired());
        editorTitle.set(service == null ? messages.get("settings.services.new.title")
                : messages.get("settings.services.edit.title", service.name()));
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        errors.values().forEach(e -> e.set(""));
        message.set("");
        ServiceEntry draft = new ServiceEntry(editing == null ? null : editing.id(), code.get().strip(),
                name.get().strip(), domain.get(), editing != null && editing.retired());
        List<Problem> problems = CatalogueRules.check(draft);
        if (!problems.isEmpty()) {
            problems.forEach(this::show);
            return;
        }
        run(() -> store.save(draft), "status.service.saved");
    }

    /** Takes the service out of what new plans and visits offer, or offers it again. */
    public void toggleRetired() {
        if (editing == null || busy.get()) {
            return;
        }
        ServiceEntry target = editing;
        run(() -> store.setRetired(target.id(), !target.retired()),
                target.retired() ? "status.service.restored" : "status.service.retired");
    }

    /** Deletes a service entered by mistake; one in use is refused with the store's reason. */
    public void delete() {
        if (editing == null || busy.get()) {
            return;
        }
        ServiceEntry target = editing;
        busy.set(true);
        work.job(p -> {
            store.deleteService(target.id());
            return target;
        }).onSuccess(s -> {
            status.show(messages.get("status.service.deleted", s.name()));
            edit(null);
            load();
        }).onError(e -> message.set(new ErrorText(messages).of(e))).onDone(() -> busy.set(false)).start();
    }

    private void run(java.util.function.Supplier<ServiceEntry> action, String statusKey) {
        busy.set(true);
        work.job(p -> action.get())
                .onSuccess(s -> {
                    edit(s);
                    status.show(messages.get(statusKey, s.name()));
                    load();
                })
                .onError(e -> {
                    if (e instanceof InvalidInputException invalid) {
                        invalid.problems().forEach(this::show);
                    } else {
                        message.set(new ErrorText(messages).of(e));
                    }
                })
                .onDone(() -> busy.set(false))
                .start();
    }

    private void show(Problem p) {
        Field field = switch (p.field()) {
            case "name" -> Field.NAME;
            case "domain" -> Field.DOMAIN;
            default -> Field.CODE;
        };
        errors.get(field).set(messages.get(p.messageKey(), p.args()));
    }

    public ObservableList<ServiceEntry> services() {
        return services;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<CareDomain> domainProperty() {
        return domain;
    }

    public ReadOnlyStringProperty editorTitleProperty() {
        return editorTitle.getReadOnlyProperty();
    }

    /** What the store said about the last retire or delete, e.g. why a service in use cannot be deleted. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingSavedProperty() {
        return editingSaved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingRetiredProperty() {
        return editingRetired.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty(Field field) {
        return errors.get(field).getReadOnlyProperty();
    }
}
