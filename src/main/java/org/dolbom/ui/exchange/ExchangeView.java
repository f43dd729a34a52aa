package org.dolbom.ui.exchange;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.dolbom.i18n.Messages;
import org.dolbom.ui.Session;

/**
 * The 가져오기/내보내기 screen: export a bundle, import one (preview, then apply), settle conflicts left by earlier
 * imports, and the sharing ledger (공유 대장) of what went out and came in.
 */
public final class ExchangeView {

    private final Session session;
    private final Messages messages;
    private final Runnable onImported;
    private final TabPane tabs = new TabPane();
    private ExportView export;

    /**
     * @param onImported called on the FX thread after an import or a conflict choice changed residents, so other
     *                   screens (the registry) show them
     */
    public ExchangeView(Session session, Messages messages, Runnable onImported) {
        this.session = session;
        this.messages = messages;
        this.onImported = onImported;
    }

    public Node build() {
        // A transfer closes residents' cases, so the registry reloads after one as after an import.
        export = new ExportView(session, messages, onImported);
        ImportView importView = new ImportView(session, messages, onImported);
        ConflictsView conflicts = new ConflictsView(session, messages, onImported);
        LedgerView ledger = new LedgerView(session, messages);
        tabs.getTabs().setAll(
                tab("exchangeExportTab", "exchange.tab.export", export.build()),
                tab("exchangeImportTab", "exchange.tab.import", importView.build()),
                tab("exchangeConflictsTab", "exchange.tab.conflicts", conflicts.build()),
                tab("exchangeLedgerTab", "exchange.tab.ledger", ledger.build()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("exchangeTabs");
        // Each tab shows what is current when it is opened: conflicts left by an import, the ledger's new lines.
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            switch (now.intValue()) {
                case 2 -> conflicts.refresh();
                case 3 -> ledger.refresh();
                default -> { }
            }
        });
        // Titled like the other screens, so the person sees where the rail took them.
        Label title = new Label(messages.get("exchange.title"));
        title.setId("exchangeTitle");
        title.getStyleClass().add("page-title");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox screen = new VBox(title, tabs);
        screen.getStyleClass().add("settings-screen");
        screen.setId("exchangeScreen");
        return screen;
    }

    /** Opens the export tab with these residents (from the registry's multi-select) as the scope. */
    public void exportResidents(List<String> residentIds) {
        tabs.getSelectionModel().select(0);
        export.selectResidents(residentIds);
    }

    private Tab tab(String id, String titleKey, Node content) {
        Tab tab = new Tab(messages.get(titleKey), content);
        tab.setId(id);
        return tab;
    }
}
