package org.dolbom.ui.exchange;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.exchange.BundleReader;
import org.dolbom.exchange.BundleRefusal;
import org.dolbom.exchange.Envelope;
import org.dolbom.exchange.MergeClass;
import org.dolbom.exchange.PossibleDuplicate;
import org.dolbom.exchange.Receipt;
import org.dolbom.exchange.Scope;
import org.dolbom.exchange.json.RecordType;
import org.dolbom.exchange.json.ResidentJson;
import org.dolbom.i18n.Messages;
import org.dolbom.store.Actor;
import org.dolbom.store.BundleImport;
import org.dolbom.store.ImportPreview;
import org.dolbom.store.ResidentFilter;
import org.dolbom.store.ResidentRow;
import org.dolbom.store.ResidentStore;
import org.dolbom.ui.ErrorText;
import org.dolbom.ui.KoreanDates;
import org.dolbom.ui.Session;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.concurrent.BackgroundWork;
import org.dolbom.ui.concurrent.Job;

/**
 * 가져오기: pick a bundle, preview what importing it would do (nothing is written), say which possible duplicates are
 * the same person, then apply it in one transaction and leave a receipt beside the file for the sender.
 */
public final class ImportViewModel {

    /** How the message under the buttons reads: plain news, good news, or a refusal or failure. */
    public enum Tone {
        INFO, SUCCESS, ERROR
    }

    /** The five numbers a person reads first; records older than ours count as unchanged. */
    public static final List<MergeClass> COUNTED = List.of(MergeClass.NEW, MergeClass.UNCHANGED, MergeClass.UPDATED,
            MergeClass.CONFLICT, MergeClass.REFUSED);

    /** What the file says about itself, ready to read. */
    public record EnvelopeFacts(String sender, String createdOn, String purpose, String scope, String legalBasis,
                                String consentReference, String encryption, String rrn) {
    }

    /** How the records of one type fall into the {@link #COUNTED} classes. */
    public record TypeCounts(String type, Map<MergeClass, Long> counts) {

        public TypeCounts {
            counts = Map.copyOf(counts);
        }

        public long count(MergeClass kind) {
            return counts.getOrDefault(kind, 0L);
        }
    }

    /** One incoming record in the preview table, in words. */
    public record PreviewLine(MergeClass kind, String type, String label, String result, String reason) {
    }

    /** An incoming resident who may be someone already here, and whether the person said they are the same. */
    public static final class DuplicateChoice {

        private final PossibleDuplicate duplicate;
        private final String incoming;
        private final String local;
        private final String reason;
        private final BooleanProperty link = new SimpleBooleanProperty(false);

        DuplicateChoice(PossibleDuplicate duplicate, String incoming, String local, String reason) {
            this.duplicate = duplicate;
            this.incoming = incoming;
            this.local = local;
            this.reason = reason;
        }

        public String incomingId() {
            return duplicate.incomingId();
        }

        public String localId() {
            return duplicate.localId();
        }

        /** The incoming resident: name, birth date and masked phone. */
        public String incoming() {
            return incoming;
        }

        /** The resident already here: name, birth date and masked phone. */
        public String local() {
            return local;
        }

        public String reason() {
            return reason;
        }

        public BooleanProperty linkProperty() {
            return link;
        }
    }

    private record Previewed(Path file, ImportPreview preview, List<DuplicateChoice> duplicates) {
    }

    /** What an apply did; {@code receipt} is null when the receipt could not be written. */
    private record Applied(ImportPreview result, Path receipt) {
    }

    private final BundleImport importer;
    private final ResidentStore residents;
    private final BackgroundWork work;
    private final Messages messages;
    private final StatusLine status;
    private final Supplier<Actor> actor;
    private final ZoneId zone;
    private final Path receiptFallbackFolder;
    private final Runnable onImported;

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper encrypted = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.INFO);
    private final ReadOnlyObjectWrapper<EnvelopeFacts> envelope = new ReadOnlyObjectWrapper<>();
    private final Map<MergeClass, ReadOnlyLongWrapper> counts = new EnumMap<>(MergeClass.class);
    private final ReadOnlyBooleanWrapper applied = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper conflictsWaiting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> previewedFile = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PreviewLine> allLines = FXCollections.observableArrayList();
    private final FilteredList<PreviewLine> lines = new FilteredList<>(allLines);
    private final ObjectProperty<MergeClass> lineFilter = new SimpleObjectProperty<>();
    private final ObservableList<DuplicateChoice> duplicates = FXCollections.observableArrayList();
    private final ObservableList<TypeCounts> typeCounts = FXCollections.observableArrayList();
    private final BooleanBinding canApply;
    private AtomicBoolean cancelRequested = new AtomicBoolean();
    private long fileCheck;

    public ImportViewModel(BundleImport importer, ResidentStore residents, BackgroundWork work, Messages messages,
                           StatusLine status, Supplier<Actor> actor, ZoneId zone, Path receiptFallbackFolder,
                           Runnable onImported) {
        this.importer = importer;
        this.residents = residents;
        this.work = work;
        this.messages = messages;
        this.status = status;
        this.actor = actor;
        this.zone = zone;
        this.receiptFallbackFolder = receiptFallbackFolder;
        this.onImported = onImported;
        for (MergeClass kind : COUNTED) {
            counts.put(kind, new ReadOnlyLongWrapper(0));
        }
        lineFilter.addListener((o, was, now) -> lines.setPredicate(now == null ? null : line -> shownAs(line.kind())
                == now));
        canApply = Bindings.createBooleanBinding(() -> !busy.get() && !applied.get()
                        && previewedFile.get() != null && previewedFile.get().equals(file.get()),
                busy, applied, previewedFile, file);
        file.addListener((o, was, now) -> fileChosen(now));
    }

    /** The import tab of one window: its data file, background work, status line and user. */
    public static ImportViewModel of(Session session, Runnable onImported) {
        return new ImportViewModel(session.context().bundleImport(), session.context().residents(), session.work(),
                session.messages(), session.status(), session::actor, session.context().clock().getZone(),
                session.context().database().file().toAbsolutePath().getParent(), onImported);
    }

    /** The bundle to import; a preview of another file no longer counts. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    /** Whether the chosen file is an encrypted bundle, so the passphrase field is shown. */
    public ReadOnlyBooleanProperty encryptedProperty() {
        return encrypted.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    /** From 0 to 1 while reading, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    /** What the previewed file says about itself; null before a preview. */
    public ReadOnlyObjectProperty<EnvelopeFacts> envelopeProperty() {
        return envelope.getReadOnlyProperty();
    }

    /** How many records fall in one of the {@link #COUNTED} classes, in the preview or, once applied, the result. */
    public ReadOnlyLongProperty countProperty(MergeClass kind) {
        return counts.get(shownAs(kind)).getReadOnlyProperty();
    }

    /** True once the previewed file was imported: the counts are then what was done. */
    public ReadOnlyBooleanProperty appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    /** True after an import that left conflicts for the 충돌 정리 tab. */
    public ReadOnlyBooleanProperty conflictsWaitingProperty() {
        return conflictsWaiting.getReadOnlyProperty();
    }

    /** The file the shown preview is of. */
    public ReadOnlyObjectProperty<Path> previewedFileProperty() {
        return previewedFile.getReadOnlyProperty();
    }

    /** True only after a successful preview of the chosen file, and until it is imported. */
    public BooleanBinding canApplyBinding() {
        return canApply;
    }

    /** The counts per record type that has any record in the file, in the file's order. */
    public ObservableList<TypeCounts> typeCounts() {
        return typeCounts;
    }

    /**
     * The preview's records, narrowed by {@link #lineFilterProperty()}: every resident, and the other records only
     * when they conflict or are refused (the counts cover them all).
     */
    public ObservableList<PreviewLine> lines() {
        return lines;
    }

    /** Which result the table shows; null shows every record. */
    public ObjectProperty<MergeClass> lineFilterProperty() {
        return lineFilter;
    }

    public ObservableList<DuplicateChoice> duplicates() {
        return duplicates;
    }

    /** Incoming resident id to the local resident the person linked it with. */
    public Map<String, String> links() {
        Map<String, String> links = new LinkedHashMap<>();
        for (DuplicateChoice choice : duplicates) {
            if (choice.linkProperty().get()) {
                links.put(choice.incomingId(), choice.localId());
            }
        }
        return links;
    }

    /** Reads the whole file and compares it with this PC's records in the background; writes nothing. */
    public void preview() {
        Path chosen = file.get();
        if (busy.get()) {
            return;
        }
        if (chosen == null) {
            say(Tone.ERROR, messages.get("exchange.import.ui.noFile"));
            return;
        }
        clearPreview();
        Supplier<char[]> secret = secret();
        AtomicBoolean cancelled = startBusy("exchange.import.ui.previewing");
        run(work.job(p -> {
            ImportPreview preview = importer.preview(chosen, secret, p::update, cancelled::get);
            List<DuplicateChoice> found = describe(chosen, secret, preview.duplicates(), cancelled::get);
            return new Previewed(chosen, preview, found);
        }).onSuccess(this::showPreview));
    }

    /** Imports the previewed file, with the chosen links, in one transaction; then writes the receipt. */
    public void apply() {
        if (!canApply.get()) {
            return;
        }
        Path chosen = file.get();
        Supplier<char[]> secret = secret();
        Map<String, String> links = links();
        Path receipt = receiptFor(chosen);
        AtomicBoolean cancelled = startBusy("exchange.import.ui.applying");
        run(work.job(p -> {
            ImportPreview result;
            try {
                result = importer.apply(chosen, secret, actor.get(), receipt, links, p::update, cancelled::get);
            } catch (UncheckedIOException e) {
                // Only the receipt is written after the transaction: the import itself is done.
                return new Applied(null, null);
            }
            return new Applied(result, receipt);
        }).onSuccess(this::showApplied));
    }

    private void run(Job<?> job) {
        job.onError(this::failed).onDone(this::stopBusy);
        job.progressProperty().addListener((o, was, now) -> progress.set(now.doubleValue()));
        job.start();
    }

    /** Stops the running preview or import; an import stopped before its end changes nothing. */
    public void cancel() {
        if (busy.get()) {
            cancelRequested.set(true);
            cancelling.set(true);
            say(Tone.INFO, messages.get("exchange.import.ui.cancelling"));
        }
    }

    private AtomicBoolean startBusy(String key) {
        cancelRequested = new AtomicBoolean();
        busy.set(true);
        cancelling.set(false);
        progress.set(-1);
        say(Tone.INFO, messages.get(key));
        return cancelRequested;
    }

    private void stopBusy() {
        busy.set(false);
        cancelling.set(false);
        progress.set(-1);
    }

    /** A fresh copy on each ask, as the reader wipes what it is given; none when nothing was typed. */
    private Supplier<char[]> secret() {
        String typed = passphrase.get() == null ? "" : passphrase.get();
        return () -> typed.isEmpty() ? null : typed.toCharArray();
    }

    private void fileChosen(Path chosen) {
        clearPreview();
        say(Tone.INFO, "");
        long check = ++fileCheck;
        if (chosen == null) {
            encrypted.set(false);
            return;
        }
        work.job(p -> BundleReader.isEncrypted(chosen))
                .onSuccess(yes -> {
                    // Only the latest choice counts when files are picked quickly one after another.
                    if (check == fileCheck) {
                        encrypted.set(yes);
                    }
                })
                .onError(e -> encrypted.set(false))
                .start();
    }

    private void clearPreview() {
        envelope.set(null);
        previewedFile.set(null);
        applied.set(false);
        conflictsWaiting.set(false);
        counts.values().forEach(c -> c.set(0));
        typeCounts.clear();
        allLines.clear();
        lineFilter.set(null);
        duplicates.clear();
    }

    private void showPreview(Previewed done) {
        ImportPreview preview = done.preview();
        envelope.set(facts(preview));
        showCounts(preview);
        allLines.setAll(lines(preview));
        duplicates.setAll(done.duplicates());
        previewedFile.set(done.file());
        say(Tone.INFO, messages.get(preview.changesAnything() ? "exchange.import.ui.previewed"
                : "exchange.import.ui.previewed.nothing"));
    }

    private void showApplied(Applied done) {
        applied.set(true);
        onImported.run();
        if (done.result() == null) {
            envelope.set(null);
            counts.values().forEach(c -> c.set(0));
            allLines.clear();
            duplicates.clear();
            say(Tone.ERROR, messages.get("exchange.import.ui.receipt.failed"));
            return;
        }
        ImportPreview result = done.result();
        showCounts(result);
        allLines.setAll(lines(result));
        duplicates.clear();
        long conflicts = result.count(MergeClass.CONFLICT);
        conflictsWaiting.set(conflicts > 0);
        List<String> parts = new ArrayList<>();
        parts.add(result.changesAnything()
                ? messages.get("exchange.import.ui.done", count(MergeClass.NEW), count(MergeClass.UPDATED),
                        count(MergeClass.CONFLICT), count(MergeClass.UNCHANGED), count(MergeClass.REFUSED))
                : messages.get("exchange.import.ui.done.nothing"));
        if (conflicts > 0) {
            parts.add(messages.get("exchange.import.ui.conflicts", conflicts));
        }
        parts.add(messages.get("exchange.import.ui.receipt", done.receipt().toString()));
        say(Tone.SUCCESS, String.join("\n", parts));
        status.show(messages.get("exchange.import.ui.status.done", result.bundle().envelope().origin().name(),
                count(MergeClass.NEW), count(MergeClass.UPDATED)));
        passphrase.set("");
    }

    private long count(MergeClass kind) {
        return counts.get(kind).get();
    }

    private void failed(Throwable error) {
        Optional<Throwable> cancelled = cause(error, CancellationException.class);
        Optional<Throwable> refusal = cause(error, BundleRefusal.class);
        if (cancelled.isPresent()) {
            // A stopped import rolled back: the preview still stands and can be applied again.
            say(Tone.INFO, messages.get("exchange.import.ui.cancelled"));
        } else if (refusal.isPresent()) {
            BundleRefusal refused = (BundleRefusal) refusal.get();
            clearPreview();
            if (refused.messageKey().startsWith("exchange.refused.passphrase")) {
                // The field stays as typed, so a slip can be corrected rather than typed again whole.
                encrypted.set(true);
                say(Tone.ERROR, refused.text(messages));
            } else {
                say(Tone.ERROR, messages.get("exchange.import.ui.refused", refused.text(messages)));
            }
        } else {
            say(Tone.ERROR, new ErrorText(messages).of(error));
        }
    }

    private static Optional<Throwable> cause(Throwable error, Class<? extends Throwable> kind) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (kind.isInstance(e)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private void say(Tone kind, String text) {
        tone.set(kind);
        message.set(text);
    }

    private void showCounts(ImportPreview preview) {
        counts.values().forEach(c -> c.set(0));
        for (MergeClass kind : MergeClass.values()) {
            counts.get(shownAs(kind)).set(counts.get(shownAs(kind)).get() + preview.count(kind));
        }
        List<TypeCounts> byType = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            Map<MergeClass, Long> shown = new EnumMap<>(MergeClass.class);
            for (MergeClass kind : MergeClass.values()) {
                long n = preview.count(type, kind);
                if (n > 0) {
                    shown.merge(shownAs(kind), n, Long::sum);
                }
            }
            if (!shown.isEmpty()) {
                byType.add(new TypeCounts(messages.of(type), shown));
            }
        }
        typeCounts.setAll(byType);
    }

    /** Records older than ours change nothing here, so the person sees them as unchanged. */
    private static MergeClass shownAs(MergeClass kind) {
        return kind == MergeClass.OURS_NEWER ? MergeClass.UNCHANGED : kind;
    }

    /** What needs a look comes first: conflicts, refusals, then new and updated records, the unchanged last. */
    private List<PreviewLine> lines(ImportPreview preview) {
        List<MergeClass> order = List.of(MergeClass.CONFLICT, MergeClass.REFUSED, MergeClass.NEW, MergeClass.UPDATED,
                MergeClass.UNCHANGED);
        return preview.lines().stream().map(this::line)
                .sorted(Comparator.comparingInt(line -> order.indexOf(line.kind())))
                .toList();
    }

    private PreviewLine line(ImportPreview.Line line) {
        // A resident named in a reason reads like the resident in the label column.
        Object[] args = line.reasonArgs().stream()
                .map(arg -> arg instanceof String text ? ConflictsViewModel.residentLabel(text) : arg)
                .toArray();
        String reason = line.reasonKey() != null ? messages.get(line.reasonKey(), args)
                : line.kind() == MergeClass.CONFLICT ? messages.get("exchange.import.ui.reason.conflict") : "";
        String label = ConflictsViewModel.residentLabel(line.label());
        return new PreviewLine(shownAs(line.kind()), messages.of(line.type()), label,
                messages.of(line.kind()), reason);
    }

    private EnvelopeFacts facts(ImportPreview preview) {
        Envelope e = preview.bundle().envelope();
        String none = messages.get("exchange.import.ui.envelope.none");
        return new EnvelopeFacts(
                messages.get("exchange.import.ui.envelope.sender.value", e.origin().name(), e.origin().code()),
                KoreanDates.format(LocalDate.ofInstant(e.createdAt(), zone)),
                messages.get("exchange.import.ui.purpose." + e.purpose().name()),
                scope(e.scope()),
                blank(e.legalBasis()) ? none : e.legalBasis(),
                blank(e.consentReference()) ? none : e.consentReference(),
                messages.get(preview.bundle().encrypted() ? "exchange.import.ui.envelope.encrypted.yes"
                        : "exchange.import.ui.envelope.encrypted.no"),
                messages.get(e.rrnIncluded() ? "exchange.import.ui.envelope.rrn.yes"
                        : "exchange.import.ui.envelope.rrn.no"));
    }

    private String scope(Scope scope) {
        String what = messages.get("exchange.import.ui.scope." + scope.kind().name(), scope.values().size(),
                KoreanDates.format(scope.since()));
        return blank(scope.reason()) ? what : messages.get("exchange.import.ui.scope.reason", what, scope.reason());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Where the receipt goes: beside the bundle, or beside the data file when the bundle's folder is read-only. */
    private Path receiptFor(Path bundle) {
        Path besides = Receipt.besides(bundle);
        Path folder = besides.getParent();
        if (folder != null && Files.isWritable(folder)) {
            return besides;
        }
        return receiptFallbackFolder.resolve(besides.getFileName());
    }

    /**
     * Puts names to the possible duplicates: the incoming side read from the file again (the preview keeps only
     * ids), the local side from the registry. Phones are masked; RRNs are never shown.
     */
    private List<DuplicateChoice> describe(Path bundle, Supplier<char[]> secret, List<PossibleDuplicate> found,
                                           BooleanSupplier cancelled) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> ids = found.stream().map(PossibleDuplicate::incomingId).collect(Collectors.toSet());
        Map<String, ResidentJson> incoming = new HashMap<>();
        new BundleReader().read(bundle, secret, (type, record) -> {
            if (record instanceof ResidentJson resident && ids.contains(resident.id())) {
                incoming.put(resident.id(), resident);
            }
        }, org.dolbom.exchange.Progress.NONE, cancelled);
        List<DuplicateChoice> choices = new ArrayList<>();
        for (PossibleDuplicate duplicate : found) {
            ResidentJson theirs = incoming.get(duplicate.incomingId());
            String incomingText = theirs == null ? duplicate.incomingId()
                    : person(theirs.name(), theirs.birthDate(), maskedPhone(theirs.phoneMobile(), theirs.phoneHome()));
            String localText = localResident(duplicate.localId(), theirs)
                    .map(r -> person(r.name(), r.birthDate(), r.maskedPhone()))
                    .orElseGet(() -> messages.get("exchange.import.ui.duplicates.unknownLocal",
                            duplicate.localId().substring(0, Math.min(8, duplicate.localId().length()))));
            choices.add(new DuplicateChoice(duplicate, incomingText, localText, messages.of(duplicate.reason())));
        }
        // One incoming resident is one person here at most: linking it to a second local resident unlinks the first.
        for (DuplicateChoice choice : choices) {
            choice.linkProperty().addListener((o, was, now) -> {
                if (now) {
                    choices.stream()
                            .filter(other -> other != choice && other.incomingId().equals(choice.incomingId()))
                            .forEach(other -> other.linkProperty().set(false));
                }
            });
        }
        return choices;
    }

    /** The local resident's registry line, found by the incoming name (or birth date when only the RRN matched). */
    private Optional<ResidentRow> localResident(String localId, ResidentJson theirs) {
        if (theirs == null) {
            return Optional.empty();
        }
        for (String query : List.of(theirs.name(), theirs.birthDate().toString().replace("-", ""))) {
            Optional<ResidentRow> row = residents.search(query, ResidentFilter.ALL, 0, 200).rows().stream()
                    .filter(r -> r.id().toString().equals(localId))
                    .findFirst();
            if (row.isPresent()) {
                return row;
            }
        }
        return Optional.empty();
    }

    private String person(String name, LocalDate birthDate, String phone) {
        return messages.get("exchange.import.ui.duplicates.person", name, KoreanDates.format(birthDate),
                blank(phone) ? messages.get("exchange.import.ui.duplicates.noPhone") : phone);
    }

    private static String maskedPhone(String... numbers) {
        for (String number : numbers) {
            try {
                Optional<PhoneNumber> phone = PhoneNumber.parseOptional(number);
                if (phone.isPresent()) {
                    return phone.get().masked();
                }
            } catch (InvalidInputException e) {
                // A number this office would not accept is simply not shown.
            }
        }
        return "";
    }
}
