package org.dolbom.ui.casefile;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.dolbom.app.AppContext;
import org.dolbom.domain.Assessment;
import org.dolbom.domain.DueItem;
import org.dolbom.domain.Staff;
import org.dolbom.domain.SupportPlan;
import org.dolbom.domain.TimelineEvent;
import org.dolbom.domain.Visit;
import org.dolbom.i18n.DueText;
import org.dolbom.i18n.Messages;
import org.dolbom.store.CaseOverview;
import org.dolbom.ui.ErrorText;
import org.dolbom.ui.KoreanDates;
import org.dolbom.ui.Session;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.concurrent.BackgroundWork;

/**
 * One resident's case beside the registry form: the overview (current plan, latest assessment, last visits, what
 * is due next, all as the store's due function says), the visits and the timeline, each newest first and paged.
 */
public final class CaseFileViewModel {

    public static final int PAGE_SIZE = 20;

    /** A resident whose case is shown. */
    public record Shown(UUID id, String name) {
    }

    /**
     * Whether the shown case has been read: until it has, the summary says it is loading and never that there is
     * nothing (no visits, nothing due), which would not be true for most residents.
     */
    public enum Load {
        NONE, LOADING, LOADED, FAILED
    }

    private record Page<T>(List<T> rows, boolean more) {
    }

    private record Read(CaseOverview overview, Map<UUID, String> staffNames, Page<Visit> visits,
                        Page<TimelineEvent> timeline) {
    }

    private final AppContext context;
    private final BackgroundWork work;
    private final Messages messages;
    private final StatusLine status;
    private final AssessmentViewModel assessment;
    private final PlanViewModel plan;

    private final ReadOnlyObjectWrapper<Shown> resident = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Load> load = new ReadOnlyObjectWrapper<>(Load.NONE);
    private final ReadOnlyStringWrapper planText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper assessmentText = new ReadOnlyStringWrapper("");
    private final ObservableList<String> recentVisits = FXCollections.observableArrayList();
    private final ObservableList<String> next = FXCollections.observableArrayList();
    private final ObservableList<Visit> visits = FXCollections.observableArrayList();
    private final ObservableList<TimelineEvent> timeline = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper visitPage = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper moreVisits = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper timelinePage = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper moreTimeline = new ReadOnlyBooleanWrapper(false);
    private Map<UUID, String> staffNames = Map.of();

    public CaseFileViewModel(AppContext context, BackgroundWork work, Messages messages, StatusLine status,
                             CaseChanges changes, AssessmentViewModel assessment, PlanViewModel plan) {
        this.context = context;
        this.work = work;
        this.messages = messages;
        this.status = status;
        this.assessment = assessment;
        this.plan = plan;
        changes.recordedProperty().addListener((o, was, now) -> reload());
    }

    /** The case file of one window's session, its tabs sharing the window's file, work, dialogs and user. */
    public static CaseFileViewModel of(Session session, CaseChanges changes) {
        Messages messages = session.messages();
        return new CaseFileViewModel(session.context(), session.work(), messages, session.status(), changes,
                new AssessmentViewModel(session.context(), session.work(), messages, session.status(),
                        session::actor, session.currentStaffProperty()::get, changes),
                new PlanViewModel(session.context(), session.work(), messages, session.status(), session::actor,
                        session.currentStaffProperty()::get, changes));
    }

    /** Shows a saved resident's case; null (or an unsaved resident) shows nothing. */
    public void show(UUID residentId, String name) {
        Shown shown = residentId == null ? null : new Shown(residentId, name);
        if (shown != null && shown.equals(resident.get())) {
            reload();
            return;
        }
        resident.set(shown);
        assessment.show(shown);
        plan.show(shown);
        visitPage.set(0);
        timelinePage.set(0);
        // Nothing of the previous resident stays on screen while the next one's case is read.
        planText.set("");
        assessmentText.set("");
        recentVisits.clear();
        next.clear();
        visits.clear();
        timeline.clear();
        moreVisits.set(false);
        moreTimeline.set(false);
        if (residentId == null) {
            load.set(Load.NONE);
            return;
        }
        load.set(Load.LOADING);
        reload();
    }

    /** Reads the shown case again, keeping the pages the person is on. */
    public void reload() {
        Shown shown = resident.get();
        if (shown == null) {
            return;
        }
        LocalDate today = today();
        int vp = visitPage.get();
        int tp = timelinePage.get();
        work.job(p -> {
            Map<UUID, String> names = new HashMap<>();
            for (Staff s : context.staff().list(true)) {
                names.put(s.id(), s.name());
            }
            return new Read(context.caseFiles().overview(shown.id(), today), names,
                    page(context.visits().forResident(shown.id(), vp * PAGE_SIZE, PAGE_SIZE + 1)),
                    page(context.timeline().page(shown.id(), tp * PAGE_SIZE, PAGE_SIZE + 1)));
        }).onSuccess(read -> {
            if (!shown.equals(resident.get())) {
                return;
            }
            staffNames = read.staffNames();
            fillOverview(read.overview(), today);
            visits.setAll(read.visits().rows());
            moreVisits.set(read.visits().more());
            timeline.setAll(read.timeline().rows());
            moreTimeline.set(read.timeline().more());
            load.set(Load.LOADED);
        }).onError(e -> {
            if (shown.equals(resident.get()) && load.get() == Load.LOADING) {
                load.set(Load.FAILED);
            }
            status.show(new ErrorText(messages).of(e));
        }).start();
    }

    private static <T> Page<T> page(List<T> rows) {
        return rows.size() > PAGE_SIZE ? new Page<>(rows.subList(0, PAGE_SIZE), true) : new Page<>(rows, false);
    }

    private void fillOverview(CaseOverview o, LocalDate today) {
        SupportPlan plan = o.currentPlan();
        planText.set(plan == null ? messages.get("case.overview.noPlan")
                : messages.get("case.overview.plan", messages.of(plan.status()), messages.of(plan.visitFrequency()),
                        KoreanDates.format(plan.periodStart()), KoreanDates.format(plan.periodEnd()),
                        plan.goals() == null ? "" : plan.goals()));
        Assessment a = o.latestAssessment();
        assessmentText.set(a == null ? messages.get("case.overview.noAssessment")
                : messages.get("case.overview.assessment", KoreanDates.format(a.assessedOn()),
                        messages.of(a.riskLevel()), a.summary() == null ? "" : a.summary()));
        recentVisits.setAll(o.recentVisits().stream().map(this::visitLine).toList());
        next.setAll(o.next().stream().map(d -> dueLine(d, today)).toList());
    }

    /** One visit on one line: when, how, outcome, who. */
    public String visitLine(Visit v) {
        return messages.get("case.visit.line", KoreanDates.format(v.visitedAt().toLocalDate()),
                String.format("%02d:%02d", v.visitedAt().getHour(), v.visitedAt().getMinute()),
                messages.of(v.kind()), messages.of(v.outcome()), staffName(v.staffId()));
    }

    /** A due item as a person says it: why, by when, and how late or how soon. */
    public String dueLine(DueItem d, LocalDate today) {
        return new DueText(messages).line(d, today);
    }

    public String staffName(UUID id) {
        return id == null ? "" : staffNames.getOrDefault(id, "");
    }

    public void nextVisitPage() {
        if (moreVisits.get()) {
            visitPage.set(visitPage.get() + 1);
            reload();
        }
    }

    public void previousVisitPage() {
        if (visitPage.get() > 0) {
            visitPage.set(visitPage.get() - 1);
            reload();
        }
    }

    public void nextTimelinePage() {
        if (moreTimeline.get()) {
            timelinePage.set(timelinePage.get() + 1);
            reload();
        }
    }

    public void previousTimelinePage() {
        if (timelinePage.get() > 0) {
            timelinePage.set(timelinePage.get() - 1);
            reload();
        }
    }

    public LocalDate today() {
        return LocalDate.now(context.clock());
    }

    public AssessmentViewModel assessment() {
        return assessment;
    }

    public PlanViewModel plan() {
        return plan;
    }

    public ReadOnlyObjectProperty<Shown> residentProperty() {
        return resident.getReadOnlyProperty();
    }

    /** Whether the shown case is still being read, has been read, or could not be read. */
    public ReadOnlyObjectProperty<Load> loadProperty() {
        return load.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty planTextProperty() {
        return planText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty assessmentTextProperty() {
        return assessmentText.getReadOnlyProperty();
    }

    public ObservableList<String> recentVisits() {
        return recentVisits;
    }

    public ObservableList<String> next() {
        return next;
    }

    public ObservableList<Visit> visits() {
        return visits;
    }

    public ObservableList<TimelineEvent> timeline() {
        return timeline;
    }

    public ReadOnlyIntegerProperty visitPageProperty() {
        return visitPage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty moreVisitsProperty() {
        return moreVisits.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty timelinePageProperty() {
        return timelinePage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty moreTimelineProperty() {
        return moreTimeline.getReadOnlyProperty();
    }
}
