package org.dolbom.ui.exchange;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.dolbom.app.AppContext;
import org.dolbom.domain.Area;
import org.dolbom.domain.Office;
import org.dolbom.exchange.BundleRefusal;
import org.dolbom.exchange.PassphraseStrength;
import org.dolbom.exchange.Purpose;
import org.dolbom.exchange.Scope;
import org.dolbom.exchange.ScopeKind;
import org.dolbom.exchange.Sealing;
import org.dolbom.i18n.Messages;
import org.dolbom.store.Actor;
import org.dolbom.store.AreaStore;
import org.dolbom.store.BundleExport;
import org.dolbom.store.OfficeStore;
import org.dolbom.store.StoreException;
import org.dolbom.ui.Dialogs;
import org.dolbom.ui.ErrorText;
import org.dolbom.ui.Session;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.concurrent.BackgroundWork;
import org.dolbom.ui.concurrent.Job;

/**
 * 가져오기/내보내기 › 내보내기: which residents go (everyone, some areas, residents picked in the registry, or what
 * changed since a date), why (share, transfer, backup), whether the file is encrypted, and where it is saved. A
 * share names its legal basis and consent; a transfer is confirmed first, because it marks the residents
 * transferred out.
 */
public final class ExportViewModel {

    /** Fields that can carry an inline message. */
    public enum Field {
        AREAS, RESIDENTS, SINCE, RECIPIENT, LEGAL_BASIS, CONSENT_REFERENCE, PASSPHRASE, PASSPHRASE_AGAIN, TARGET
    }

    /** Shorter passphrases are refused: an encrypted file carries RRNs. */
    static final int MIN_PASSPHRASE = 8;
    /** How many names the scope summary spells out before it says how many more. */
    static final int NAMES_SHOWN = 5;
    static final String PLAIN_SUFFIX = ".dolbom.json";
    static final String SEALED_SUFFIX = ".dolbom";

    /** An area offered for the areas scope, ticked or not. */
    public static final class AreaChoice {

        private final Area area;
        private final BooleanProperty chosen = new SimpleBooleanProperty(false);

        AreaChoice(Area area) {
            this.area = area;
        }

        public Area area() {
            return area;
        }

        public String label() {
            return area.label();
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }
    }

    private record Loaded(List<Area> areas, Office office) {
    }

    private final BundleExport export;
    private final AreaStore areaStore;
    private final OfficeStore officeStore;
    private final Clock clock;
    private final BackgroundWork work;
    private final Messages messages;
    private final Dialogs dialogs;
    private final StatusLine status;
    private final Supplier<Actor> actor;
    private final Runnable onTransferred;

    private final ObjectProperty<ScopeKind> scopeKind = new SimpleObjectProperty<>(ScopeKind.ALL);
    private final ObservableList<AreaChoice> areas = FXCollections.observableArrayList(
            a -> new Observable[] {a.chosenProperty()});
    private final ObservableList<String> residentIds = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper scopeSummary = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Purpose> purpose = new SimpleObjectProperty<>(Purpose.BACKUP);
    private final StringProperty recipient = new SimpleStringProperty("");
    private final StringProperty legalBasis = new SimpleStringProperty("");
    private final StringProperty consentReference = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanProperty encrypt = new SimpleBooleanProperty(false);
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty passphraseAgain = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<PassphraseStrength> strength = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper strengthText = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>();
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);

    private Office office;
    private Job<BundleExport.Result> running;
    /** Bumped on every scope change, so a slow count for an older scope never overwrites a newer one. */
    private long scopeGeneration;

    public ExportViewModel(BundleExport export, AreaStore areaStore, OfficeStore officeStore, Clock clock,
                           BackgroundWork work, Messages messages, Dialogs dialogs, StatusLine status,
                           Supplier<Actor> actor, Runnable onTransferred) {
        this.export = export;
        this.areaStore = areaStore;
        this.officeStore = officeStore;
        this.clock = clock;
        this.work = work;
        this.messages = messages;
        this.dialogs = dialogs;
        this.status = status;
        this.actor = actor;
        this.onTransferred = onTransferred;
        for (Field f : Field.values()) {
            errors.put(f, new ReadOnlyStringWrapper(""));
        }
        scopeKind.addListener((o, was, now) -> scopeChanged());
        since.addListener((o, was, now) -> scopeChanged());
        residentIds.addListener((ListChangeListener<String>) c -> scopeChanged());
        areas.addListener((ListChangeListener<AreaChoice>) c -> {
            while (c.next()) {
                // Ticking an area is an update; a reload replaces the list and sizes the scope itself.
                if (c.wasUpdated()) {
                    scopeChanged();
                    return;
                }
            }
        });
        purpose.addListener((o, was, now) -> {
            errors.get(Field.RECIPIENT).set("");
            errors.get(Field.LEGAL_BASIS).set("");
            errors.get(Field.CONSENT_REFERENCE).set("");
        });
        recipient.addListener((o, was, now) -> errors.get(Field.RECIPIENT).set(""));
        legalBasis.addListener((o, was, now) -> errors.get(Field.LEGAL_BASIS).set(""));
        consentReference.addListener((o, was, now) -> errors.get(Field.CONSENT_REFERENCE).set(""));
        passphrase.addListener((o, was, now) -> ratePassphrase());
        passphraseAgain.addListener((o, was, now) -> errors.get(Field.PASSPHRASE_AGAIN).set(""));
        target.addListener((o, was, now) -> errors.get(Field.TARGET).set(""));
        // The chosen file follows the encryption choice, so its name always says what kind of file it is.
        encrypt.addListener((o, was, now) -> {
            errors.get(Field.PASSPHRASE).set("");
            errors.get(Field.PASSPHRASE_AGAIN).set("");
            if (target.get() != null) {
                target.set(withSuffix(target.get()));
            }
        });
        ratePassphrase();
    }

    /** The export tab for the window's session; {@code onTransferred} runs after a transfer changed residents. */
    public static ExportViewModel of(Session session, Messages messages, Runnable onTransferred) {
        AppContext context = session.context();
        return new ExportViewModel(context.bundleExport(), context.areas(), context.office(), context.clock(),
                session.work(), messages, session.dialogs(), session.status(), session::actor, onTransferred);
    }

    /** Reads the areas to choose from and the office (for the file name), then sizes the current scope. */
    public void load() {
        work.job(p -> new Loaded(areaStore.list(), officeStore.office().orElse(null)))
                .onSuccess(loaded -> {
                    office = loaded.office();
                    List<String> ticked = chosenAreaIds();
                    List<AreaChoice> choices = loaded.areas().stream().map(AreaChoice::new).toList();
                    choices.forEach(a -> a.chosenProperty().set(ticked.contains(a.area().id().toString())));
                    areas.setAll(choices);
                    scopeChanged();
                })
                .onError(e -> status.show(errorText(e)))
                .start();
    }

    /** Makes these residents (picked in the registry) the scope. */
    public void selectResidents(List<String> ids) {
        residentIds.setAll(ids.stream().distinct().toList());
        scopeKind.set(ScopeKind.RESIDENTS);
        outcome.set("");
        failed.set(false);
    }

    /** Forgets the residents picked in the registry. */
    public void clearResidents() {
        residentIds.clear();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Scope

    private void scopeChanged() {
        errors.get(Field.AREAS).set("");
        errors.get(Field.RESIDENTS).set("");
        errors.get(Field.SINCE).set("");
        long mine = ++scopeGeneration;
        Scope scope = scopeOrNull();
        if (scope == null) {
            scopeSummary.set(missingScopeText());
            return;
        }
        work.job(p -> export.size(scope, NAMES_SHOWN))
                .onSuccess(size -> {
                    if (mine == scopeGeneration) {
                        scopeSummary.set(describe(size));
                    }
                })
                .onError(e -> {
                    if (mine == scopeGeneration) {
                        scopeSummary.set(errorText(e));
                    }
                })
                .start();
    }

    private String missingScopeText() {
        return switch (scopeKind.get()) {
            case AREAS -> messages.get("exchange.export.ui.scope.noAreas");
            case RESIDENTS -> messages.get("exchange.export.ui.scope.noResidents");
            case CHANGED_SINCE -> messages.get("exchange.export.ui.scope.noDate");
            case ALL -> "";
        };
    }

    private String describe(BundleExport.ScopeSize size) {
        if (size.residents() == 0) {
            // "Everything" being empty means a new file: there is nothing to export until someone is added.
            return messages.get(scopeKind.get() == ScopeKind.ALL ? "exchange.export.ui.scope.noneAtAll"
                    : "exchange.export.ui.scope.empty");
        }
        String names = String.join(", ", size.first().stream()
                .map(r -> messages.get("exchange.export.ui.scope.name", r.name(),
                        String.valueOf(r.birthDate().getYear())))
                .toList());
        int more = size.residents() - size.first().size();
        return more > 0 ? messages.get("exchange.export.ui.scope.countMore", size.residents(), names, more)
                : messages.get("exchange.export.ui.scope.count", size.residents(), names);
    }

    /** The scope as chosen so far; null while it still lacks its areas, residents or date. */
    private Scope scopeOrNull() {
        String why = blank(reason.get()) ? null : reason.get().strip();
        return switch (scopeKind.get()) {
            case ALL -> Scope.all(why);
            case AREAS -> chosenAreaIds().isEmpty() ? null : Scope.areas(chosenAreaIds(), why);
            case RESIDENTS -> residentIds.isEmpty() ? null : Scope.residents(List.copyOf(residentIds), why);
            case CHANGED_SINCE -> since.get() == null ? null : Scope.changedSince(since.get(), why);
        };
    }

    private List<String> chosenAreaIds() {
        return areas.stream().filter(a -> a.chosenProperty().get()).map(a -> a.area().id().toString()).toList();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Passphrase and file

    private void ratePassphrase() {
        errors.get(Field.PASSPHRASE).set("");
        char[] typed = chars(passphrase.get());
        if (typed.length == 0) {
            strength.set(null);
            strengthText.set(messages.get("exchange.export.ui.strength.empty"));
            return;
        }
        PassphraseStrength rated = PassphraseStrength.of(typed);
        Arrays.fill(typed, '\0');
        strength.set(rated);
        String label = messages.of(rated);
        strengthText.set(rated == PassphraseStrength.STRONG ? messages.get("exchange.export.ui.strength.good", label)
                : messages.get("exchange.export.ui.strength.advice", label));
    }

    /**
     * A file name to offer in the save dialog: office code, today's date and the purpose, e.g.
     * {@code 4183025000-20261122-share.dolbom.json}; {@code .dolbom} when encrypted.
     */
    public String proposedFileName() {
        String code = office == null ? "dolbom" : office.code().replaceAll("[^0-9A-Za-z_-]", "");
        return code + "-" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
                + purpose.get().code() + suffix();
    }

    /** Sets where the bundle goes, giving the name the ending that says whether it is encrypted. */
    public void chooseTarget(Path file) {
        target.set(file == null ? null : withSuffix(file));
    }

    private String suffix() {
        return encrypt.get() ? SEALED_SUFFIX : PLAIN_SUFFIX;
    }

    private Path withSuffix(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (String known : List.of(PLAIN_SUFFIX, SEALED_SUFFIX, ".json")) {
            if (lower.endsWith(known)) {
                name = name.substring(0, name.length() - known.length());
                break;
            }
        }
        return file.resolveSibling(name + suffix());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Export

    /**
     * Checks the form, asks before a transfer, then writes the bundle in the background. Problems are shown beside
     * their fields and nothing is written.
     */
    public void export() {
        if (busy.get()) {
            return;
        }
        outcome.set("");
        failed.set(false);
        Scope scope = checkedScope();
        boolean formOk = checkPurpose() & checkPassphrase() & checkTarget();
        if (scope == null || !formOk) {
            status.show(messages.get("exchange.export.ui.fixForm"));
            return;
        }
        Purpose chosen = purpose.get();
        if (chosen != Purpose.TRANSFER) {
            run(scope, chosen);
            return;
        }
        // A transfer changes residents here: say how many before anything is written.
        busy.set(true);
        work.job(p -> export.size(scope, 0))
                .onSuccess(size -> {
                    busy.set(false);
                    String question = size.transferable() == 0
                            ? messages.get("exchange.export.ui.transfer.none")
                            : messages.get("exchange.export.ui.transfer.question", size.transferable());
                    if (dialogs.confirm(messages.get("exchange.export.ui.transfer.title"), question)) {
                        run(scope, chosen);
                    } else {
                        status.show(messages.get("exchange.export.ui.transfer.declined"));
                    }
                })
                .onError(e -> {
                    busy.set(false);
                    fail(e);
                })
                .start();
    }

    private Scope checkedScope() {
        Scope scope = scopeOrNull();
        if (scope == null) {
            Field field = switch (scopeKind.get()) {
                case AREAS -> Field.AREAS;
                case RESIDENTS -> Field.RESIDENTS;
                default -> Field.SINCE;
            };
            errors.get(field).set(missingScopeText());
            return null;
        }
        if (scope.kind() == ScopeKind.CHANGED_SINCE && scope.since().isAfter(LocalDate.now(clock))) {
            errors.get(Field.SINCE).set(messages.get("exchange.export.ui.since.future"));
            return null;
        }
        return scope;
    }

    private boolean checkPurpose() {
        if (purpose.get() == Purpose.BACKUP) {
            return true;
        }
        boolean ok = true;
        // The sharing ledger must say who received a shared or transferred case.
        if (blank(recipient.get())) {
            errors.get(Field.RECIPIENT).set(messages.get("exchange.export.ui.recipient.missing"));
            ok = false;
        }
        if (purpose.get() != Purpose.SHARE) {
            return ok;
        }
        if (blank(legalBasis.get())) {
            errors.get(Field.LEGAL_BASIS).set(messages.get("exchange.export.ui.legalBasis.missing"));
            ok = false;
        }
        if (blank(consentReference.get())) {
            errors.get(Field.CONSENT_REFERENCE).set(messages.get("exchange.export.ui.consent.missing"));
            ok = false;
        }
        return ok;
    }

    private boolean checkPassphrase() {
        if (!encrypt.get()) {
            return true;
        }
        String typed = passphrase.get() == null ? "" : passphrase.get();
        if (typed.isEmpty()) {
            errors.get(Field.PASSPHRASE).set(messages.get("exchange.export.ui.passphrase.missing"));
            return false;
        }
        if (typed.length() < MIN_PASSPHRASE) {
            errors.get(Field.PASSPHRASE).set(messages.get("exchange.export.ui.passphrase.short", MIN_PASSPHRASE));
            return false;
        }
        if (!typed.equals(passphraseAgain.get())) {
            errors.get(Field.PASSPHRASE_AGAIN).set(messages.get("exchange.export.ui.passphrase.mismatch"));
            return false;
        }
        return true;
    }

    private boolean checkTarget() {
        if (target.get() == null) {
            errors.get(Field.TARGET).set(messages.get("exchange.export.ui.target.missing"));
            return false;
        }
        return true;
    }

    private void run(Scope scope, Purpose chosen) {
        Sealing sealing = Sealing.none();
        if (encrypt.get()) {
            char[] typed = chars(passphrase.get());
            sealing = Sealing.withPassphrase(typed);
            Arrays.fill(typed, '\0');
        }
        BundleExport.Request request = new BundleExport.Request(scope, chosen, trimmed(legalBasis.get()),
                trimmed(consentReference.get()), sealing,
                chosen == Purpose.BACKUP ? null : trimmed(recipient.get()));
        Path file = target.get();
        Actor who = actor.get();
        busy.set(true);
        progress.set(-1);
        status.show(messages.get("exchange.export.ui.running", file.getFileName().toString()));
        Job<BundleExport.Result> job = work.job(p -> export.export(request, file, who, p::update, p::isCancelled));
        running = job;
        progress.bind(job.progressProperty());
        // A cancelled job calls neither callback; the busy flag follows the work itself, which stops at the next
        // record and removes its temp file.
        job.runningProperty().addListener((o, was, now) -> {
            if (!now && job.isCancelled()) {
                finish();
                status.show(messages.get("exchange.export.ui.cancelled"));
                outcome.set(messages.get("exchange.export.ui.cancelled"));
            }
        });
        job.onSuccess(result -> succeeded(result, chosen))
                .onError(this::fail)
                .onDone(this::finish)
                .start();
    }

    private void finish() {
        progress.unbind();
        busy.set(false);
        running = null;
    }

    private void succeeded(BundleExport.Result result, Purpose chosen) {
        String name = result.bundle().file().getFileName().toString();
        String text = messages.get("exchange.export.ui.done", result.residents(), result.bundle().totalRecords(),
                name, result.bundle().sha256().substring(0, 12));
        String rrn = messages.get(result.bundle().encrypted() ? "exchange.export.ui.done.withRrn"
                : "exchange.export.ui.done.noRrn");
        status.show(text + " " + rrn);
        outcome.set(chosen == Purpose.TRANSFER
                ? String.join("\n", text, rrn, messages.get("exchange.export.ui.done.transferred", result.transferred()))
                : text + "\n" + rrn);
        passphrase.set("");
        passphraseAgain.set("");
        // The next export should not silently overwrite this file.
        target.set(null);
        if (result.transferred() > 0) {
            onTransferred.run();
            scopeChanged();
        }
    }

    private void fail(Throwable e) {
        String text = errorText(e);
        failed.set(true);
        outcome.set(text);
        status.show(text);
    }

    /** Stops a running export; nothing is written and nothing changes. */
    public void cancel() {
        Job<BundleExport.Result> job = running;
        if (job != null) {
            job.cancel();
            status.show(messages.get("exchange.export.ui.cancelling"));
        }
    }

    private String errorText(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof BundleRefusal refusal) {
                return refusal.text(messages);
            }
            if (e instanceof StoreException) {
                break;
            }
            // A full disk, a pulled USB stick or a folder without write permission.
            if (e instanceof UncheckedIOException) {
                Path file = target.get();
                return messages.get("exchange.export.ui.writeFailed", file == null ? "" : file.toString());
            }
        }
        return new ErrorText(messages).of(error);
    }

    private static char[] chars(String text) {
        return text == null ? new char[0] : text.toCharArray();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.strip();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Properties

    public ObjectProperty<ScopeKind> scopeKindProperty() {
        return scopeKind;
    }

    public ObservableList<AreaChoice> areas() {
        return areas;
    }

    /** The residents picked in the registry, by id. */
    public ObservableList<String> residentIds() {
        return residentIds;
    }

    public ObjectProperty<LocalDate> sinceProperty() {
        return since;
    }

    /** How many residents the scope holds and the first names, or what the scope still lacks. */
    public ReadOnlyStringProperty scopeSummaryProperty() {
        return scopeSummary.getReadOnlyProperty();
    }

    public ObjectProperty<Purpose> purposeProperty() {
        return purpose;
    }

    public StringProperty recipientProperty() {
        return recipient;
    }

    public StringProperty legalBasisProperty() {
        return legalBasis;
    }

    public StringProperty consentReferenceProperty() {
        return consentReference;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public BooleanProperty encryptProperty() {
        return encrypt;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty passphraseAgainProperty() {
        return passphraseAgain;
    }

    /** How hard the typed passphrase would be to guess; null while nothing is typed. */
    public ReadOnlyObjectProperty<PassphraseStrength> strengthProperty() {
        return strength.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty strengthTextProperty() {
        return strengthText.getReadOnlyProperty();
    }

    /** Where the bundle goes; null until chosen, and again after an export so the next one asks. */
    public ObjectProperty<Path> targetProperty() {
        return target;
    }

    public ReadOnlyStringProperty errorProperty(Field field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** From 0 to 1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the last export did, or why it failed; shown on the tab. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Whether {@link #outcomeProperty()} tells of a failure. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
