package org.dolbom.ui.residents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.dolbom.i18n.Messages;
import org.dolbom.store.ResidentFilter;
import org.dolbom.store.ResidentPage;
import org.dolbom.store.ResidentRow;
import org.dolbom.store.ResidentStore;
import org.dolbom.ui.ErrorText;
import org.dolbom.ui.StatusLine;
import org.dolbom.ui.concurrent.BackgroundWork;
import org.dolbom.ui.concurrent.Job;

/**
 * The registry list: one query, a page at a time. A newer search makes the answers to older ones irrelevant,
 * so every answer is checked against the search it belongs to before it reaches the list.
 */
public final class ResidentListViewModel {

    public static final int PAGE_SIZE = 100;

    private final ResidentStore store;
    private final BackgroundWork work;
    private final Messages messages;
    private final StatusLine status;

    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty includeClosed = new SimpleBooleanProperty(false);
    private final ObservableList<ResidentRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");

    /** The rows picked in the list (several with Ctrl or Shift), in the order they were picked. */
    private final ObservableList<ResidentRow> selection = FXCollections.observableArrayList();
    private final StringBinding exportText;
    private Consumer<List<String>> onExport = ids -> { };

    private long generation;
    /** The work of the current search (first page, more rows, the total): cancelled when a newer search starts. */
    private final List<Job<?>> current = new ArrayList<>();
    private boolean fetchingMore;
    /** The last page shown: the next one is read from where it ended. */
    private ResidentPage lastPage;
    /** The query and filter the rows on screen answer; null until the first answer. */
    private String shownSearch;
    /** Enter was pressed before the search it asked for had answered: open its first match when it does. */
    private Consumer<ResidentRow> openWhenFound;
    /** The whole number of matches once counted for the current search; -1 until then. */
    private int total = -1;

    public ResidentListViewModel(ResidentStore store, BackgroundWork work, Messages messages, StatusLine status) {
        this.store = store;
        this.work = work;
        this.messages = messages;
        this.status = status;
        includeClosed.addListener((obs, was, now) -> search());
        exportText = Bindings.createStringBinding(() -> selection.size() > 1
                ? messages.get("residents.export.selectedCount", selection.size())
                : messages.get("residents.export.selected"), selection);
    }

    /** Where "export the selected residents" sends their ids: the export tab of the exchange screen. */
    public void setOnExport(Consumer<List<String>> action) {
        this.onExport = action;
    }

    /** Hands the picked residents to the export screen; nothing happens while none is picked. */
    public void exportSelected() {
        if (!selection.isEmpty()) {
            onExport.accept(selection.stream().map(r -> r.id().toString()).distinct().toList());
        }
    }

    /** Runs the current query from the first page; answers to earlier searches are dropped. */
    public void search() {
        long mine = ++generation;
        // Work for an older search that has not started yet never reaches the store.
        current.forEach(Job::cancel);
        current.clear();
        String q = query.get() == null ? "" : query.get().strip();
        ResidentFilter filter = includeClosed.get() ? ResidentFilter.ALL : ResidentFilter.OPEN_ONLY;
        loading.set(true);
        fetchingMore = false;
        total = -1;
        if (rows.isEmpty()) {
            emptyText.set(messages.get("residents.table.loading"));
        }
        // An empty answer to no search at all means the file has no residents (or only closed ones): say how to
        // add the first, not to shorten a search nobody typed.
        current.add(work.job(p -> {
                    if (p.isCancelled()) {
                        return null;
                    }
                    ResidentPage page = store.search(q, filter, 0, PAGE_SIZE);
                    int anyAtAll = page.rows().isEmpty() && q.isEmpty() ? store.count("", ResidentFilter.ALL) : -1;
                    return new FirstPage(page, anyAtAll);
                })
                .onSuccess(first -> {
                    if (mine == generation) {
                        ResidentPage page = first.page();
                        rows.setAll(page.rows());
                        shownSearch = key(q, filter);
                        emptyText.set(emptyHint(q, first.anyAtAll()));
                        settle(page);
                        if (page.hasMore()) {
                            count(mine, q, filter);
                        }
                        Consumer<ResidentRow> open = openWhenFound;
                        openWhenFound = null;
                        if (open != null && !rows.isEmpty()) {
                            open.accept(rows.getFirst());
                        }
                    }
                })
                .onError(e -> {
                    if (mine == generation) {
                        loading.set(false);
                        openWhenFound = null;
                        emptyText.set("");
                        status.show(new ErrorText(messages).of(e));
                    }
                })
                .start());
    }

    private record FirstPage(ResidentPage page, int anyAtAll) {
    }

    private static String key(String q, ResidentFilter filter) {
        return filter + "\u0000" + q;
    }

    private String emptyHint(String q, int anyAtAll) {
        if (!q.isEmpty()) {
            return messages.get("residents.table.empty");
        }
        return anyAtAll > 0 ? messages.get("residents.table.onlyClosed") : messages.get("residents.table.none");
    }

    /**
     * Enter in the search box: opens the first match of what is typed. When the list already answers that text it
     * opens at once; otherwise it searches first and opens the first match when the answer comes.
     */
    public void openFirstMatch(Consumer<ResidentRow> open) {
        String q = query.get() == null ? "" : query.get().strip();
        ResidentFilter filter = includeClosed.get() ? ResidentFilter.ALL : ResidentFilter.OPEN_ONLY;
        if (!loading.get() && key(q, filter).equals(shownSearch)) {
            if (!rows.isEmpty()) {
                open.accept(rows.getFirst());
            }
            return;
        }
        openWhenFound = open;
        search();
    }

    /** Fetches the next page of the same search, when there is one and none is on its way. */
    public void loadMore() {
        if (!hasMore.get() || fetchingMore || loading.get()) {
            return;
        }
        long mine = generation;
        fetchingMore = true;
        String q = query.get() == null ? "" : query.get().strip();
        ResidentFilter filter = includeClosed.get() ? ResidentFilter.ALL : ResidentFilter.OPEN_ONLY;
        ResidentPage previous = lastPage;
        current.add(work.job(p -> p.isCancelled() ? null : store.next(q, filter, previous, PAGE_SIZE))
                .onSuccess(page -> {
                    if (mine == generation) {
                        fetchingMore = false;
                        rows.addAll(page.rows());
                        settle(page);
                    }
                })
                .onError(e -> {
                    if (mine == generation) {
                        fetchingMore = false;
                        status.show(new ErrorText(messages).of(e));
                    }
                })
                .start());
    }

    /**
     * Counts every match after the first page is on screen, so the list never waits for the total. A count for
     * a search that has since been replaced is dropped.
     */
    private void count(long mine, String q, ResidentFilter filter) {
        current.add(work.job(p -> p.isCancelled() ? -1 : store.count(q, filter))
                .onSuccess(n -> {
                    if (mine == generation) {
                        total = n;
                        showCount();
                    }
                })
                .onError(e -> {
                    if (mine == generation) {
                        status.show(new ErrorText(messages).of(e));
                    }
                })
                .start());
    }

    private void settle(ResidentPage page) {
        lastPage = page;
        hasMore.set(page.hasMore());
        loading.set(false);
        if (!page.hasMore()) {
            total = rows.size();
        }
        showCount();
    }

    private void showCount() {
        countText.set(total >= 0
                ? messages.get("residents.count.exact", total)
                : messages.get("residents.count.more", rows.size()));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty includeClosedProperty() {
        return includeClosed;
    }

    public ObservableList<ResidentRow> rows() {
        return rows;
    }

    /** The rows picked in the list; the view keeps it in step with the table's selection. */
    public ObservableList<ResidentRow> selection() {
        return selection;
    }

    /** The export action's label, with how many are picked once there are several. */
    public ObservableStringValue exportText() {
        return exportText;
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** What the empty list says: loading, how to add the first resident, or that the search found no one. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }
}
