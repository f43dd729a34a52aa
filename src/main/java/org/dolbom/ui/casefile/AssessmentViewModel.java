package org.dolbom.ui.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import org.dolbom.domain.Assessment;
import org.dolbom.domain.AssessmentRules;
import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.NeedDomain;
import org.dolbom.domain.NeedRating;
import org.dolbom.domain.Problem;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.Staff;
import org.dolbom.i18n.Messages;
import org.dolbom.store.Actor;
import org.dolbom.ui.ErrorText;
import org.dolbom.ui.KoreanDates;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.concurrent.BackgroundWork;

/**
 * 욕구조사 tab: the latest assessment, and a form for the next one over the nine domains. The form starts from the
 * latest ratings, since a reassessment mostly confirms them; saving always records a new assessment.
 */
public final class AssessmentViewModel {

    private record Read(Assessment latest, List<Staff> staff) {
    }

    private final AppContext context;
    private final BackgroundWork work;
    private final Messages messages;
    private final StatusLine status;
    private final Supplier<Actor> actor;
    private final Supplier<Staff> currentUser;
    private final CaseChanges changes;

    private final Map<NeedDomain, ObjectProperty<Integer>> levels = new EnumMap<>(NeedDomain.class);
    private final Map<NeedDomain, StringProperty> notes = new EnumMap<>(NeedDomain.class);
    private final StringProperty date = new SimpleStringProperty("");
    private final ObjectProperty<Staff> assessor = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObjectProperty<RiskLevel> risk = new SimpleObjectProperty<>(RiskLevel.LOW);
    private final ObservableList<Staff> staffChoices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper latestText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private CaseFileViewModel.Shown resident;

    public AssessmentViewModel(AppContext context, BackgroundWork work, Messages messages, StatusLine status,
                               Supplier<Actor> actor, Supplier<Staff> currentUser, CaseChanges changes) {
        this.context = context;
        this.work = work;
        this.messages = messages;
        this.status = status;
        this.actor = actor;
        this.currentUser = currentUser;
        this.changes = changes;
        for (NeedDomain d : NeedDomain.values()) {
            levels.put(d, new SimpleObjectProperty<>(0));
            notes.put(d, new SimpleStringProperty(""));
        }
    }

    public void show(CaseFileViewModel.Shown shown) {
        this.resident = shown;
        if (shown == null) {
            latestText.set("");
            return;
        }
        busy.set(true);
        work.job(p -> new Read(context.assessments().latest(shown.id()).orElse(null), context.staff().list(false)))
                .onSuccess(this::fill)
                .onError(e -> formError.set(new ErrorText(messages).of(e)))
                .onDone(() -> busy.set(false))
                .start();
    }

    private void fill(Read read) {
        staffChoices.setAll(read.staff());
        Assessment latest = read.latest();
        Assessment start = latest != null ? latest : Assessment.blank(resident.id(), today(), null);
        for (NeedDomain d : NeedDomain.values()) {
            NeedRating r = start.need(d);
            levels.get(d).set(r.level());
            notes.get(d).set(r.note() == null ? "" : r.note());
        }
        summary.set(start.summary() == null ? "" : start.summary());
        risk.set(start.riskLevel() == null ? RiskLevel.LOW : start.riskLevel());
        date.set(KoreanDates.format(today()));
        Staff me = currentUser.get();
        assessor.set(me == null ? null : read.staff().stream().filter(s -> s.id().equals(me.id())).findFirst()
                .orElse(null));
        latestText.set(latest == null ? messages.get("assessment.latest.none")
                : messages.get("assessment.latest", KoreanDates.format(latest.assessedOn()),
                        read.staff().stream().filter(s -> s.id().equals(latest.assessorStaffId())).map(Staff::name)
                                .findFirst().orElse(""), messages.of(latest.riskLevel())));
        dateError.set("");
        formError.set("");
    }

    /** Records the form as a new assessment; problems show on the form and nothing is written. */
    public void save() {
        if (resident == null || busy.get()) {
            return;
        }
        dateError.set("");
        formError.set("");
        Optional<LocalDate> on = KoreanDates.parse(date.get());
        if (on.isEmpty()) {
            dateError.set(messages.get(date.get().isBlank() ? "validation.assessment.dateRequired"
                    : "visit.date.invalid"));
            return;
        }
        List<NeedRating> needs = new ArrayList<>();
        for (NeedDomain d : NeedDomain.values()) {
            String note = notes.get(d).get().strip();
            needs.add(new NeedRating(d, levels.get(d).get() == null ? 0 : levels.get(d).get(),
                    note.isEmpty() ? null : note));
        }
        Assessment a = new Assessment(null, null, resident.id(), on.get(),
                assessor.get() == null ? null : assessor.get().id(), needs,
                summary.get().isBlank() ? null : summary.get().strip(), risk.get());
        List<Problem> problems = AssessmentRules.check(a, today());
        if (!problems.isEmpty()) {
            show(problems);
            return;
        }
        Actor who = actor.get();
        CaseFileViewModel.Shown shown = resident;
        busy.set(true);
        work.job(p -> context.assessments().save(a, who))
                .onSuccess(saved -> {
                    status.show(messages.get("status.assessment.saved", shown.name()));
                    changes.recorded();
                    show(shown);
                })
                .onError(e -> {
                    if (e instanceof InvalidInputException invalid) {
                        show(invalid.problems());
                    } else {
                        formError.set(new ErrorText(messages).of(e));
                    }
                })
                .onDone(() -> busy.set(false))
                .start();
    }

    private void show(List<Problem> problems) {
        Problem first = problems.getFirst();
        String text = messages.get(first.messageKey(), first.args());
        if ("assessedOn".equals(first.field())) {
            dateError.set(text);
        } else {
            formError.set(text);
        }
    }

    private LocalDate today() {
        return LocalDate.now(context.clock());
    }

    public ObjectProperty<Integer> levelProperty(NeedDomain domain) {
        return levels.get(domain);
    }

    public StringProperty noteProperty(NeedDomain domain) {
        return notes.get(domain);
    }

    public StringProperty dateProperty() {
        return date;
    }

    public ObjectProperty<Staff> assessorProperty() {
        return assessor;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObjectProperty<RiskLevel> riskProperty() {
        return risk;
    }

    public ObservableList<Staff> staffChoices() {
        return staffChoices;
    }

    public ReadOnlyStringProperty latestTextProperty() {
        return latestText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
