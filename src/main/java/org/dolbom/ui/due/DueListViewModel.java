package org.dolbom.ui.due;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.dolbom.app.AppContext;
import org.dolbom.domain.Area;
import org.dolbom.domain.DueItem;
import org.dolbom.domain.DueState;
import org.dolbom.domain.Staff;
import org.dolbom.i18n.DueText;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.ErrorText;
import org.dolbom.ui.KoreanDates;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.casefile.CaseChanges;
import org.dolbom.ui.concurrent.BackgroundWork;

/**
 * 방문 예정: everyone due by the end of this week or already overdue, most urgent first, as the one due function
 * says. Filtered by staff member and by area; read again whenever case work is recorded anywhere in the window.
 */
public final class DueListViewModel {

    /** One due item as the list shows it. */
    public record Row(DueItem item, String resident, String reason, String dueDate, String when, long daysOverdue,
                      String staff, String area, boolean overdue, String planned) {
    }

    private record Read(List<DueItem> items, List<Staff> staff, List<Area> areas) {
    }

    private final AppContext context;
    private final BackgroundWork work;
    private final Messages messages;
    private final StatusLine status;

    private final ObservableList<Row> all = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Staff> staffChoices = FXCollections.observableArrayList();
    private final ObservableList<Area> areaChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Staff> staffFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Area> areaFilter = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public DueListViewModel(AppContext context, BackgroundWork work, Messages messages, StatusLine status,
                            CaseChanges changes) {
        this.context = context;
        this.work = work;
        this.messages = messages;
        this.status = status;
        staffFilter.addListener(o -> applyFilter());
        areaFilter.addListener(o -> applyFilter());
        changes.recordedProperty().addListener((o, was, now) -> load());
    }

    /** The last day the list looks ahead to: this week's Sunday. */
    public static LocalDate endOfWeek(LocalDate today) {
        return today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    public void load() {
        LocalDate today = LocalDate.now(context.clock());
        busy.set(true);
        work.job(p -> new Read(context.caseFiles().due(today, endOfWeek(today)), context.staff().list(true),
                        context.areas().list()))
                .onSuccess(read -> fill(read, today))
                .onError(e -> status.show(new ErrorText(messages).of(e)))
                .onDone(() -> busy.set(false))
                .start();
    }

    private void fill(Read read, LocalDate today) {
        Map<UUID, String> staffNames = new HashMap<>();
        read.staff().forEach(s -> staffNames.put(s.id(), s.name()));
        Map<UUID, String> areaNames = new HashMap<>();
        read.areas().forEach(a -> areaNames.put(a.id(), a.label()));
        DueText text = new DueText(messages);
        all.setAll(read.items().stream().map(d -> new Row(d, d.residentName(), text.reason(d),
                KoreanDates.format(d.dueDate()), text.when(d.dueDate(), today),
                Math.max(0, ChronoUnit.DAYS.between(d.dueDate(), today)),
                d.responsibleStaffId() == null ? messages.get("due.nobody") : staffNames.getOrDefault(
                        d.responsibleStaffId(), ""),
                d.areaId() == null ? "" : areaNames.getOrDefault(d.areaId(), ""),
                d.state() == DueState.OVERDUE, text.planned(d))).toList());
        Staff chosenStaff = staffFilter.get();
        Area chosenArea = areaFilter.get();
        staffChoices.setAll(read.staff());
        areaChoices.setAll(read.areas());
        // Keep the person's filters across a refresh when the choices still exist.
        staffFilter.set(chosenStaff == null ? null : read.staff().stream()
                .filter(s -> s.id().equals(chosenStaff.id())).findFirst().orElse(null));
        areaFilter.set(chosenArea == null ? null : read.areas().stream()
                .filter(a -> a.id().equals(chosenArea.id())).findFirst().orElse(null));
        applyFilter();
    }

    private void applyFilter() {
        Staff s = staffFilter.get();
        Area a = areaFilter.get();
        rows.setAll(all.stream()
                .filter(r -> s == null || Objects.equals(s.id(), r.item().responsibleStaffId()))
                .filter(r -> a == null || Objects.equals(a.id(), r.item().areaId()))
                .toList());
        long overdue = rows.stream().filter(Row::overdue).count();
        long residents = rows.stream().map(r -> r.item().residentId()).distinct().count();
        summary.set(messages.get("due.summary", residents, rows.size(), overdue));
    }

    public void clearFilters() {
        staffFilter.set(null);
        areaFilter.set(null);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<Staff> staffChoices() {
        return staffChoices;
    }

    public ObservableList<Area> areaChoices() {
        return areaChoices;
    }

    public ObjectProperty<Staff> staffFilterProperty() {
        return staffFilter;
    }

    public ObjectProperty<Area> areaFilterProperty() {
        return areaFilter;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
