package org.dolbom.ui.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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

import org.dolbom.app.AppContext;
import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.PlanCheck;
import org.dolbom.domain.PlanStatus;
import org.dolbom.domain.PlannedService;
import org.dolbom.domain.Problem;
import org.dolbom.domain.Provider;
import org.dolbom.domain.ServiceEntry;
import org.dolbom.domain.Staff;
import org.dolbom.domain.SupportPlan;
import org.dolbom.domain.VisitFrequency;
import org.dolbom.i18n.Messages;
import org.dolbom.store.Actor;
import org.dolbom.ui.ErrorText;
import org.dolbom.ui.KoreanDates;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.concurrent.BackgroundWork;

/**
 * 지원계획 tab: the resident's current plan (or the latest one) as a form: period, goals, visit frequency, review
 * date, responsible staff and planned services from the catalogue; its status moves only along allowed steps;
 * checks (점검) are recorded beside it. A resident with no plan, or whose plan ended, gets a new draft.
 */
public final class PlanViewModel {

    /** One planned service with the names it refers to. */
    public record Line(PlannedService planned, ServiceEntry service, Provider provider) {
    }

    private record Read(SupportPlan plan, List<PlanCheck> checks, List<Staff> staff, List<ServiceEntry> catalogue,
                        List<ServiceEntry> allServices, List<Provider> providers) {
    }

    private final AppContext context;
    private final BackgroundWork work;
    private final Messages messages;
    private final StatusLine status;
    private final Supplier<Actor> actor;
    private final Supplier<Staff> currentUser;
    private final CaseChanges changes;

    private final StringProperty madeOn = new SimpleStringProperty("");
    private final StringProperty periodStart = new SimpleStringProperty("");
    private final StringProperty periodEnd = new SimpleStringProperty("");
    private final StringProperty goals = new SimpleStringProperty("");
    private final ObjectProperty<VisitFrequency> frequency = new SimpleObjectProperty<>(VisitFrequency.MONTHLY);
    private final StringProperty nextReview = new SimpleStringProperty("");
    private final ObjectProperty<Staff> responsible = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObjectProperty<ServiceEntry> lineService = new SimpleObjectProperty<>();
    private final ObjectProperty<Provider> lineProvider = new SimpleObjectProperty<>();
    private final StringProperty lineContent = new SimpleStringProperty("");
    private final StringProperty lineMethod = new SimpleStringProperty("");
    private final StringProperty lineQuantity = new SimpleStringProperty("");
    private final StringProperty linePeriod = new SimpleStringProperty("");
    private final StringProperty endReason = new SimpleStringProperty("");
    private final StringProperty checkDate = new SimpleStringProperty("");
    private final StringProperty checkResult = new SimpleStringProperty("");
    private final StringProperty checkNote = new SimpleStringProperty("");

    private final ObservableList<Staff> staffChoices = FXCollections.observableArrayList();
    private final ObservableList<ServiceEntry> catalogue = FXCollections.observableArrayList();
    private final ObservableList<Provider> providers = FXCollections.observableArrayList();
    private final ObservableList<PlanStatus> transitions = FXCollections.observableArrayList();
    private final ObservableList<PlanCheck> checks = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lineError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper checkError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private CaseFileViewModel.Shown resident;
    private SupportPlan plan;

    public PlanViewModel(AppContext context, BackgroundWork work, Messages messages, StatusLine status,
                         Supplier<Actor> actor, Supplier<Staff> currentUser, CaseChanges changes) {
        this.context = context;
        this.work = work;
        this.messages = messages;
        this.status = status;
        this.actor = actor;
        this.currentUser = currentUser;
        this.changes = changes;
    }

    public void show(CaseFileViewModel.Shown shown) {
        this.resident = shown;
        if (shown == null) {
            return;
        }
        busy.set(true);
        work.job(p -> {
            List<SupportPlan> all = context.plans().forResident(shown.id());
            SupportPlan chosen = all.stream().filter(x -> x.status().isCurrent()).findFirst()
                    .orElse(all.isEmpty() ? null : all.getFirst());
            return new Read(chosen, chosen == null ? List.of() : context.plans().checks(chosen.id()),
                    context.staff().list(true), context.catalogue().services(false),
                    context.catalogue().services(true), context.catalogue().providers());
        }).onSuccess(this::fill).onError(e -> formError.set(new ErrorText(messages).of(e)))
                .onDone(() -> busy.set(false)).start();
    }

    private void fill(Read read) {
        staffChoices.setAll(read.staff().stream().filter(Staff::active).toList());
        catalogue.setAll(read.catalogue());
        providers.setAll(read.providers());
        checks.setAll(read.checks());
        formError.set("");
        lineError.set("");
        checkError.set("");
        endReason.set("");
        checkDate.set(KoreanDates.format(today()));
        checkResult.set("");
        checkNote.set("");
        clearLineInput();
        if (read.plan() == null || read.plan().status() == PlanStatus.ENDED) {
            startDraft(read.plan());
        } else {
            load(read.plan(), read);
        }
    }

    private void load(SupportPlan p, Read read) {
        plan = p;
        madeOn.set(KoreanDates.format(p.madeOn()));
        periodStart.set(KoreanDates.format(p.periodStart()));
        periodEnd.set(KoreanDates.format(p.periodEnd()));
        goals.set(p.goals() == null ? "" : p.goals());
        frequency.set(p.visitFrequency());
        nextReview.set(KoreanDates.format(p.nextReviewOn()));
        responsible.set(read.staff().stream().filter(s -> s.id().equals(p.responsibleStaffId())).findFirst()
                .orElse(null));
        List<Line> list = new ArrayList<>();
        for (PlannedService s : p.services()) {
            list.add(new Line(s, read.allServices().stream().filter(e -> e.id().equals(s.serviceId())).findFirst()
                    .orElse(null), read.providers().stream().filter(v -> v.id().equals(s.providerId())).findFirst()
                    .orElse(null)));
        }
        lines.setAll(list);
        saved.set(true);
        statusText.set(messages.get("plan.status.current", messages.of(p.status()), KoreanDates.format(p.madeOn())));
        transitions.setAll(Arrays.stream(PlanStatus.values())
                .filter(s -> s != p.status() && p.status().canBecome(s)).toList());
    }

    /** A new draft plan; when an ended plan is shown, it says so and keeps it in the history. */
    private void startDraft(SupportPlan ended) {
        plan = null;
        LocalDate today = today();
        madeOn.set(KoreanDates.format(today));
        periodStart.set(KoreanDates.format(today));
        periodEnd.set(KoreanDates.format(today.plusYears(1).minusDays(1)));
        goals.set("");
        frequency.set(VisitFrequency.MONTHLY);
        nextReview.set(KoreanDates.format(today.plusMonths(3)));
        Staff me = currentUser.get();
        responsible.set(me == null ? null : staffChoices.stream().filter(s -> s.id().equals(me.id())).findFirst()
                .orElse(null));
        lines.clear();
        saved.set(false);
        statusText.set(ended == null ? messages.get("plan.status.none")
                : messages.get("plan.status.ended", KoreanDates.format(ended.endedOn()),
                        ended.endedReason() == null ? "" : ended.endedReason()));
        transitions.clear();
    }

    public void addLine() {
        lineError.set("");
        if (lineService.get() == null) {
            lineError.set(messages.get("plan.service.pick"));
            return;
        }
        LocalDate[] period = period(linePeriod.get());
        if (period == null) {
            lineError.set(messages.get("plan.service.periodInvalid"));
            return;
        }
        PlannedService s = new PlannedService(null, lineService.get().id(),
                lineProvider.get() == null ? null : lineProvider.get().id(), blank(lineContent.get()),
                blank(lineMethod.get()), blank(lineQuantity.get()), period[0], period[1]);
        lines.add(new Line(s, lineService.get(), lineProvider.get()));
        clearLineInput();
    }

    public void removeLine(Line line) {
        lines.remove(line);
    }

    private void clearLineInput() {
        lineService.set(null);
        lineProvider.set(null);
        lineContent.set("");
        lineMethod.set("");
        lineQuantity.set("");
        linePeriod.set("");
    }

    /** "2026. 1. 1. ~ 2026. 6. 30.", one date, or blank; null when unreadable. */
    static LocalDate[] period(String text) {
        if (text == null || text.isBlank()) {
            return new LocalDate[] {null, null};
        }
        String[] parts = text.split("~", -1);
        if (parts.length > 2) {
            return null;
        }
        Optional<LocalDate> from = KoreanDates.parse(parts[0]);
        Optional<LocalDate> to = parts.length == 2 ? KoreanDates.parse(parts[1]) : Optional.empty();
        if ((!parts[0].isBlank() && from.isEmpty()) || (parts.length == 2 && !parts[1].isBlank() && to.isEmpty())) {
            return null;
        }
        return new LocalDate[] {from.orElse(null), to.orElse(null)};
    }

    /** Saves the plan as a draft (new) or with its current status (existing). */
    public void save() {
        Optional<SupportPlan> built = build(plan == null ? PlanStatus.DRAFT : plan.status(), null);
        built.ifPresent(p -> write(p, "status.plan.saved"));
    }

    /** Moves the saved plan to {@code next}; ending needs the reason typed in the form. */
    public void changeStatus(PlanStatus next) {
        if (plan == null || next == null) {
            return;
        }
        if (next == PlanStatus.ENDED && endReason.get().isBlank()) {
            formError.set(messages.get("validation.plan.endReasonRequired"));
            return;
        }
        Optional<SupportPlan> built = build(next, endReason.get().strip());
        built.ifPresent(p -> write(p, "status.plan.statusChanged"));
    }

    private Optional<SupportPlan> build(PlanStatus status, String reason) {
        formError.set("");
        if (resident == null || busy.get()) {
            return Optional.empty();
        }
        LocalDate made = date(madeOn.get());
        LocalDate start = date(periodStart.get());
        LocalDate end = date(periodEnd.get());
        LocalDate review = date(nextReview.get());
        if (formError.get().length() > 0) {
            return Optional.empty();
        }
        boolean ending = status == PlanStatus.ENDED;
        SupportPlan p = new SupportPlan(plan == null ? null : plan.id(), plan == null ? null : plan.rev(),
                resident.id(), plan == null ? null : plan.assessmentId(), made, start, end, blank(goals.get()),
                frequency.get(), review, status, ending ? today() : null, ending ? reason : null,
                responsible.get() == null ? null : responsible.get().id(),
                lines.stream().map(Line::planned).toList());
        return Optional.of(p);
    }

    private void write(SupportPlan p, String statusKey) {
        Actor who = actor.get();
        CaseFileViewModel.Shown shown = resident;
        busy.set(true);
        work.job(x -> context.plans().save(p, who))
                .onSuccess(done -> {
                    status.show(messages.get(statusKey, shown.name(), messages.of(done.status())));
                    changes.recorded();
                    show(shown);
                })
                .onError(this::showFailure)
                .onDone(() -> busy.set(false))
                .start();
    }

    /** Records a check (점검) of the saved plan. */
    public void recordCheck() {
        checkError.set("");
        if (plan == null || busy.get()) {
            return;
        }
        Optional<LocalDate> on = KoreanDates.parse(checkDate.get());
        if (on.isEmpty()) {
            checkError.set(messages.get("visit.date.invalid"));
            return;
        }
        Staff me = currentUser.get();
        PlanCheck check = new PlanCheck(null, plan.id(), on.get(), me == null ? null : me.id(),
                blank(checkResult.get()), blank(checkNote.get()));
        Actor who = actor.get();
        CaseFileViewModel.Shown shown = resident;
        busy.set(true);
        work.job(x -> context.plans().saveCheck(check, who))
                .onSuccess(done -> {
                    status.show(messages.get("status.plan.checked", shown.name()));
                    changes.recorded();
                    show(shown);
                })
                .onError(e -> checkError.set(text(e)))
                .onDone(() -> busy.set(false))
                .start();
    }

    private void showFailure(Throwable e) {
        formError.set(text(e));
    }

    private String text(Throwable e) {
        if (e instanceof InvalidInputException invalid && !invalid.problems().isEmpty()) {
            Problem first = invalid.problems().getFirst();
            return messages.get(first.messageKey(), first.args());
        }
        return new ErrorText(messages).of(e);
    }

    private LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<LocalDate> d = KoreanDates.parse(text);
        if (d.isEmpty()) {
            formError.set(messages.get("plan.dateInvalid", text.strip()));
        }
        return d.orElse(null);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private LocalDate today() {
        return LocalDate.now(context.clock());
    }

    public StringProperty madeOnProperty() {
        return madeOn;
    }

    public StringProperty periodStartProperty() {
        return periodStart;
    }

    public StringProperty periodEndProperty() {
        return periodEnd;
    }

    public StringProperty goalsProperty() {
        return goals;
    }

    public ObjectProperty<VisitFrequency> frequencyProperty() {
        return frequency;
    }

    public StringProperty nextReviewProperty() {
        return nextReview;
    }

    public ObjectProperty<Staff> responsibleProperty() {
        return responsible;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ObjectProperty<ServiceEntry> lineServiceProperty() {
        return lineService;
    }

    public ObjectProperty<Provider> lineProviderProperty() {
        return lineProvider;
    }

    public StringProperty lineContentProperty() {
        return lineContent;
    }

    public StringProperty lineMethodProperty() {
        return lineMethod;
    }

    public StringProperty lineQuantityProperty() {
        return lineQuantity;
    }

    public StringProperty linePeriodProperty() {
        return linePeriod;
    }

    public StringProperty endReasonProperty() {
        return endReason;
    }

    public StringProperty checkDateProperty() {
        return checkDate;
    }

    public StringProperty checkResultProperty() {
        return checkResult;
    }

    public StringProperty checkNoteProperty() {
        return checkNote;
    }

    public ObservableList<Staff> staffChoices() {
        return staffChoices;
    }

    public ObservableList<ServiceEntry> catalogue() {
        return catalogue;
    }

    public ObservableList<Provider> providers() {
        return providers;
    }

    /** The statuses the shown plan may move to next. */
    public ObservableList<PlanStatus> transitions() {
        return transitions;
    }

    public ObservableList<PlanCheck> checks() {
        return checks;
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lineErrorProperty() {
        return lineError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty checkErrorProperty() {
        return checkError.getReadOnlyProperty();
    }

    /** True when the shown plan is stored (so it has a status to change and can be checked). */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
