package org.dolbom.ui.residents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.dolbom.app.AppContext;
import org.dolbom.domain.Area;
import org.dolbom.domain.ClosureReason;
import org.dolbom.domain.Consent;
import org.dolbom.domain.ConsentKind;
import org.dolbom.domain.EmergencyContact;
import org.dolbom.domain.Household;
import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.LivingSituation;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.Problem;
import org.dolbom.domain.Resident;
import org.dolbom.domain.ResidentRules;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.Rrn;
import org.dolbom.domain.RrnChange;
import org.dolbom.domain.Sex;
import org.dolbom.domain.Staff;
import org.dolbom.domain.Vulnerability;
import org.dolbom.i18n.Messages;
import org.dolbom.store.Actor;
import org.dolbom.store.ResidentRow;
import org.dolbom.ui.Dialogs;
import org.dolbom.ui.ErrorText;
import org.dolbom.ui.KoreanDates;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.concurrent.BackgroundWork;

/**
 * One resident's file as a form: what the person types, what is wrong with it (next to each field), and whether
 * anything changed since it was opened or saved. The plaintext RRN is never put into an editable field.
 */
public final class ResidentFormViewModel {

    /** Fields that can carry an inline message; the keys are what the View looks them up by. */
    public enum Field {
        NAME, BIRTH_DATE, SEX, RRN, MOBILE, HOME, EMERGENCY_PHONE, COLLECTION_DATE, THIRD_PARTY_DATE, INTAKE_DATE,
        CLOSURE_REASON, STATUS_NOTE, STATUS_DATE, HOUSEHOLD
    }

    /** What the person wants done with unsaved changes. */
    public enum UnsavedChoice {
        SAVE, DISCARD, STAY
    }

    private record Loaded(Resident resident, Household household, List<ResidentRow> members, List<Area> areas,
                          List<Staff> staff) {
    }

    private final AppContext context;
    private final BackgroundWork work;
    private final Messages messages;
    private final Dialogs dialogs;
    private final StatusLine status;
    private final Supplier<Actor> actor;
    private Consumer<Resident> onSaved = r -> { };

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty birthDate = new SimpleStringProperty("");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    private final StringProperty rrnInput = new SimpleStringProperty("");
    private final StringProperty mobile = new SimpleStringProperty("");
    private final StringProperty home = new SimpleStringProperty("");
    private final StringProperty roadAddress = new SimpleStringProperty("");
    private final StringProperty addressDetail = new SimpleStringProperty("");
    private final ObjectProperty<Area> area = new SimpleObjectProperty<>();
    private final StringProperty emergencyName = new SimpleStringProperty("");
    private final StringProperty emergencyRelation = new SimpleStringProperty("");
    private final StringProperty emergencyPhone = new SimpleStringProperty("");
    private final BooleanProperty collectionGranted = new SimpleBooleanProperty(false);
    private final StringProperty collectionDate = new SimpleStringProperty("");
    private final BooleanProperty thirdPartyGranted = new SimpleBooleanProperty(false);
    private final StringProperty thirdPartyDate = new SimpleStringProperty("");
    private final ObjectProperty<LivingSituation> livingSituation = new SimpleObjectProperty<>(LivingSituation.OTHER);
    private final Map<Vulnerability, BooleanProperty> vulnerabilities = new EnumMap<>(Vulnerability.class);
    private final ObjectProperty<RiskLevel> riskLevel = new SimpleObjectProperty<>(RiskLevel.LOW);
    private final ObjectProperty<Staff> responsibleStaff = new SimpleObjectProperty<>();
    private final StringProperty intakeDate = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    /** The household the resident belongs to once saved; null for none. */
    private final ObjectProperty<UUID> householdId = new SimpleObjectProperty<>();
    /** True when saving should first register a household at the resident's own address. */
    private final BooleanProperty newHousehold = new SimpleBooleanProperty(false);
    private final BooleanBinding inHousehold = householdId.isNotNull();
    private final BooleanBinding pendingHousehold = Bindings.createBooleanBinding(newHousehold::get, newHousehold);

    private final ReadOnlyStringWrapper maskedRrn = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper revealedRrn = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ResidentStatus> residentStatus = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper statusSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper householdAddress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper householdText = new ReadOnlyStringWrapper("");
    private final ObservableList<ResidentRow> householdMembers = FXCollections.observableArrayList();
    private final ObservableList<Area> areas = FXCollections.observableArrayList();
    private final ObservableList<Staff> staff = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");

    private final ReadOnlyObjectWrapper<Resident> shown = new ReadOnlyObjectWrapper<>();
    private Resident loaded;
    private List<Object> loadedValues = List.of();
    private boolean filling;

    public ResidentFormViewModel(AppContext context, BackgroundWork work, Messages messages, Dialogs dialogs,
                                 StatusLine status, Supplier<Actor> actor) {
        this.context = context;
        this.work = work;
        this.messages = messages;
        this.dialogs = dialogs;
        this.status = status;
        this.actor = actor;
        for (Vulnerability v : Vulnerability.values()) {
            vulnerabilities.put(v, new SimpleBooleanProperty(false));
        }
        for (Field f : Field.values()) {
            errors.put(f, new ReadOnlyStringWrapper(""));
        }
        for (Observable o : List.of(householdId, newHousehold, householdAddress, roadAddress, addressDetail)) {
            o.addListener(x -> householdText.set(householdText()));
        }
        for (Observable o : editable()) {
            o.addListener(x -> {
                if (!filling) {
                    dirty.set(open.get() && !values().equals(loadedValues));
                }
            });
        }
    }

    public void setOnSaved(Consumer<Resident> action) {
        this.onSaved = action;
    }

    private List<Observable> editable() {
        List<Observable> list = new ArrayList<>(List.of(name, birthDate, sex, rrnInput, mobile, home, roadAddress,
                addressDetail, area, emergencyName, emergencyRelation, emergencyPhone, collectionGranted,
                collectionDate, thirdPartyGranted, thirdPartyDate, livingSituation, riskLevel, responsibleStaff,
                intakeDate, notes, householdId, newHousehold));
        list.addAll(vulnerabilities.values());
        return list;
    }

    /** Every editable value, to tell whether the form differs from what was loaded. */
    private List<Object> values() {
        List<Object> list = new ArrayList<>();
        for (Observable o : editable()) {
            Object v = ((javafx.beans.value.ObservableValue<?>) o).getValue();
            list.add(v instanceof String s ? s.strip() : v);
        }
        return list;
    }

    /** An empty form for a new resident. */
    public void newResident() {
        LocalDate today = LocalDate.now(context.clock());
        Resident blank = new Resident(null, null, "", null, null, null, null, null, null, null, null, null,
                null, LivingSituation.OTHER, Set.of(), RiskLevel.LOW,
                ResidentStatus.ACTIVE, null, null, null, today, null, null, List.of());
        busy.set(true);
        work.job(p -> new Loaded(blank, null, List.of(), context.areas().list(), context.staff().list(false)))
                .onSuccess(this::fill)
                .onError(this::showFailure)
                .onDone(() -> busy.set(false))
                .start();
    }

    /** Opens a resident's file (the store audits the view). */
    public void open(UUID id) {
        busy.set(true);
        Actor who = actor.get();
        work.job(p -> withHousehold(context.residents().open(id, who), context.areas().list(),
                context.staff().list(true)))
                .onSuccess(this::fill).onError(this::showFailure).onDone(() -> busy.set(false)).start();
    }

    /** Reads the resident's household and its other members; runs in the background. */
    private Loaded withHousehold(Resident r, List<Area> areaList, List<Staff> staffList) {
        Household h = r.householdId() == null ? null : context.households().find(r.householdId()).orElse(null);
        List<ResidentRow> members = r.householdId() == null ? List.of()
                : context.households().members(r.householdId()).stream()
                        .filter(m -> !m.id().equals(r.id())).toList();
        return new Loaded(r, h, members, areaList, staffList);
    }

    private void fill(Loaded l) {
        filling = true;
        try {
            Resident r = l.resident();
            loaded = r;
            shown.set(r);
            areas.setAll(l.areas());
            staff.setAll(l.staff());
            name.set(nz(r.name()));
            birthDate.set(KoreanDates.format(r.birthDate()));
            sex.set(r.sex());
            rrnInput.set("");
            revealedRrn.set("");
            maskedRrn.set(nz(r.maskedRrn()));
            mobile.set(r.mobilePhone() == null ? "" : r.mobilePhone().formatted());
            home.set(r.homePhone() == null ? "" : r.homePhone().formatted());
            roadAddress.set(nz(r.roadAddress()));
            addressDetail.set(nz(r.addressDetail()));
            area.set(l.areas().stream().filter(a -> a.id().equals(r.areaId())).findFirst().orElse(null));
            EmergencyContact ec = r.emergencyContact();
            emergencyName.set(ec == null ? "" : nz(ec.name()));
            emergencyRelation.set(ec == null ? "" : nz(ec.relation()));
            emergencyPhone.set(ec == null || ec.phone() == null ? "" : ec.phone().formatted());
            Optional<Consent> collection = consent(r, ConsentKind.COLLECTION_USE);
            collectionGranted.set(collection.map(Consent::granted).orElse(false));
            collectionDate.set(collection.map(c -> KoreanDates.format(c.givenOn())).orElse(""));
            Optional<Consent> third = consent(r, ConsentKind.THIRD_PARTY);
            thirdPartyGranted.set(third.map(Consent::granted).orElse(false));
            thirdPartyDate.set(third.map(c -> KoreanDates.format(c.givenOn())).orElse(""));
            livingSituation.set(r.livingSituation());
            vulnerabilities.forEach((v, p) -> p.set(r.vulnerabilities().contains(v)));
            riskLevel.set(r.riskLevel());
            responsibleStaff.set(l.staff().stream().filter(s -> s.id().equals(r.responsibleStaffId())).findFirst()
                    .orElse(null));
            intakeDate.set(KoreanDates.format(r.intakeDate()));
            notes.set(nz(r.notes()));
            residentStatus.set(r.status());
            statusSummary.set(summary(r));
            householdAddress.set(l.household() == null ? ""
                    : (nz(l.household().roadAddress()) + " " + nz(l.household().addressDetail())).strip());
            householdMembers.setAll(l.members());
            householdId.set(r.householdId());
            newHousehold.set(false);
            title.set(r.id() == null ? messages.get("resident.title.new") : r.name());
            errors.values().forEach(e -> e.set(""));
            formError.set("");
            loadedValues = values();
            open.set(true);
            saved.set(r.id() != null);
            dirty.set(false);
        } finally {
            filling = false;
        }
    }

    private String summary(Resident r) {
        if (r.status() == ResidentStatus.ACTIVE) {
            return messages.of(r.status());
        }
        return messages.get("resident.status.summary", messages.of(r.status()), messages.of(r.closureReason()),
                KoreanDates.format(r.statusDate()), nz(r.statusNote()));
    }

    private static Optional<Consent> consent(Resident r, ConsentKind kind) {
        return r.consents().stream().filter(c -> c.kind() == kind).findFirst();
    }

    /**
     * Checks the form and, when nothing is wrong, saves it in the background. Problems appear next to their
     * fields and nothing is written.
     */
    public void save(Runnable afterSaved) {
        if (!open.get() || busy.get()) {
            return;
        }
        errors.values().forEach(e -> e.set(""));
        formError.set("");
        LocalDate today = LocalDate.now(context.clock());
        Map<Field, String> found = new LinkedHashMap<>();

        LocalDate birth = date(birthDate.get(), Field.BIRTH_DATE, found);
        RrnChange rrnChange = RrnChange.keep();
        Rrn rrn = null;
        if (!rrnInput.get().isBlank()) {
            try {
                rrn = Rrn.parse(rrnInput.get());
                rrnChange = new RrnChange.Set(rrn);
            } catch (InvalidInputException e) {
                put(found, Field.RRN, e.problems().getFirst());
            }
        }
        // An RRN says when and as whom the person was born; spare the typing when those are still empty.
        Sex chosenSex = sex.get();
        if (rrn != null && birth == null && birthDate.get().isBlank()) {
            birth = rrn.birthDate();
        }
        if (rrn != null && chosenSex == null) {
            chosenSex = rrn.sex();
        }
        PhoneNumber mobilePhone = phone(mobile.get(), Field.MOBILE, found);
        PhoneNumber homePhone = phone(home.get(), Field.HOME, found);
        PhoneNumber emergency = phone(emergencyPhone.get(), Field.EMERGENCY_PHONE, found);
        LocalDate collectionOn = date(collectionDate.get(), Field.COLLECTION_DATE, found);
        LocalDate thirdPartyOn = date(thirdPartyDate.get(), Field.THIRD_PARTY_DATE, found);
        LocalDate intake = date(intakeDate.get(), Field.INTAKE_DATE, found);
        if (newHousehold.get() && roadAddress.get().isBlank()) {
            found.putIfAbsent(Field.HOUSEHOLD, messages.get("resident.household.addressMissing"));
        }
        requireConsentDate(collectionGranted.get(), collectionDate.get(), Field.COLLECTION_DATE, found);
        requireConsentDate(thirdPartyGranted.get(), thirdPartyDate.get(), Field.THIRD_PARTY_DATE, found);

        Resident draft = draft(birth, chosenSex, mobilePhone, homePhone, emergency, collectionOn, thirdPartyOn,
                intake);
        for (Problem problem : ResidentRules.check(draft, rrnChange, today)) {
            field(problem.field()).ifPresent(f -> put(found, f, problem));
        }
        if (!found.isEmpty()) {
            found.forEach((f, text) -> errors.get(f).set(text));
            formError.set(messages.get("resident.save.fixFirst", found.size()));
            return;
        }
        busy.set(true);
        Actor who = actor.get();
        RrnChange change = rrnChange;
        boolean registerHousehold = newHousehold.get();
        List<Area> areaList = List.copyOf(areas);
        List<Staff> staffList = List.copyOf(staff);
        work.job(p -> {
            // The household and the resident who lives there are written together or not at all.
            Resident reread = context.database().inTransaction(() -> {
                Resident toSave = draft;
                if (registerHousehold) {
                    Household created = context.households().save(new Household(null, draft.areaId(),
                            draft.roadAddress(), draft.addressDetail(), null));
                    toSave = withHouseholdId(draft, created.id());
                }
                return context.residents().save(toSave, change, who);
            });
            return withHousehold(reread, areaList, staffList);
        }).onSuccess(l -> {
            fill(l);
            status.show(messages.get("status.resident.saved", l.resident().name()));
            onSaved.accept(l.resident());
            afterSaved.run();
        }).onError(this::showSaveFailure).onDone(() -> busy.set(false)).start();
    }

    private Resident draft(LocalDate birth, Sex chosenSex, PhoneNumber mobilePhone, PhoneNumber homePhone,
                           PhoneNumber emergency, LocalDate collectionOn, LocalDate thirdPartyOn, LocalDate intake) {
        Resident base = loaded;
        EmergencyContact contact = emergencyName.get().isBlank() && emergency == null
                && emergencyRelation.get().isBlank() ? null
                : new EmergencyContact(emergencyName.get().strip(), emergencyRelation.get().strip(), emergency);
        List<Consent> consents = new ArrayList<>();
        consentOf(base, ConsentKind.COLLECTION_USE, collectionGranted.get(), collectionOn).ifPresent(consents::add);
        consentOf(base, ConsentKind.THIRD_PARTY, thirdPartyGranted.get(), thirdPartyOn).ifPresent(consents::add);
        Set<Vulnerability> flags = EnumSet.noneOf(Vulnerability.class);
        vulnerabilities.forEach((v, p) -> {
            if (p.get()) {
                flags.add(v);
            }
        });
        return new Resident(base.id(), base.rev(), name.get().strip(), birth, chosenSex, base.maskedRrn(),
                mobilePhone, homePhone, blankToNull(roadAddress.get()), blankToNull(addressDetail.get()),
                area.get() == null ? null : area.get().id(), householdId.get(),
                responsibleStaff.get() == null ? null : responsibleStaff.get().id(), livingSituation.get(), flags,
                riskLevel.get(), base.status(), base.closureReason(), base.statusNote(), base.statusDate(), intake,
                contact, blankToNull(notes.get()), consents);
    }

    private static Resident withHouseholdId(Resident r, UUID household) {
        return new Resident(r.id(), r.rev(), r.name(), r.birthDate(), r.sex(), r.maskedRrn(), r.mobilePhone(),
                r.homePhone(), r.roadAddress(), r.addressDetail(), r.areaId(), household, r.responsibleStaffId(),
                r.livingSituation(), r.vulnerabilities(), r.riskLevel(), r.status(), r.closureReason(),
                r.statusNote(), r.statusDate(), r.intakeDate(), r.emergencyContact(), r.notes(), r.consents());
    }

    /**
     * Marks the resident's own address to become a new household when the form is saved. Needs a road address,
     * since that is what the household is.
     */
    public void registerHouseholdHere() {
        if (!open.get() || householdId.get() != null) {
            return;
        }
        errors.get(Field.HOUSEHOLD).set("");
        if (roadAddress.get().isBlank()) {
            errors.get(Field.HOUSEHOLD).set(messages.get("resident.household.addressMissing"));
            return;
        }
        newHousehold.set(true);
    }

    /** Takes the resident out of the household when the form is saved; the household stays for the others. */
    public void leaveHousehold() {
        if (!open.get()) {
            return;
        }
        errors.get(Field.HOUSEHOLD).set("");
        newHousehold.set(false);
        householdId.set(null);
    }

    private String householdText() {
        if (newHousehold.get()) {
            String address = (roadAddress.get().strip() + " " + addressDetail.get().strip()).strip();
            return messages.get("resident.household.pending", address);
        }
        if (householdId.get() == null) {
            return messages.get(loaded != null && loaded.householdId() != null
                    ? "resident.household.leaving" : "resident.household.none");
        }
        return householdAddress.get();
    }

    /** A consent is recorded once it was given or a date was written; until then there is nothing to keep. */
    private static Optional<Consent> consentOf(Resident base, ConsentKind kind, boolean granted, LocalDate on) {
        Optional<Consent> before = consent(base, kind);
        if (!granted && on == null && before.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Consent(before.map(Consent::id).orElse(null), kind, granted, on,
                before.map(Consent::note).orElse(null)));
    }

    private PhoneNumber phone(String text, Field field, Map<Field, String> found) {
        try {
            return PhoneNumber.parseOptional(text).orElse(null);
        } catch (InvalidInputException e) {
            put(found, field, e.problems().getFirst());
            return null;
        }
    }

    private void requireConsentDate(boolean granted, String text, Field field, Map<Field, String> found) {
        if (granted && text.isBlank()) {
            found.putIfAbsent(field, messages.get("resident.consent.dateMissing"));
        }
    }

    private LocalDate date(String text, Field field, Map<Field, String> found) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<LocalDate> parsed = KoreanDates.parse(text);
        if (parsed.isEmpty()) {
            found.putIfAbsent(field, messages.get("resident.date.unreadable"));
        }
        return parsed.orElse(null);
    }

    private void put(Map<Field, String> found, Field field, Problem problem) {
        found.putIfAbsent(field, messages.get(problem.messageKey(), problem.args()));
    }

    /** The form field a domain problem belongs to; phone problems belong to the mobile phone unless placed. */
    private static Optional<Field> field(String problemField) {
        return Optional.ofNullable(switch (problemField) {
            case "name" -> Field.NAME;
            case "birthDate" -> Field.BIRTH_DATE;
            case "sex" -> Field.SEX;
            case "rrn" -> Field.RRN;
            case "phone" -> Field.MOBILE;
            case "closureReason" -> Field.CLOSURE_REASON;
            case "statusNote" -> Field.STATUS_NOTE;
            case "statusDate" -> Field.STATUS_DATE;
            default -> null;
        });
    }

    private void showSaveFailure(Throwable e) {
        if (e instanceof InvalidInputException invalid) {
            for (Problem problem : invalid.problems()) {
                Optional<Field> f = field(problem.field());
                if (f.isPresent()) {
                    errors.get(f.get()).set(messages.get(problem.messageKey(), problem.args()));
                } else {
                    formError.set(messages.get(problem.messageKey(), problem.args()));
                }
            }
            if (formError.get().isEmpty()) {
                formError.set(messages.get("resident.save.fixFirst", invalid.problems().size()));
            }
            return;
        }
        showFailure(e);
    }

    private void showFailure(Throwable e) {
        String text = new ErrorText(messages).of(e);
        formError.set(text);
        status.show(text);
        dialogs.error(messages.get("dialog.error.title"), text);
    }

    /** Runs {@code proceed} at once when nothing is unsaved; otherwise asks whether to save, discard or stay. */
    public void whenSafeToLeave(Runnable proceed) {
        if (!dirty.get()) {
            proceed.run();
            return;
        }
        Optional<UnsavedChoice> choice = dialogs.choose(messages.get("dialog.unsaved.title"),
                messages.get("dialog.unsaved.message", title.get()), List.of(UnsavedChoice.values()),
                c -> messages.get(switch (c) {
                    case SAVE -> "dialog.unsaved.save";
                    case DISCARD -> "dialog.unsaved.discard";
                    case STAY -> "dialog.unsaved.stay";
                }));
        switch (choice.orElse(UnsavedChoice.STAY)) {
            case SAVE -> save(proceed);
            case DISCARD -> {
                dirty.set(false);
                proceed.run();
            }
            case STAY -> { }
        }
    }

    /** The audited "show" action: the full number, for the View to show briefly. */
    public void revealRrn() {
        if (loaded == null || loaded.id() == null) {
            return;
        }
        UUID id = loaded.id();
        Actor who = actor.get();
        work.job(p -> context.residents().revealRrn(id, who))
                .onSuccess(rrn -> {
                    revealedRrn.set(rrn.map(Rrn::reveal).orElse(""));
                    status.show(messages.get(rrn.isPresent() ? "status.rrn.shown" : "status.rrn.none"));
                })
                .onError(this::showFailure)
                .start();
    }

    public void hideRrn() {
        revealedRrn.set("");
    }

    /**
     * Removes the stored RRN once the person confirms. The store keeps the replaced version in history and audits
     * the change as an edit; birth date and sex stay as they are.
     */
    public void removeRrn() {
        if (loaded == null || loaded.id() == null || dirty.get() || busy.get() || maskedRrn.get().isEmpty()) {
            return;
        }
        if (!dialogs.confirm(messages.get("dialog.rrnRemove.title"),
                messages.get("dialog.rrnRemove.message", loaded.name(), maskedRrn.get()))) {
            return;
        }
        Resident current = loaded;
        Actor who = actor.get();
        List<Area> areaList = List.copyOf(areas);
        List<Staff> staffList = List.copyOf(staff);
        busy.set(true);
        work.job(p -> withHousehold(context.residents().save(current, new RrnChange.Clear(), who), areaList,
                        staffList))
                .onSuccess(l -> {
                    fill(l);
                    status.show(messages.get("status.rrn.removed", l.resident().name()));
                    onSaved.accept(l.resident());
                })
                .onError(this::showSaveFailure)
                .onDone(() -> busy.set(false))
                .start();
    }

    /** What is wrong with a closure as entered in the closing dialog; empty when it can go ahead. */
    public List<String> closureProblems(ClosureReason reason, String note, String dateText) {
        List<String> problems = new ArrayList<>();
        if (reason == null) {
            problems.add(messages.get("resident.close.reasonMissing"));
        }
        if (reason == ClosureReason.OTHER && (note == null || note.isBlank())) {
            problems.add(messages.get("resident.close.noteMissing"));
        }
        Optional<LocalDate> on = KoreanDates.parse(dateText);
        if (on.isEmpty()) {
            problems.add(messages.get("resident.date.unreadable"));
        } else if (on.get().isAfter(LocalDate.now(context.clock()))) {
            problems.add(messages.get("resident.close.dateFuture"));
        }
        return problems;
    }

    /** Closes the case of the saved resident shown; the form must have no unsaved edits. */
    public void closeCase(ClosureReason reason, String note, LocalDate on) {
        if (loaded == null || loaded.id() == null || dirty.get()) {
            return;
        }
        UUID id = loaded.id();
        Actor who = actor.get();
        changeStatus(() -> context.residents().closeCase(id, reason, blankToNull(note), on, who),
                "status.resident.closed");
    }

    public void reopen() {
        if (loaded == null || loaded.id() == null || dirty.get()) {
            return;
        }
        UUID id = loaded.id();
        Actor who = actor.get();
        changeStatus(() -> context.residents().reopen(id, who), "status.resident.reopened");
    }

    private void changeStatus(Supplier<Resident> change, String statusKey) {
        busy.set(true);
        List<Area> areaList = List.copyOf(areas);
        List<Staff> staffList = List.copyOf(staff);
        work.job(p -> withHousehold(change.get(), areaList, staffList)).onSuccess(l -> {
            fill(l);
            status.show(messages.get(statusKey, l.resident().name()));
            onSaved.accept(l.resident());
        }).onError(this::showSaveFailure).onDone(() -> busy.set(false)).start();
    }

    /** Shows nothing (after the list was cleared, say). */
    public void clear() {
        loaded = null;
        shown.set(null);
        open.set(false);
        saved.set(false);
        dirty.set(false);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public LocalDate today() {
        return LocalDate.now(context.clock());
    }

    /** The resident as last opened or saved, for the case file tabs beside the form; null while none is. */
    public ReadOnlyObjectProperty<Resident> residentProperty() {
        return shown.getReadOnlyProperty();
    }

    public Optional<UUID> residentId() {
        return Optional.ofNullable(loaded).map(Resident::id);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty birthDateProperty() {
        return birthDate;
    }

    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    public StringProperty rrnInputProperty() {
        return rrnInput;
    }

    public StringProperty mobileProperty() {
        return mobile;
    }

    public StringProperty homeProperty() {
        return home;
    }

    public StringProperty roadAddressProperty() {
        return roadAddress;
    }

    public StringProperty addressDetailProperty() {
        return addressDetail;
    }

    public ObjectProperty<Area> areaProperty() {
        return area;
    }

    public StringProperty emergencyNameProperty() {
        return emergencyName;
    }

    public StringProperty emergencyRelationProperty() {
        return emergencyRelation;
    }

    public StringProperty emergencyPhoneProperty() {
        return emergencyPhone;
    }

    public BooleanProperty collectionGrantedProperty() {
        return collectionGranted;
    }

    public StringProperty collectionDateProperty() {
        return collectionDate;
    }

    public BooleanProperty thirdPartyGrantedProperty() {
        return thirdPartyGranted;
    }

    public StringProperty thirdPartyDateProperty() {
        return thirdPartyDate;
    }

    public ObjectProperty<LivingSituation> livingSituationProperty() {
        return livingSituation;
    }

    public BooleanProperty vulnerabilityProperty(Vulnerability v) {
        return vulnerabilities.get(v);
    }

    public ObjectProperty<RiskLevel> riskLevelProperty() {
        return riskLevel;
    }

    public ObjectProperty<Staff> responsibleStaffProperty() {
        return responsibleStaff;
    }

    public StringProperty intakeDateProperty() {
        return intakeDate;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyStringProperty maskedRrnProperty() {
        return maskedRrn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty revealedRrnProperty() {
        return revealedRrn.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ResidentStatus> statusProperty() {
        return residentStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusSummaryProperty() {
        return statusSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty householdAddressProperty() {
        return householdAddress.getReadOnlyProperty();
    }

    /** What the 세대 section says: the household's address, or what saving will do, or that there is none. */
    public ReadOnlyStringProperty householdTextProperty() {
        return householdText.getReadOnlyProperty();
    }

    /** The resident belongs to a household (as the form stands, before saving). */
    public BooleanBinding inHouseholdProperty() {
        return inHousehold;
    }

    /** Saving will register a household at the resident's address. */
    public BooleanBinding newHouseholdProperty() {
        return pendingHousehold;
    }

    public ObservableList<ResidentRow> householdMembers() {
        return householdMembers;
    }

    public ObservableList<Area> areas() {
        return areas;
    }

    public ObservableList<Staff> staff() {
        return staff;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True while a resident (new or saved) is in the form. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** True when the form shows a resident that exists in the file (not a new one). */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty(Field field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }
}
