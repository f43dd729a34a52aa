package org.dolbom.ui.exchange;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.dolbom.domain.AreaKind;
import org.dolbom.domain.CareDomain;
import org.dolbom.domain.ClosureReason;
import org.dolbom.domain.ConsentKind;
import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.LivingSituation;
import org.dolbom.domain.NeedDomain;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.PlanStatus;
import org.dolbom.domain.ProviderKind;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.ScheduleStatus;
import org.dolbom.domain.Sex;
import org.dolbom.domain.StaffRole;
import org.dolbom.domain.VisitFrequency;
import org.dolbom.domain.VisitKind;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.domain.Vulnerability;
import org.dolbom.exchange.json.RecordType;
import org.dolbom.i18n.Messages;
import org.dolbom.store.Actor;
import org.dolbom.store.BundleImport;
import org.dolbom.store.Conflict;
import org.dolbom.store.LedgerEntry;
import org.dolbom.store.SharingLedger;
import org.dolbom.ui.ErrorText;
import org.dolbom.ui.KoreanDates;
import org.dolbom.ui.Session;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.concurrent.BackgroundWork;

/**
 * 충돌 정리: records both offices changed since they last agreed. Ours stays current until the person picks, field
 * by field, which value to keep; either way both versions stay in history.
 */
public final class ConflictsViewModel {

    private static final Pattern RESIDENT_LABEL = Pattern.compile("(.*) \\((\\d{4}-\\d{2}-\\d{2})\\)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DOMAIN_ROW = Pattern.compile(
            "AssessmentDomainJson\\[domain=(\\w+), needLevel=(\\w+), note=(.*?)](?=, AssessmentDomainJson\\[|]$)");
    private static final Set<String> PHONES = Set.of("phone", "phoneMobile", "phoneHome", "emergencyContactPhone");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** One open conflict as the list shows it. */
    public record ConflictRow(Conflict conflict, String type, String label, String from, String receivedOn) {
    }

    /** One field that differs: its name in words, both values in words, and which one the person keeps. */
    public static final class FieldChoice {

        private final String field;
        private final String label;
        private final String ours;
        private final String theirs;
        private final BooleanProperty takeTheirs = new SimpleBooleanProperty(false);

        FieldChoice(String field, String label, String ours, String theirs) {
            this.field = field;
            this.label = label;
            this.ours = ours;
            this.theirs = theirs;
        }

        /** The field's name in the bundle format, as {@link BundleImport#resolve} takes it. */
        public String field() {
            return field;
        }

        public String label() {
            return label;
        }

        public String ours() {
            return ours;
        }

        public String theirs() {
            return theirs;
        }

        /** False keeps this PC's value, true takes the other office's. */
        public BooleanProperty takeTheirsProperty() {
            return takeTheirs;
        }
    }

    private record Loaded(List<Conflict> conflicts, Map<String, String> officeNames) {
    }

    private final BundleImport importer;
    private final SharingLedger ledger;
    private final BackgroundWork work;
    private final Messages messages;
    private final StatusLine status;
    private final Supplier<Actor> actor;
    private final ZoneId zone;
    private final Runnable onResolved;

    private final ObservableList<ConflictRow> conflicts = FXCollections.observableArrayList();
    private final ObjectProperty<ConflictRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<FieldChoice> fields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportViewModel.Tone> tone =
            new ReadOnlyObjectWrapper<>(ImportViewModel.Tone.INFO);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    public ConflictsViewModel(BundleImport importer, SharingLedger ledger, BackgroundWork work, Messages messages,
                              StatusLine status, Supplier<Actor> actor, ZoneId zone, Runnable onResolved) {
        this.importer = importer;
        this.ledger = ledger;
        this.work = work;
        this.messages = messages;
        this.status = status;
        this.actor = actor;
        this.zone = zone;
        this.onResolved = onResolved;
        selected.addListener((o, was, now) -> show(now));
    }

    /** The conflicts tab of one window. */
    public static ConflictsViewModel of(Session session, Runnable onResolved) {
        return new ConflictsViewModel(session.context().bundleImport(), session.context().ledger(), session.work(),
                session.messages(), session.status(), session::actor, session.context().clock().getZone(),
                onResolved);
    }

    public ObservableList<ConflictRow> conflicts() {
        return conflicts;
    }

    /** The conflict being settled; its differing fields are in {@link #fields()}. */
    public ObjectProperty<ConflictRow> selectedProperty() {
        return selected;
    }

    public ObservableList<FieldChoice> fields() {
        return fields;
    }

    /** The selected record in words, e.g. {@code 대상자 박순자 (1944. 5. 3.)}. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Who sent the other version and when it came. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportViewModel.Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the list was read at least once, so an empty list means there is nothing to settle. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Reads the open conflicts again; the one selected stays selected while it is still open. */
    public void refresh() {
        String keep = selected.get() == null ? null : selected.get().conflict().recordId();
        work.job(p -> new Loaded(importer.conflicts(), officeNames()))
                .onSuccess(done -> {
                    conflicts.setAll(done.conflicts().stream().map(c -> row(c, done.officeNames())).toList());
                    loaded.set(true);
                    selected.set(conflicts.stream()
                            .filter(r -> r.conflict().recordId().equals(keep))
                            .findFirst()
                            .orElse(conflicts.isEmpty() ? null : conflicts.getFirst()));
                })
                .onError(e -> say(ImportViewModel.Tone.ERROR, new ErrorText(messages).of(e)))
                .start();
    }

    /** Keeps this PC's value in every field. */
    public void allOurs() {
        fields.forEach(f -> f.takeTheirsProperty().set(false));
    }

    /** Takes the other office's value in every field. */
    public void allTheirs() {
        fields.forEach(f -> f.takeTheirsProperty().set(true));
    }

    /** Settles the selected conflict with the chosen values, then reads the list again. */
    public void apply() {
        ConflictRow row = selected.get();
        if (row == null || busy.get()) {
            return;
        }
        Set<String> fromTheirs = new LinkedHashSet<>();
        fields.stream().filter(f -> f.takeTheirsProperty().get()).forEach(f -> fromTheirs.add(f.field()));
        int kept = fields.size() - fromTheirs.size();
        busy.set(true);
        work.job(p -> {
            importer.resolve(row.conflict(), fromTheirs, actor.get());
            return row;
        }).onSuccess(done -> {
            String text = messages.get("exchange.conflicts.resolved", done.label(), fromTheirs.size(), kept);
            say(ImportViewModel.Tone.SUCCESS, text);
            status.show(text);
            onResolved.run();
            refresh();
        }).onError(e -> {
            say(ImportViewModel.Tone.ERROR, new ErrorText(messages).of(e));
            refresh();
        }).onDone(() -> busy.set(false)).start();
    }

    private void say(ImportViewModel.Tone kind, String text) {
        tone.set(kind);
        message.set(text);
    }

    /** Office codes to names, from the ledger lines of bundles received ({@code "code name"}). */
    private Map<String, String> officeNames() {
        Map<String, String> names = new HashMap<>();
        for (LedgerEntry entry : ledger.entries()) {
            String counterpart = entry.counterpart();
            int space = counterpart == null ? -1 : counterpart.indexOf(' ');
            if (entry.direction() == LedgerEntry.Direction.RECEIVED && space > 0) {
                names.putIfAbsent(counterpart.substring(0, space), counterpart.substring(space + 1));
            }
        }
        return names;
    }

    private ConflictRow row(Conflict conflict, Map<String, String> officeNames) {
        String name = officeNames.get(conflict.from());
        String from = name == null ? conflict.from()
                : messages.get("exchange.conflicts.office", name, conflict.from());
        return new ConflictRow(conflict, messages.of(conflict.type()), label(conflict), from,
                KoreanDates.format(LocalDate.ofInstant(conflict.receivedAt(), zone)));
    }

    private String label(Conflict conflict) {
        String label = residentLabel(conflict.label());
        if (!label.isBlank()) {
            return label;
        }
        String id = conflict.recordId();
        return messages.get("exchange.conflicts.record", id.substring(0, Math.min(8, id.length())));
    }

    /** The store's resident label, {@code 박순자 (1944-05-03)}, with the date written the Korean way. */
    static String residentLabel(String label) {
        if (label == null) {
            return "";
        }
        Matcher resident = RESIDENT_LABEL.matcher(label);
        return resident.matches()
                ? resident.group(1) + " (" + KoreanDates.format(LocalDate.parse(resident.group(2))) + ")"
                : label;
    }

    private void show(ConflictRow row) {
        if (row == null) {
            fields.clear();
            heading.set("");
            detail.set("");
            return;
        }
        Conflict conflict = row.conflict();
        heading.set(row.type() + " " + row.label());
        detail.set(messages.get("exchange.conflicts.detail", row.from(), row.receivedOn()));
        List<FieldChoice> choices = new ArrayList<>();
        for (Conflict.Difference difference : conflict.differences()) {
            choices.add(new FieldChoice(difference.field(), fieldLabel(difference.field()),
                    value(conflict.type(), difference.field(), difference.ours()),
                    value(conflict.type(), difference.field(), difference.theirs())));
        }
        fields.setAll(choices);
    }

    /** The field's name in the person's language; a field without a label shows its name in the file. */
    String fieldLabel(String field) {
        String key = "exchange.field." + field;
        return messages.bundle().containsKey(key) ? messages.get(key) : field;
    }

    /** A stored value as the person reads it elsewhere in Dolbom: labels for codes, Korean dates, phone dashes. */
    String value(RecordType type, String field, String raw) {
        if (raw == null || raw.isEmpty() || raw.equals("[]")) {
            return messages.get("exchange.conflicts.value.empty");
        }
        if (raw.equals("true") || raw.equals("false")) {
            return messages.get(raw.equals("true") ? "exchange.conflicts.value.yes" : "exchange.conflicts.value.no");
        }
        if (PHONES.contains(field)) {
            return phone(raw);
        }
        if (field.equals("vulnerabilities")) {
            return list(raw).stream().map(code -> label(Vulnerability.class, code)).reduce((a, b) -> a + ", " + b)
                    .orElse(raw);
        }
        if (field.equals("domains")) {
            return domains(raw);
        }
        Class<? extends Enum<?>> codes = codesOf(type, field);
        if (codes != null) {
            return label(codes, raw);
        }
        if (ISO_DATE.matcher(raw).matches()) {
            return KoreanDates.parse(raw).map(KoreanDates::format).orElse(raw);
        }
        return instant(raw).orElse(raw);
    }

    private static Class<? extends Enum<?>> codesOf(RecordType type, String field) {
        return switch (field) {
            case "sex" -> Sex.class;
            case "livingSituation" -> LivingSituation.class;
            case "riskLevel" -> RiskLevel.class;
            case "statusReason" -> ClosureReason.class;
            case "role" -> StaffRole.class;
            case "outcome" -> VisitOutcome.class;
            case "visitFrequency" -> VisitFrequency.class;
            case "domain" -> CareDomain.class;
            case "kind" -> switch (type) {
                case AREAS -> AreaKind.class;
                case CONSENTS -> ConsentKind.class;
                case PROVIDERS -> ProviderKind.class;
                case VISITS -> VisitKind.class;
                default -> null;
            };
            case "status" -> switch (type) {
                case RESIDENTS -> ResidentStatus.class;
                case PLANS -> PlanStatus.class;
                case SCHEDULE_ENTRIES -> ScheduleStatus.class;
                default -> null;
            };
            default -> null;
        };
    }

    private String label(Class<? extends Enum<?>> codes, String code) {
        for (Enum<?> constant : codes.getEnumConstants()) {
            if (constant.name().equals(code)) {
                return messages.of(constant);
            }
        }
        // A code this version does not know still shows as written.
        return code;
    }

    private static List<String> list(String raw) {
        String inner = raw.startsWith("[") && raw.endsWith("]") ? raw.substring(1, raw.length() - 1) : raw;
        return inner.isBlank() ? List.of() : List.of(inner.split(",\\s*"));
    }

    private static String phone(String raw) {
        try {
            return PhoneNumber.parseOptional(raw).map(PhoneNumber::formatted).orElse(raw);
        } catch (InvalidInputException e) {
            return raw;
        }
    }

    /** Assessment domains as {@code 식사·영양 2단계: 끼니 거름}, one per line. */
    private String domains(String raw) {
        List<String> lines = new ArrayList<>();
        Matcher m = DOMAIN_ROW.matcher(raw);
        while (m.find()) {
            String domain = label(NeedDomain.class, m.group(1));
            String level = m.group(2).equals("null") ? "-" : m.group(2);
            String note = m.group(3);
            lines.add(note.equals("null") || note.isBlank()
                    ? messages.get("exchange.conflicts.value.domain", domain, level)
                    : messages.get("exchange.conflicts.value.domainNote", domain, level, note));
        }
        return lines.isEmpty() ? raw : String.join("\n", lines);
    }

    private Optional<String> instant(String raw) {
        try {
            ZonedDateTime at = Instant.parse(raw).atZone(zone);
            return Optional.of(KoreanDates.format(at.toLocalDate()) + " " + TIME.format(at));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
