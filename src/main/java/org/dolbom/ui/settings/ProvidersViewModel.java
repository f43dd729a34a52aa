package org.dolbom.ui.settings;

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

import org.dolbom.domain.CatalogueRules;
import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.Problem;
import org.dolbom.domain.Provider;
import org.dolbom.domain.ProviderKind;
import org.dolbom.i18n.Messages;
import org.dolbom.store.CatalogueStore;
import org.dolbom.ui.ErrorText;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.concurrent.BackgroundWork;

/** 설정 › 제공기관: institutions that deliver planned services, with kind and phone. */
public final class ProvidersViewModel {

    private final CatalogueStore store;
    private final BackgroundWork work;
    private final Messages messages;
    private final StatusLine status;

    private final ObservableList<Provider> providers = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ProviderKind> kind = new SimpleObjectProperty<>(ProviderKind.WELFARE_CENTER);
    private final StringProperty phone = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper editorTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phoneError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper editingSaved = new ReadOnlyBooleanWrapper(false);
    private Provider editing;

    public ProvidersViewModel(CatalogueStore store, BackgroundWork work, Messages messages, StatusLine status) {
        this.store = store;
        this.work = work;
        this.messages = messages;
        this.status = status;
        edit(null);
    }

    public void load() {
        work.job(p -> store.providers())
                .onSuccess(providers::setAll)
                .onError(e -> status.show(new ErrorText(messages).of(e)))
                .start();
    }

    public void edit(Provider provider) {
        editing = provider;
        nameError.set("");
        phoneError.set("");
        message.set("");
        name.set(provider == null ? "" : provider.name());
        kind.set(provider == null ? ProviderKind.WELFARE_CENTER : provider.kind());
        phone.set(provider == null || provider.phone() == null ? "" : provider.phone().formatted());
        editingSaved.set(provider != null);
        editorTitle.set(provider == null ? messages.get("settings.providers.new.title")
                : messages.get("settings.providers.edit.title", provider.name()));
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        nameError.set("");
        phoneError.set("");
        message.set("");
        PhoneNumber number;
        try {
            number = PhoneNumber.parseOptional(phone.get()).orElse(null);
        } catch (InvalidInputException e) {
            Problem p = e.problems().getFirst();
            phoneError.set(messages.get(p.messageKey(), p.args()));
            return;
        }
        Provider draft = new Provider(editing == null ? null : editing.id(), name.get().strip(), kind.get(), number);
        if (!CatalogueRules.check(draft).isEmpty()) {
            Problem p = CatalogueRules.check(draft).getFirst();
            nameError.set(messages.get(p.messageKey(), p.args()));
            return;
        }
        busy.set(true);
        work.job(p -> store.save(draft))
                .onSuccess(saved -> {
                    edit(saved);
                    status.show(messages.get("status.provider.saved", saved.name()));
                    load();
                })
                .onError(e -> message.set(new ErrorText(messages).of(e)))
                .onDone(() -> busy.set(false))
                .start();
    }

    /** Deletes a provider entered by mistake; one named by a plan is refused with the store's reason. */
    public void delete() {
        if (editing == null || busy.get()) {
            return;
        }
        Provider target = editing;
        busy.set(true);
        work.job(p -> {
            store.deleteProvider(target.id());
            return target;
        }).onSuccess(t -> {
            status.show(messages.get("status.provider.deleted", t.name()));
            edit(null);
            load();
        }).onError(e -> message.set(new ErrorText(messages).of(e))).onDone(() -> busy.set(false)).start();
    }

    public ObservableList<Provider> providers() {
        return providers;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<ProviderKind> kindProperty() {
        return kind;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ReadOnlyStringProperty editorTitleProperty() {
        return editorTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phoneErrorProperty() {
        return phoneError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingSavedProperty() {
        return editingSaved.getReadOnlyProperty();
    }
}
