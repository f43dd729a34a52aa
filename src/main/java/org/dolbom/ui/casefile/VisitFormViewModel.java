package org.dolbom.ui.casefile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.beans.Observable;
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
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.dolbom.app.AppContext;
import org.dolbom.domain.FollowUp;
import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.Problem;
import org.dolbom.domain.ServiceCount;
import org.dolbom.domain.ServiceEntry;
import org.dolbom.domain.Staff;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitKind;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.domain.VisitRules;
import org.dolbom.domain.Vitals;
import org.dolbom.domain.VitalsFlag;
import org.dolbom.i18n.Messages;
import org.dolbom.store.Actor;
import org.dolbom.store.StoreException;
import org.dolbom.ui.Dialogs;
import org.dolbom.ui.ErrorText;
import org.dolbom.ui.KoreanDates;
import org.dolbom.ui.Session;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.concurrent.BackgroundWork;

/**
 * One visit (방문/상담 기록) as a form, new or opened. The defaults are what most visits are (at home, met, by the
 * person at the PC, now, signed off) so a visit can be recorded by typing only what differs. Vitals are checked
 * as they are typed: impossible values are refused beside the field, abnormal ones flagged there.
 * A signed-off visit saved again becomes a correction: a new version, the old one kept in history.
 */
public final class VisitFormViewModel {

    /** Fields that can carry an inline message. */
    public enum Field {
        DATE, TIME, KIND, OUTCOME, SYSTOLIC, DIASTOLIC, GLUCOSE, WEIGHT, SERVICES, FOLLOW_UP_DUE
    }

    /** One catalogue service delivered on the visit and how many times. */
    public record ServiceLine(ServiceEntry service, int count) {
    }

    private record Loaded(Visit visit, String residentName, List<Staff> staff, List<ServiceEntry> catalogue,
                          Double previousWeight) {
    }

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[:시.]?\\s*(\\d{2})\\s*분?");
    private static final LocalTime OTHER_DAY_TIME = LocalTime.of(9, 0);

    private final AppContext context;
    private final BackgroundWork work;
    private final Messages messages;
    private final Dialogs dialogs;
    private final StatusLine status;
    private final Supplier<Actor> actor;
    private final Supplier<Staff> currentUser;
    private Consumer<Visit> onSaved = v -> { };
    private Runnable onClosed = () -> { };

    private final ObjectProperty<VisitKind> kind = new SimpleObjectProperty<>(VisitKind.HOME);
    private final ObjectProperty<Staff> staff = new SimpleObjectProperty<>();
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty time = new SimpleStringProperty("");
    private final ObjectProperty<VisitOutcome> outcome = new SimpleObjectProperty<>(VisitOutcome.MET);
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty systolic = new SimpleStringProperty("");
    private final StringProperty diastolic = new SimpleStringProperty("");
    private final StringProperty glucose = new SimpleStringProperty("");
    private final BooleanProperty fasting = new SimpleBooleanProperty(false);
    private final StringProperty weight = new SimpleStringProperty("");
    private final ObservableList<ServiceLine> services = FXCollections.observableArrayList();
    private final ObjectProperty<ServiceEntry> serviceChoice = new SimpleObjectProperty<>();
    private final StringProperty serviceCount = new SimpleStringProperty("1");
    private final StringProperty followUpDue = new SimpleStringProperty("");
    private final StringProperty followUpNote = new SimpleStringProperty("");
    private final BooleanProperty signOff = new SimpleBooleanProperty(true);

    private final ObservableList<Staff> staffChoices = FXCollections.observableArrayList();
    private final ObservableList<ServiceEntry> catalogue = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper correctionNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bloodPressureFlag = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper glucoseFlag = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper weightFlag = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper correction = new ReadOnlyBooleanWrapper(false);

    private Visit loaded;
    private Double previousWeight;
    private List<Object> loadedValues = List.of();
    private boolean filling;

    public VisitFormViewModel(AppContext context, BackgroundWork work, Messages messages, Dialogs dialogs,
                              StatusLine status, Supplier<Actor> actor, Supplier<Staff> currentUser) {
        this.context = context;
        this.work = work;
        this.messages = messages;
        this.dialogs = dialogs;
        this.status = status;
        this.actor = actor;
        this.currentUser = currentUser;
        for (Field f : Field.values()) {
            errors.put(f, new ReadOnlyStringWrapper(""));
        }
        for (Observable o : List.of(systolic, diastolic, glucose, fasting, weight)) {
            o.addListener(x -> checkVitals(false));
        }
        for (Observable o : editable()) {
            o.addListener(x -> {
                if (!filling) {
                    dirty.set(open.get() && !values().equals(loadedValues));
                }
            });
        }
    }

    /** A form for one window's session: its file, background work, dialogs, status line and current user. */
    public static VisitFormViewModel of(Session session) {
        return new VisitFormViewModel(session.context(), session.work(), session.messages(), session.dialogs(),
                session.status(), session::actor, session.currentStaffProperty()::get);
    }

    /** Called with the stored visit (its id, version and sign-off) after every successful save. */
    public void setOnSaved(Consumer<Visit> action) {
        this.onSaved = action;
    }

    /** Called when the form is done with: after a save, or after cancel once nothing unsaved would be lost. */
    public void setOnClosed(Runnable action) {
        this.onClosed = action;
    }

    private List<Observable> editable() {
        return List.of(kind, staff, date, time, outcome, notes, systolic, diastolic, glucose, fasting, weight,
                services, followUpDue, followUpNote, signOff);
    }

    private List<Object> values() {
        List<Object> list = new ArrayList<>();
        for (Observable o : editable()) {
            Object v = o instanceof ObservableValue<?> value ? value.getValue() : List.copyOf(services);
            list.add(v instanceof String s ? s.strip() : v);
        }
        return list;
    }

    /** A new visit form with the prefill's resident, staff, day and kind; the rest at the usual defaults. */
    public void newVisit(VisitPrefill prefill) {
        LocalDateTime now = LocalDateTime.now(context.clock()).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime when = prefill.date() == null || prefill.date().equals(now.toLocalDate()) ? now
                : prefill.date().atTime(OTHER_DAY_TIME);
        Staff me = currentUser.get();
        UUID staffId = prefill.staffId() != null ? prefill.staffId() : me == null ? null : me.id();
        Visit blank = new Visit(null, null, prefill.residentId(), staffId, when,
                prefill.kind() == null ? VisitKind.HOME : prefill.kind(), VisitOutcome.MET, null, null, List.of(),
                null, null, 0);
        load(() -> blank, prefill.residentName());
    }

    /** Opens a stored visit to read, edit (draft) or correct (signed off). */
    public void open(UUID visitId, String residentName) {
        load(() -> context.visits().find(visitId).orElseThrow(() -> new StoreException("store.visit.missing")),
                residentName);
    }

    private void load(Supplier<Visit> source, String residentName) {
        busy.set(true);
        work.job(p -> {
            Visit visit = source.get();
            List<Staff> team = context.staff().list(visit.id() != null);
            // A retired service stays readable on a visit that counted it, but is not offered anew.
            List<ServiceEntry> offered = new ArrayList<>(context.catalogue().services(false));
            for (ServiceCount s : visit.services()) {
                if (offered.stream().noneMatch(e -> e.id().equals(s.serviceId()))) {
                    context.catalogue().service(s.serviceId()).ifPresent(offered::add);
                }
            }
            Double before = visit.residentId() == null ? null
                    : context.visits().previousWeight(visit.residentId(), visit.visitedAt()).orElse(null);
            return new Loaded(visit, residentName, team, offered, before);
        }).onSuccess(this::fill).onError(this::showFailure).onDone(() -> busy.set(false)).start();
    }

    private void fill(Loaded l) {
        filling = true;
        try {
            Visit v = l.visit();
            loaded = v;
            previousWeight = l.previousWeight();
            staffChoices.setAll(l.staff());
            catalogue.setAll(l.catalogue());
            kind.set(v.kind());
            staff.set(l.staff().stream().filter(s -> s.id().equals(v.staffId())).findFirst().orElse(null));
            date.set(KoreanDates.format(v.visitedAt().toLocalDate()));
            time.set(String.format("%02d:%02d", v.visitedAt().getHour(), v.visitedAt().getMinute()));
            outcome.set(v.outcome());
            notes.set(nz(v.notes()));
            Vitals vitals = v.vitals();
            systolic.set(vitals == null || vitals.systolic() == null ? "" : vitals.systolic().toString());
            diastolic.set(vitals == null || vitals.diastolic() == null ? "" : vitals.diastolic().toString());
            glucose.set(vitals == null || vitals.glucose() == null ? "" : vitals.glucose().toString());
            fasting.set(vitals != null && Boolean.TRUE.equals(vitals.glucoseFasting()));
            weight.set(vitals == null || vitals.weightKg() == null ? "" : weightText(vitals.weightKg()));
            List<ServiceLine> lines = new ArrayList<>();
            for (ServiceCount s : v.services()) {
                l.catalogue().stream().filter(e -> e.id().equals(s.serviceId())).findFirst()
                        .ifPresent(e -> lines.add(new ServiceLine(e, s.count())));
            }
            services.setAll(lines);
            serviceChoice.set(null);
            serviceCount.set("1");
            FollowUp f = v.followUp();
            followUpDue.set(f == null ? "" : KoreanDates.format(f.dueOn()));
            followUpNote.set(f == null ? "" : nz(f.note()));
            boolean signed = v.isSignedOff();
            correction.set(signed);
            signOff.set(v.id() == null || signed);
            correctionNotice.set(signed ? messages.get("visit.correction.notice",
                    KoreanDates.format(v.signedOffAt().atZone(context.clock().getZone()).toLocalDate()),
                    v.version() + 1) : "");
            String who = l.residentName() == null ? "" : l.residentName();
            title.set(messages.get(v.id() == null ? "visit.title.new" : signed ? "visit.title.correct"
                    : "visit.title.edit", who));
            errors.values().forEach(e -> e.set(""));
            formError.set("");
            loadedValues = values();
            open.set(true);
            dirty.set(false);
        } finally {
            filling = false;
        }
        checkVitals(false);
    }

    /** Adds the chosen catalogue service with the typed count; the same service again adds to its count. */
    public void addService() {
        ServiceEntry chosen = serviceChoice.get();
        errors.get(Field.SERVICES).set("");
        if (chosen == null) {
            errors.get(Field.SERVICES).set(messages.get("visit.service.pick"));
            return;
        }
        Optional<Integer> count = whole(serviceCount.get());
        if (count.isEmpty() || count.get() < 1) {
            errors.get(Field.SERVICES).set(messages.get("validation.visit.serviceCount"));
            return;
        }
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).service().id().equals(chosen.id())) {
                services.set(i, new ServiceLine(chosen, services.get(i).count() + count.get()));
                resetServiceInput();
                return;
            }
        }
        services.add(new ServiceLine(chosen, count.get()));
        resetServiceInput();
    }

    private void resetServiceInput() {
        serviceChoice.set(null);
        serviceCount.set("1");
    }

    public void removeService(ServiceLine line) {
        services.remove(line);
    }

    /**
     * Checks the whole form and, when nothing is wrong, saves it in the background. Problems appear beside their
     * fields and nothing is written.
     */
    public void save() {
        if (!open.get() || busy.get()) {
            return;
        }
        errors.values().forEach(e -> e.set(""));
        formError.set("");
        Optional<Visit> visit = build();
        if (visit.isEmpty()) {
            formError.set(messages.get("visit.save.fixFirst"));
            return;
        }
        Visit draft = visit.get();
        boolean sign = signOff.get();
        Actor who = actor.get();
        busy.set(true);
        work.job(p -> context.visits().save(draft, sign, who))
                .onSuccess(saved -> {
                    loaded = saved;
                    loadedValues = values();
                    dirty.set(false);
                    status.show(messages.get(saved.version() > 1 && correction.get() ? "status.visit.corrected"
                            : "status.visit.saved", title.get()));
                    onSaved.accept(saved);
                    onClosed.run();
                })
                .onError(this::showSaveFailure)
                .onDone(() -> busy.set(false))
                .start();
    }

    /** The visit the form describes, or empty after putting every problem beside its field. */
    private Optional<Visit> build() {
        boolean ok = true;
        LocalDate day = KoreanDates.parse(date.get()).orElse(null);
        if (day == null) {
            errors.get(Field.DATE).set(messages.get(date.get().isBlank() ? "validation.visit.dateRequired"
                    : "visit.date.invalid"));
            ok = false;
        }
        LocalTime at = time(time.get()).orElse(null);
        if (at == null) {
            errors.get(Field.TIME).set(messages.get("visit.time.invalid"));
            ok = false;
        }
        if (staff.get() == null) {
            formError.set(messages.get("visit.staff.required"));
        }
        Optional<Vitals> vitals = checkVitals(true);
        if (vitals.isEmpty()) {
            ok = false;
        }
        FollowUp followUp = null;
        if (!followUpDue.get().isBlank() || !followUpNote.get().isBlank()) {
            LocalDate due = KoreanDates.parse(followUpDue.get()).orElse(null);
            if (due == null && !followUpDue.get().isBlank()) {
                errors.get(Field.FOLLOW_UP_DUE).set(messages.get("visit.date.invalid"));
                ok = false;
            }
            LocalDate doneOn = loaded.followUp() == null ? null : loaded.followUp().doneOn();
            followUp = new FollowUp(due, blankToNull(followUpNote.get()), doneOn);
        }
        if (!ok || staff.get() == null) {
            return Optional.empty();
        }
        Visit v = new Visit(loaded.id(), loaded.rev(), loaded.residentId(), staff.get().id(), day.atTime(at),
                kind.get(), outcome.get(), blankToNull(notes.get()), vitals.get(),
                services.stream().map(s -> new ServiceCount(s.service().id(), s.count())).toList(), followUp,
                loaded.signedOffAt(), loaded.version());
        List<Problem> problems = VisitRules.check(v, LocalDateTime.now(context.clock()));
        if (!problems.isEmpty()) {
            problems.forEach(this::show);
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /**
     * Reads the vitals fields, puts refusals and flags beside them, and returns the vitals (empty vitals when
     * none were typed); empty when something is unreadable or implausible. While typing, the pair rule waits.
     */
    private Optional<Vitals> checkVitals(boolean saving) {
        for (Field f : List.of(Field.SYSTOLIC, Field.DIASTOLIC, Field.GLUCOSE, Field.WEIGHT)) {
            errors.get(f).set("");
        }
        bloodPressureFlag.set("");
        glucoseFlag.set("");
        weightFlag.set("");
        Integer sys = number(systolic.get(), Field.SYSTOLIC);
        Integer dia = number(diastolic.get(), Field.DIASTOLIC);
        Integer glu = number(glucose.get(), Field.GLUCOSE);
        Double kg = decimal(weight.get());
        boolean readable = !unreadable(systolic.get(), sys) && !unreadable(diastolic.get(), dia)
                && !unreadable(glucose.get(), glu) && !unreadable(weight.get(), kg);
        Vitals vitals = new Vitals(sys, dia, glu, glu == null ? null : fasting.get(), kg);
        List<Problem> problems = vitals.problems().stream()
                .filter(p -> saving || !"validation.vitals.bpPair".equals(p.messageKey())).toList();
        problems.forEach(this::show);
        if (problems.isEmpty() && readable) {
            Set<VitalsFlag> flags = vitals.flags(previousWeight);
            for (VitalsFlag flag : flags) {
                switch (flag) {
                    case HIGH_BLOOD_PRESSURE, LOW_BLOOD_PRESSURE -> bloodPressureFlag.set(messages.of(flag));
                    case HIGH_GLUCOSE, LOW_GLUCOSE -> glucoseFlag.set(messages.of(flag));
                    case WEIGHT_LOSS -> weightFlag.set(messages.get("visit.flag.weightLoss", messages.of(flag),
                            weightText(previousWeight)));
                }
            }
        }
        return problems.isEmpty() && readable ? Optional.of(vitals) : Optional.empty();
    }

    private static boolean unreadable(String text, Object value) {
        return !text.isBlank() && value == null;
    }

    private Integer number(String text, Field field) {
        if (text.isBlank()) {
            return null;
        }
        Optional<Integer> n = whole(text);
        if (n.isEmpty()) {
            errors.get(field).set(messages.get("visit.vitals.notNumber"));
        }
        return n.orElse(null);
    }

    private Double decimal(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.get(Field.WEIGHT).set(messages.get("visit.vitals.notNumber"));
            return null;
        }
    }

    private void show(Problem problem) {
        Field field = switch (problem.field()) {
            case "visitedAt" -> Field.DATE;
            case "kind" -> Field.KIND;
            case "outcome" -> Field.OUTCOME;
            case "systolic" -> Field.SYSTOLIC;
            case "bloodPressure" -> systolic.get().isBlank() ? Field.SYSTOLIC : Field.DIASTOLIC;
            case "diastolic" -> Field.DIASTOLIC;
            case "glucose" -> Field.GLUCOSE;
            case "weightKg" -> Field.WEIGHT;
            case "services" -> Field.SERVICES;
            case "followUpDue" -> Field.FOLLOW_UP_DUE;
            default -> null;
        };
        String text = messages.get(problem.messageKey(), problem.args());
        if (field == null) {
            formError.set(text);
        } else if (errors.get(field).get().isEmpty()) {
            errors.get(field).set(text);
        }
    }

    private void showSaveFailure(Throwable e) {
        if (e instanceof InvalidInputException invalid) {
            invalid.problems().forEach(this::show);
            if (formError.get().isEmpty()) {
                formError.set(messages.get("visit.save.fixFirst"));
            }
            return;
        }
        showFailure(e);
    }

    private void showFailure(Throwable e) {
        String text = new ErrorText(messages).of(e);
        formError.set(text);
        status.show(text);
    }

    /** Leaves the form: at once when nothing is unsaved, otherwise only if the person agrees to discard. */
    public void cancel() {
        if (dirty.get() && !dialogs.confirm(messages.get("visit.discard.title"),
                messages.get("visit.discard.message"))) {
            return;
        }
        dirty.set(false);
        onClosed.run();
    }

    static Optional<LocalTime> time(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }

    private static Optional<Integer> whole(String text) {
        try {
            return Optional.of(Integer.parseInt(text == null ? "" : text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String weightText(Double kg) {
        return kg == null ? "" : kg == Math.rint(kg) ? String.valueOf(kg.intValue()) : String.valueOf(kg);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The resident the form is about; empty before a form is loaded. */
    public Optional<UUID> residentId() {
        return Optional.ofNullable(loaded).map(Visit::residentId);
    }

    public ObjectProperty<VisitKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Staff> staffProperty() {
        return staff;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public ObjectProperty<VisitOutcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty systolicProperty() {
        return systolic;
    }

    public StringProperty diastolicProperty() {
        return diastolic;
    }

    public StringProperty glucoseProperty() {
        return glucose;
    }

    public BooleanProperty fastingProperty() {
        return fasting;
    }

    public StringProperty weightProperty() {
        return weight;
    }

    public ObservableList<ServiceLine> services() {
        return services;
    }

    public ObjectProperty<ServiceEntry> serviceChoiceProperty() {
        return serviceChoice;
    }

    public StringProperty serviceCountProperty() {
        return serviceCount;
    }

    public StringProperty followUpDueProperty() {
        return followUpDue;
    }

    public StringProperty followUpNoteProperty() {
        return followUpNote;
    }

    public BooleanProperty signOffProperty() {
        return signOff;
    }

    public ObservableList<Staff> staffChoices() {
        return staffChoices;
    }

    public ObservableList<ServiceEntry> catalogue() {
        return catalogue;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What saving a signed-off visit will do; empty for a new visit or a draft. */
    public ReadOnlyStringProperty correctionNoticeProperty() {
        return correctionNotice.getReadOnlyProperty();
    }

    /** True while the form holds a signed-off visit: saving makes a correction, always signed off. */
    public ReadOnlyBooleanProperty correctionProperty() {
        return correction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bloodPressureFlagProperty() {
        return bloodPressureFlag.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty glucoseFlagProperty() {
        return glucoseFlag.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty weightFlagProperty() {
        return weightFlag.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty(Field field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}
