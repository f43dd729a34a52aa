package org.dolbom.ui.schedule;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
import javafx.collections.ObservableList;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.dolbom.app.schedule.WeekSchedule;
import org.dolbom.domain.ScheduleStatus;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.i18n.Messages;
import org.dolbom.print.SystemPrinter;
import org.dolbom.schedule.NotPlaced;
import org.dolbom.schedule.PlannedVisit;
import org.dolbom.schedule.Week;
import org.dolbom.schedule.WeekPlan;
import org.dolbom.store.Actor;
import org.dolbom.store.ResidentFilter;
import org.dolbom.store.ResidentRow;
import org.dolbom.store.ResidentStore;
import org.dolbom.store.ScheduleEntry;
import org.dolbom.store.ScheduleStore;
import org.dolbom.ui.Dialogs;
import org.dolbom.ui.ErrorText;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.concurrent.BackgroundWork;

/**
 * 일정: one week as a grid of staff × day. The leader plans it, moves, adds and removes visits (by mouse or
 * keyboard), saves it, reports outcomes per visit, and prints or saves the sheets. Every store call runs as
 * background work; edits to the plan are in memory until "저장".
 */
public final class ScheduleViewModel {

    private static final int SEARCH_LIMIT = 20;

    private final WeekSchedule schedule;
    private final ScheduleStore store;
    private final ResidentStore residents;
    private final BackgroundWork work;
    private final Messages messages;
    private final Dialogs dialogs;
    private final StatusLine status;
    private final Supplier<Actor> actor;
    private final VisitForms visitForms;
    private final ErrorText errors;

    private final ObjectProperty<Week> week;
    private final BooleanProperty includeSaturday = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<WeekPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StaffColumn> staff = FXCollections.observableArrayList();
    private final ObservableList<LocalDate> days = FXCollections.observableArrayList();
    private final ObservableList<NotPlaced> notPlaced = FXCollections.observableArrayList();
    private final ObservableList<NotPlacedGroup> notPlacedGroups = FXCollections.observableArrayList();
    private final ObservableList<ResidentRow> searchResults = FXCollections.observableArrayList();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<GridEntry> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> targetDay = new SimpleObjectProperty<>();
    private final ObjectProperty<UUID> targetStaff = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper weekLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Integer> revision = new ReadOnlyObjectWrapper<>(0);

    private List<ScheduleEntry> saved = List.of();
    private Map<UUID, String> areaNames = Map.of();
    private Map<UUID, String> staffNames = Map.of();

    public ScheduleViewModel(WeekSchedule schedule, ScheduleStore store, ResidentStore residents, BackgroundWork work,
            Messages messages, Dialogs dialogs, StatusLine status, Supplier<Actor> actor, VisitForms visitForms,
            LocalDate today) {
        this.schedule = schedule;
        this.store = store;
        this.residents = residents;
        this.work = work;
        this.messages = messages;
        this.dialogs = dialogs;
        this.status = status;
        this.actor = actor;
        this.visitForms = visitForms;
        this.errors = new ErrorText(messages);
        this.week = new SimpleObjectProperty<>(Week.containing(today));
        this.plan.set(new WeekPlan(week.get(), List.of(), List.of(), List.of(), Map.of()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Week

    /** Reads the saved week (and the team) from the file; unsaved edits are dropped, so ask first. */
    public void load() {
        Week shown = week.get();
        boolean saturday = includeSaturday.get();
        run(p -> {
            List<ScheduleEntry> entries = schedule.entries(shown);
            return new Loaded(entries, schedule.planOf(shown, saturday, entries), schedule.staffNames(),
                    schedule.areaNames());
        }, loaded -> {
            show(loaded);
            status.show(loaded.entries().isEmpty() ? messages.get("schedule.status.empty", weekLabel.get())
                    : messages.get("schedule.status.loaded", weekLabel.get(), loaded.entries().size()));
        });
    }

    public void previousWeek() {
        goTo(week.get().previous());
    }

    public void nextWeek() {
        goTo(week.get().next());
    }

    public void goTo(Week target) {
        whenNothingUnsaved(() -> {
            week.set(target);
            load();
        });
    }

    /** Shows or hides Saturday; the saved week is read again so the grid and capacities match. */
    public void setIncludeSaturday(boolean include) {
        if (include != includeSaturday.get()) {
            includeSaturday.set(include);
            WeekPlan current = plan.get();
            plan.set(current.withWorkingDays(schedule.holidays().workingDays(current.week(), include)));
            refreshGrid();
        }
    }

    private void whenNothingUnsaved(Runnable proceed) {
        if (!dirty.get() || dialogs.confirm(messages.get("schedule.unsaved.title"),
                messages.get("schedule.unsaved.message"))) {
            proceed.run();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Planning and edits (in memory until saved)

    /** 자동 편성: plans everyone due this week around the visits already in it. */
    public void autoPlan() {
        Week shown = week.get();
        boolean saturday = includeSaturday.get();
        if (schedule.hasPassed(shown, saturday)) {
            status.show(messages.get("schedule.status.weekPassed"));
            return;
        }
        List<PlannedVisit> kept = plan.get().visits();
        run(p -> {
            p.update(0, 2);
            WeekPlan proposed = schedule.plan(shown, saturday, kept);
            p.update(1, 2);
            Loaded loaded = new Loaded(saved, proposed, schedule.staffNames(), schedule.areaNames());
            p.update(2, 2);
            return loaded;
        }, loaded -> {
            int before = kept.size();
            show(loaded);
            dirty.set(true);
            status.show(messages.get("schedule.status.planned", loaded.plan().visits().size() - before,
                    loaded.plan().notPlaced().size()));
        });
    }

    /** Moves a visit to another day and/or staff member (drag and drop). Capacity is shown, never enforced. */
    public void move(UUID residentId, LocalDate date, UUID staffId) {
        WeekPlan current = plan.get();
        Optional<PlannedVisit> visit = current.visitOf(residentId);
        if (visit.isEmpty() || visit.get().date().equals(date) && visit.get().staffId().equals(staffId)) {
            return;
        }
        if (isPast(visit.get().date()) || isPast(date)) {
            status.show(messages.get("schedule.status.pastDay"));
            return;
        }
        edit(current.move(residentId, date, staffId));
        select(residentId);
    }

    /**
     * Moves the selected visit by keyboard: {@code days} working days later (negative: earlier) and
     * {@code staffSteps} rows down the grid (negative: up). Stops at the edges of the grid.
     */
    public void moveSelected(int dayShift, int staffShift) {
        GridEntry entry = selected.get();
        if (entry == null || !entry.isMovable()) {
            status.show(messages.get(entry == null || !entry.isEditable() ? "schedule.status.selectFirst"
                    : "schedule.status.pastDay"));
            return;
        }
        List<LocalDate> workingDays = plan.get().workingDays().stream().filter(d -> !isPast(d)).toList();
        List<UUID> rows = staff.stream().map(StaffColumn::staffId).toList();
        int day = Math.clamp((long) workingDays.indexOf(entry.date()) + dayShift, 0, workingDays.size() - 1);
        int row = Math.clamp((long) rows.indexOf(entry.staffId()) + staffShift, 0, rows.size() - 1);
        if (workingDays.isEmpty() || rows.isEmpty()) {
            return;
        }
        move(entry.residentId(), workingDays.get(day), rows.get(row));
    }

    /** Adds a resident found by search to the chosen cell (else the first working day of the first row). */
    public void add(ResidentRow resident) {
        WeekPlan current = plan.get();
        if (current.contains(resident.id())) {
            status.show(messages.get("schedule.status.alreadyIn", resident.name()));
            select(resident.id());
            return;
        }
        List<LocalDate> open = current.workingDays().stream().filter(d -> !isPast(d)).toList();
        LocalDate day = targetDay.get() != null && !isPast(targetDay.get()) ? targetDay.get()
                : open.isEmpty() ? null : open.getFirst();
        UUID staffId = targetStaff.get() != null ? targetStaff.get()
                : staff.isEmpty() ? null : staff.getFirst().staffId();
        if (day == null || staffId == null) {
            status.show(messages.get("schedule.status.noCell"));
            return;
        }
        UUID areaId = null;
        for (Map.Entry<UUID, String> area : areaNames.entrySet()) {
            if (resident.areaLabel() != null && resident.areaLabel().endsWith(area.getValue())) {
                areaId = area.getKey();
            }
        }
        edit(current.add(new PlannedVisit(day, staffId, resident.id(), resident.name(), areaId, List.of(), 0,
                true)));
        select(resident.id());
        status.show(messages.get("schedule.status.added", resident.name()));
    }

    /** Takes the selected visit out of the week; a resident who was due goes on the 미편성 list. */
    public void removeSelected() {
        GridEntry entry = selected.get();
        if (entry == null || !entry.isMovable()) {
            status.show(messages.get(entry == null || !entry.isEditable() ? "schedule.status.selectFirst"
                    : "schedule.status.pastDay"));
            return;
        }
        edit(plan.get().remove(entry.residentId()));
        selected.set(null);
        status.show(messages.get("schedule.status.removed", entry.residentName()));
    }

    /** 대신 방문 취소: the colleague's cover is undone and the resident goes back on the 미편성 list. */
    public void uncoverSelected() {
        GridEntry entry = selected.get();
        if (entry == null || !entry.isMovable() || !entry.isCovering()) {
            status.show(messages.get("schedule.status.selectFirst"));
            return;
        }
        edit(plan.get().uncover(entry.residentId()));
        selected.set(null);
        status.show(messages.get("schedule.status.uncovered", entry.residentName(), entry.coversFor()));
    }

    /** Whether the day has passed (or today's office day is over): its visits are history, not plans. */
    public boolean isPast(LocalDate day) {
        return day.isBefore(schedule.firstOpenDay());
    }

    public void search() {
        String query = searchText.get() == null ? "" : searchText.get().strip();
        if (query.isEmpty()) {
            searchResults.clear();
            return;
        }
        work.job(p -> residents.search(query, ResidentFilter.OPEN_ONLY, 0, SEARCH_LIMIT).rows())
                .onSuccess(searchResults::setAll)
                .onError(this::report)
                .start();
    }

    /** Saves the week: planned entries replace the saved planned ones; recorded outcomes stay. */
    public void save() {
        WeekPlan toSave = plan.get();
        boolean saturday = includeSaturday.get();
        Actor who = actor.get();
        run(p -> {
            List<ScheduleEntry> entries = schedule.save(toSave, who);
            return new Loaded(entries, schedule.planOf(toSave.week(), saturday, entries), schedule.staffNames(),
                    schedule.areaNames());
        }, loaded -> {
            show(loaded);
            status.show(messages.get("schedule.status.saved", weekLabel.get(), loaded.plan().visits().size()));
        });
    }

    // ---------------------------------------------------------------------------------------------------------
    // Outcomes (need a saved entry)

    /** 완료: opens the visit form prefilled; the saved visit is linked to the entry. */
    public void markDone() {
        savedSelection().ifPresent(entry -> visitForms.open(entry.residentId(), entry.residentName(),
                entry.staffId(), entry.date(), visitId -> outcome(() -> store.markDone(entry.id(), visitId,
                        actor.get()), "schedule.status.done", entry)));
    }

    /** 부재: the resident was not at home; a visit with that outcome is recorded. */
    public void markAbsent() {
        Actor who = actor.get();
        savedSelection().ifPresent(entry -> outcome(() -> store.recordNotReached(entry.id(), VisitOutcome.ABSENT,
                who), "schedule.status.absent", entry));
    }

    /** 거부: the resident declined the visit; a visit with that outcome is recorded. */
    public void markRefused() {
        Actor who = actor.get();
        savedSelection().ifPresent(entry -> outcome(() -> store.recordNotReached(entry.id(), VisitOutcome.REFUSED,
                who), "schedule.status.refused", entry));
    }

    /** 다음 주로 이동: the visit is kept for the same day next week. */
    public void moveToNextWeek() {
        Actor who = actor.get();
        savedSelection().ifPresent(entry -> outcome(() -> store.moveToNextWeek(entry.id(), who),
                "schedule.status.movedNext", entry));
    }

    private Optional<ScheduleEntry> savedSelection() {
        GridEntry entry = selected.get();
        if (entry == null || !entry.isEditable()) {
            status.show(messages.get("schedule.status.selectFirst"));
            return Optional.empty();
        }
        if (dirty.get() || entry.entryId() == null) {
            status.show(messages.get("schedule.status.saveFirst"));
            return Optional.empty();
        }
        return saved.stream().filter(e -> e.id().equals(entry.entryId())).findFirst();
    }

    private void outcome(Supplier<ScheduleEntry> write, String messageKey, ScheduleEntry entry) {
        Week shown = week.get();
        boolean saturday = includeSaturday.get();
        run(p -> {
            write.get();
            List<ScheduleEntry> entries = schedule.entries(shown);
            return new Loaded(entries, schedule.planOf(shown, saturday, entries), schedule.staffNames(),
                    schedule.areaNames());
        }, loaded -> {
            show(loaded);
            status.show(messages.get(messageKey, entry.residentName()));
        });
    }

    // ---------------------------------------------------------------------------------------------------------
    // Paper

    /** PDF로 저장: the team overview and every staff member's sheet of the saved week. */
    public void savePdf(Path target) {
        if (!readyToPrint()) {
            return;
        }
        WeekSchedule.Printout printout = printout();
        Actor who = actor.get();
        run(p -> {
            schedule.writePdf(printout, target, messages, who);
            return target;
        }, path -> status.show(messages.get("schedule.status.pdfSaved", path.getFileName().toString())));
    }

    /** 인쇄…: the same PDF through the system print dialog, which runs off the FX thread. */
    public void print() {
        if (!readyToPrint()) {
            return;
        }
        WeekSchedule.Printout printout = printout();
        Actor who = actor.get();
        String job = messages.get("print.sheet.title") + " " + weekLabel.get();
        run(p -> {
            try (PDDocument document = schedule.document(printout, messages)) {
                boolean printed = SystemPrinter.print(document, job);
                if (printed) {
                    schedule.recordPrinted(printout, job, who);
                }
                return printed;
            }
        }, printed -> status.show(messages.get(printed ? "schedule.status.printed" : "schedule.status.printCancelled")));
    }

    private boolean readyToPrint() {
        if (dirty.get()) {
            status.show(messages.get("schedule.status.saveBeforePrint"));
            return false;
        }
        if (saved.stream().noneMatch(e -> e.status() != ScheduleStatus.MOVED)) {
            status.show(messages.get("schedule.status.nothingToPrint"));
            return false;
        }
        return true;
    }

    private WeekSchedule.Printout printout() {
        // Built on the caller's thread from data already read; the PDF itself is written in the background.
        return schedule.printout(plan.get(), saved, includeSaturday.get(), null, messages);
    }

    // ---------------------------------------------------------------------------------------------------------
    // What the grid shows

    /** The residents in one cell, in visiting order: planned visits first, then recorded outcomes. */
    public List<GridEntry> cell(UUID staffId, LocalDate date) {
        List<GridEntry> cell = new ArrayList<>();
        Map<UUID, ScheduleEntry> savedPlanned = new HashMap<>();
        for (ScheduleEntry e : saved) {
            if (e.status() == ScheduleStatus.PLANNED) {
                savedPlanned.put(e.residentId(), e);
            }
        }
        boolean past = isPast(date);
        for (PlannedVisit v : plan.get().visits(staffId, date)) {
            ScheduleEntry entry = savedPlanned.get(v.residentId());
            cell.add(new GridEntry(entry == null ? null : entry.id(), v.residentId(), v.residentName(),
                    areaName(v.areaId()), v.purpose(messages), date, staffId, ScheduleStatus.PLANNED, past,
                    v.coversFor() == null ? null : staffNames.getOrDefault(v.coversFor(), "")));
        }
        for (ScheduleEntry e : saved) {
            if (e.status() != ScheduleStatus.PLANNED && Objects.equals(e.staffId(), staffId)
                    && e.date().equals(date)) {
                cell.add(new GridEntry(e.id(), e.residentId(), e.residentName(), areaName(e.areaId()),
                        WeekSchedule.purpose(e, messages), date, staffId, e.status(), past, null));
            }
        }
        return cell;
    }

    /** More visits than the staff member's visits per day: the cell is marked, the move is not refused. */
    public boolean isOverflow(UUID staffId, LocalDate date) {
        WeekPlan current = plan.get();
        return current.load(staffId, date) > current.capacity(staffId);
    }

    public int load(UUID staffId, LocalDate date) {
        return plan.get().load(staffId, date);
    }

    /** A holiday's name for a closed day in the grid, e.g. "성탄절". */
    public Optional<String> holiday(LocalDate date) {
        return schedule.holidays().name(date);
    }

    public String areaName(UUID areaId) {
        return areaId == null ? "" : areaNames.getOrDefault(areaId, "");
    }

    /** Selects the visit of a resident shown in the grid. */
    public void select(UUID residentId) {
        selected.set(plan.get().visitOf(residentId)
                .map(v -> cell(v.staffId(), v.date()).stream().filter(g -> g.residentId().equals(residentId))
                        .findFirst().orElse(null))
                .orElse(null));
    }

    /** The cell a new resident goes to, and where the keyboard focus sits. */
    public void target(UUID staffId, LocalDate date) {
        targetStaff.set(staffId);
        targetDay.set(date);
    }

    private void edit(WeekPlan next) {
        plan.set(next);
        dirty.set(true);
        refreshGrid();
    }

    private void show(Loaded loaded) {
        saved = loaded.entries();
        areaNames = loaded.areaNames();
        staffNames = loaded.staffNames();
        plan.set(loaded.plan());
        dirty.set(false);
        List<StaffColumn> rows = new ArrayList<>();
        for (UUID id : loaded.plan().staffIds()) {
            rows.add(new StaffColumn(id, loaded.staffNames().getOrDefault(id, ""), loaded.plan().capacity(id)));
        }
        staff.setAll(rows);
        GridEntry was = selected.get();
        selected.set(null);
        if (was != null) {
            select(was.residentId());
        }
        refreshGrid();
    }

    private void refreshGrid() {
        Week shown = plan.get().week();
        days.setAll(shown.weekdays(includeSaturday.get()));
        weekLabel.set(messages.get("schedule.week.label", String.valueOf(shown.monthWeek().month().getYear()),
                shown.monthWeek().month().getMonthValue(), shown.monthWeek().number(),
                shown.monday().getMonthValue(), shown.monday().getDayOfMonth(),
                days.getLast().getMonthValue(), days.getLast().getDayOfMonth()));
        notPlaced.setAll(plan.get().notPlaced());
        List<NotPlacedGroup> groups = new ArrayList<>();
        NotPlaced.byCause(plan.get().notPlaced()).forEach((cause, list) -> groups.add(new NotPlacedGroup(cause,
                messages.get("schedule.notPlaced.group", NotPlaced.explanation(cause, messages), list.size()),
                list.stream().map(this::notPlacedName).collect(Collectors.joining(
                        messages.get("schedule.notPlaced.separator"))))));
        notPlacedGroups.setAll(groups);
        summary.set(messages.get("schedule.summary", plan.get().visits().size(), plan.get().overflows().size(),
                notPlaced.size()));
        revision.set(revision.get() + 1);
    }

    private <T> void run(BackgroundWork.Work<T> task, java.util.function.Consumer<T> done) {
        busy.set(true);
        progress.set(-1);
        var job = work.job(task);
        progress.bind(job.progressProperty());
        job.onSuccess(done).onError(this::report).onDone(() -> {
            progress.unbind();
            busy.set(false);
        }).start();
    }

    private void report(Throwable e) {
        dialogs.error(messages.get("schedule.error.title"), errors.of(e));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Properties

    public ObjectProperty<Week> weekProperty() {
        return week;
    }

    public boolean includeSaturday() {
        return includeSaturday.get();
    }

    public ReadOnlyObjectProperty<WeekPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** Bumps after every change the grid must redraw. */
    public ReadOnlyObjectProperty<Integer> revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ObservableList<StaffColumn> staff() {
        return staff;
    }

    public ObservableList<LocalDate> days() {
        return days;
    }

    public ObservableList<NotPlaced> notPlaced() {
        return notPlaced;
    }

    public ObservableList<ResidentRow> searchResults() {
        return searchResults;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<GridEntry> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty weekLabelProperty() {
        return weekLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** One resident in a 미편성 group: the name, the 리 and, for a visit awaiting its result, that day. */
    public String notPlacedName(NotPlaced n) {
        return n.label(messages, areaName(n.areaId()));
    }

    /** The 미편성 list grouped by cause: the explanation once, then everyone it applies to. */
    public ObservableList<NotPlacedGroup> notPlacedGroups() {
        return notPlacedGroups;
    }

    /** One cause of the 미편성 list with the residents it applies to. */
    public record NotPlacedGroup(NotPlaced.Cause cause, String title, String names) {
    }

    private record Loaded(List<ScheduleEntry> entries, WeekPlan plan, Map<UUID, String> staffNames,
            Map<UUID, String> areaNames) {
    }
}
