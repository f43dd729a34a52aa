package org.dolbom.ui.exchange;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.dolbom.exchange.MergeClass;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.Forms;
import org.dolbom.ui.Session;
import org.dolbom.ui.exchange.ImportViewModel.DuplicateChoice;
import org.dolbom.ui.exchange.ImportViewModel.EnvelopeFacts;
import org.dolbom.ui.exchange.ImportViewModel.PreviewLine;

/**
 * 가져오기 tab: the file (chosen, dropped or typed), its passphrase when encrypted, the preview with its counts,
 * records and possible duplicates, and the import itself.
 */
final class ImportView {

    private static final String STYLESHEET = "/org/dolbom/ui/exchange/import.css";
    private static final String CONFLICTS_TAB = "exchangeConflictsTab";
    private static final PseudoClass NONZERO = PseudoClass.getPseudoClass("nonzero");

    private final ImportViewModel vm;
    private final Messages messages;
    private final VBox page = new VBox();
    private TextField pathField;
    private File lastFolder;

    ImportView(Session session, Messages messages, Runnable onImported) {
        this(ImportViewModel.of(session, onImported), messages);
    }

    ImportView(ImportViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    Node build() {
        Label title = new Label(messages.get("exchange.import.ui.title"));
        title.getStyleClass().add("page-title");
        Label hint = wrapped(messages.get("exchange.import.ui.hint"), "form-hint");

        page.getChildren().setAll(title, hint, fileForm(), actions(), message(), conflictsLink(), preview());
        page.getStyleClass().addAll("page", "import-page");
        page.setId("importPage");
        page.getStylesheets().add(ImportView.class.getResource(STYLESHEET).toExternalForm());
        acceptDroppedFiles();

        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private Node fileForm() {
        TextField path = new TextField();
        path.setId("importFileField");
        path.setPromptText(messages.get("exchange.import.ui.file.prompt"));
        path.disableProperty().bind(vm.busyProperty());
        HBox.setHgrow(path, Priority.ALWAYS);
        vm.fileProperty().addListener((o, was, now) -> {
            String shown = now == null ? "" : now.toString();
            if (!shown.equals(path.getText())) {
                path.setText(shown);
            }
        });
        // A typed or pasted path counts once the person presses Enter or leaves the field.
        path.setOnAction(e -> takeTypedPath(path));
        path.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                takeTypedPath(path);
            }
        });
        Button choose = new Button(messages.get("exchange.import.ui.choose"));
        choose.setId("importChooseButton");
        choose.disableProperty().bind(vm.busyProperty());
        choose.setOnAction(e -> chooseFile());
        HBox fileRow = new HBox(8, path, choose);
        fileRow.setAlignment(Pos.CENTER_LEFT);

        PasswordField passphrase = new PasswordField();
        passphrase.setId("importPassphraseField");
        passphrase.textProperty().bindBidirectional(vm.passphraseProperty());
        passphrase.setPrefColumnCount(24);
        passphrase.setOnAction(e -> preview(path));
        Label passphraseHint = wrapped(messages.get("exchange.import.ui.passphrase.hint"), "form-hint");
        HBox passphraseRow = new HBox(10, passphrase, passphraseHint);
        passphraseRow.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = Forms.grid();
        Label fileLabel = new Label(messages.get("exchange.import.ui.file"));
        fileLabel.setLabelFor(path);
        Forms.append(grid, fileLabel, fileRow);
        Label passphraseLabel = new Label(messages.get("exchange.import.ui.passphrase"));
        passphraseLabel.setLabelFor(passphrase);
        Forms.append(grid, passphraseLabel, passphraseRow);
        for (Node row : List.of(passphraseLabel, passphraseRow)) {
            row.visibleProperty().bind(vm.encryptedProperty());
            row.managedProperty().bind(vm.encryptedProperty());
        }
        // The labels sit beside single-line rows, so they centre on them rather than on a text baseline.
        GridPane.setValignment(fileLabel, VPos.CENTER);
        GridPane.setValignment(passphraseLabel, VPos.CENTER);
        GridPane.setHgrow(fileRow, Priority.ALWAYS);
        grid.setMaxWidth(60 * 13);
        this.pathField = path;
        return grid;
    }

    private Node actions() {
        Button preview = new Button(messages.get("exchange.import.ui.preview"));
        preview.setId("importPreviewButton");
        preview.disableProperty().bind(vm.busyProperty());
        preview.setOnAction(e -> preview(pathField));
        Button apply = new Button(messages.get("exchange.import.ui.apply"));
        apply.setId("importApplyButton");
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(vm.canApplyBinding().not());
        apply.setOnAction(e -> vm.apply());
        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(vm.progressProperty());
        Button cancel = new Button(messages.get("exchange.import.ui.cancel"));
        cancel.setId("importCancelButton");
        cancel.disableProperty().bind(vm.cancellingProperty());
        cancel.setOnAction(e -> vm.cancel());
        for (Node busyOnly : List.of(progress, cancel)) {
            busyOnly.visibleProperty().bind(vm.busyProperty());
            busyOnly.managedProperty().bind(vm.busyProperty());
        }
        HBox row = new HBox(10, preview, apply, progress, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("import-actions");
        return row;
    }

    private Node message() {
        Label message = new Label();
        message.setId("importMessage");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.getStyleClass().add("import-message");
        vm.toneProperty().addListener((o, was, now) -> tone(message, now));
        tone(message, vm.toneProperty().get());
        return message;
    }

    /** Colours a message by how it reads: plain, good news, or a refusal. */
    static void tone(Label message, ImportViewModel.Tone tone) {
        message.getStyleClass().removeAll("import-message-error", "import-message-success");
        switch (tone) {
            case ERROR -> message.getStyleClass().add("import-message-error");
            case SUCCESS -> message.getStyleClass().add("import-message-success");
            default -> { }
        }
    }

    private Node conflictsLink() {
        Button go = new Button(messages.get("exchange.import.ui.goToConflicts"));
        go.setId("importGoToConflicts");
        go.visibleProperty().bind(vm.conflictsWaitingProperty());
        go.managedProperty().bind(go.visibleProperty());
        go.setOnAction(e -> showConflictsTab());
        return go;
    }

    /** The tab frame owns the tabs; this tab only asks it to show its neighbour. */
    private void showConflictsTab() {
        for (Parent p = page.getParent(); p != null; p = p.getParent()) {
            if (p instanceof TabPane tabs) {
                tabs.getTabs().stream().filter(t -> CONFLICTS_TAB.equals(t.getId())).findFirst()
                        .ifPresent(t -> tabs.getSelectionModel().select(t));
                return;
            }
        }
    }

    private Node preview() {
        VBox preview = new VBox(14, envelope(), counts(), duplicates(), lines(), typeCounts());
        preview.setId("importPreview");
        preview.visibleProperty().bind(vm.previewedFileProperty().isNotNull().or(vm.appliedProperty()));
        preview.managedProperty().bind(preview.visibleProperty());
        return preview;
    }

    private Node envelope() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("import-envelope");
        grid.setId("importEnvelope");
        String[] labels = {"exchange.import.ui.envelope.sender", "exchange.import.ui.envelope.created",
            "exchange.import.ui.envelope.purpose", "exchange.import.ui.envelope.scope",
            "exchange.import.ui.envelope.legalBasis", "exchange.import.ui.envelope.consent",
            "exchange.import.ui.envelope.encrypted", "exchange.import.ui.envelope.rrn"};
        List<Function<EnvelopeFacts, String>> values = List.of(EnvelopeFacts::sender, EnvelopeFacts::createdOn,
                EnvelopeFacts::purpose, EnvelopeFacts::scope, EnvelopeFacts::legalBasis,
                EnvelopeFacts::consentReference, EnvelopeFacts::encryption, EnvelopeFacts::rrn);
        String[] ids = {"importSender", "importCreated", "importPurpose", "importScope", "importLegalBasis",
            "importConsent", "importEncrypted", "importRrn"};
        for (int i = 0; i < labels.length; i++) {
            Label name = new Label(messages.get(labels[i]));
            name.getStyleClass().add("form-label");
            Label value = new Label();
            value.setId(ids[i]);
            value.setWrapText(true);
            Function<EnvelopeFacts, String> of = values.get(i);
            value.textProperty().bind(Bindings.createStringBinding(() -> vm.envelopeProperty().get() == null ? ""
                    : of.apply(vm.envelopeProperty().get()), vm.envelopeProperty()));
            name.setLabelFor(value);
            // Two pairs a line: the envelope reads as a short form, not a long list.
            grid.add(name, (i % 2) * 2, i / 2);
            grid.add(value, (i % 2) * 2 + 1, i / 2);
        }
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints value = new ColumnConstraints();
        value.setPercentWidth(34);
        grid.getColumnConstraints().setAll(label, value, label, value);
        VBox box = new VBox(6, Forms.sectionTitle(messages.get("exchange.import.ui.envelope.title")), grid);
        box.visibleProperty().bind(vm.envelopeProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node counts() {
        Label heading = Forms.sectionTitle("");
        heading.textProperty().bind(Bindings.when(vm.appliedProperty())
                .then(messages.get("exchange.import.ui.counts.applied"))
                .otherwise(messages.get("exchange.import.ui.counts.preview")));
        HBox tiles = new HBox(12);
        tiles.setId("importCounts");
        for (MergeClass kind : ImportViewModel.COUNTED) {
            Label number = new Label();
            number.setId("importCount" + camel(kind));
            number.textProperty().bind(Bindings.createStringBinding(() -> String.format("%,d",
                    vm.countProperty(kind).get()), vm.countProperty(kind)));
            number.getStyleClass().add("import-count-number");
            Label caption = new Label(messages.get("exchange.import.ui.count." + kind.name()));
            caption.getStyleClass().add("import-count-caption");
            VBox tile = new VBox(2, number, caption);
            tile.setAlignment(Pos.CENTER);
            tile.getStyleClass().addAll("import-count", "import-count-" + kind.name().toLowerCase(
                    Locale.ROOT));
            tile.accessibleTextProperty().bind(Bindings.createStringBinding(() -> messages.get(
                    "exchange.import.ui.count.accessible", caption.getText(), vm.countProperty(kind).get()),
                    vm.countProperty(kind)));
            vm.countProperty(kind).addListener((o, was, now) -> tile.pseudoClassStateChanged(NONZERO,
                    now.longValue() > 0));
            HBox.setHgrow(tile, Priority.ALWAYS);
            tile.setMaxWidth(Double.MAX_VALUE);
            tiles.getChildren().add(tile);
        }
        return new VBox(6, heading, tiles);
    }

    /** The same counts per record type: the detail, after what needs a person's attention. */
    private Node typeCounts() {
        GridPane byType = new GridPane();
        byType.setId("importTypeCounts");
        byType.getStyleClass().add("import-type-counts");
        vm.typeCounts().addListener((ListChangeListener<ImportViewModel.TypeCounts>) c -> fillTypes(byType));
        VBox box = new VBox(6, Forms.sectionTitle(messages.get("exchange.import.ui.types.title")), byType);
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.typeCounts()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** One line per record type: how many records of it fall in each class; a dash where there are none. */
    private void fillTypes(GridPane grid) {
        grid.getChildren().clear();
        grid.add(typeCell(messages.get("exchange.import.ui.column.type"), "import-type-header"), 0, 0);
        for (int c = 0; c < ImportViewModel.COUNTED.size(); c++) {
            Label header = typeCell(messages.get("exchange.import.ui.count." + ImportViewModel.COUNTED.get(c).name()),
                    "import-type-header");
            header.getStyleClass().add("import-type-count");
            grid.add(header, c + 1, 0);
        }
        int row = 1;
        for (ImportViewModel.TypeCounts counts : vm.typeCounts()) {
            grid.add(typeCell(counts.type(), "import-type-name"), 0, row);
            for (int c = 0; c < ImportViewModel.COUNTED.size(); c++) {
                long n = counts.count(ImportViewModel.COUNTED.get(c));
                grid.add(typeCell(n == 0 ? "-" : String.format("%,d", n), n == 0 ? "import-type-zero"
                        : "import-type-count"), c + 1, row);
            }
            row++;
        }
    }

    private static Label typeCell(String text, String style) {
        Label cell = new Label(text);
        cell.getStyleClass().add(style);
        cell.setMaxWidth(Double.MAX_VALUE);
        return cell;
    }

    private Node lines() {
        // One toggle per result, like the count tiles; a toggle clicked off again shows every record.
        ToggleGroup group = new ToggleGroup();
        HBox filters = new HBox();
        filters.setId("importLineFilter");
        List<MergeClass> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(ImportViewModel.COUNTED);
        for (int i = 0; i < choices.size(); i++) {
            MergeClass kind = choices.get(i);
            ToggleButton toggle = new ToggleButton(kind == null ? messages.get("exchange.import.ui.lines.all")
                    : messages.get("exchange.import.ui.count." + kind.name()));
            toggle.setId(kind == null ? "importFilterAll" : "importFilter" + camel(kind));
            toggle.setToggleGroup(group);
            toggle.setUserData(kind);
            toggle.getStyleClass().add(i == 0 ? "left-pill" : i == choices.size() - 1 ? "right-pill" : "center-pill");
            toggle.setSelected(kind == null);
            filters.getChildren().add(toggle);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> vm.lineFilterProperty().set(
                now == null ? null : (MergeClass) now.getUserData()));
        vm.lineFilterProperty().addListener((o, was, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
        Label heading = Forms.sectionTitle(messages.get("exchange.import.ui.lines.title"));
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox top = new HBox(10, heading, filters);
        top.setAlignment(Pos.BOTTOM_LEFT);

        TableView<PreviewLine> table = new TableView<>(vm.lines());
        table.setId("importLines");
        table.setAccessibleText(messages.get("exchange.import.ui.lines.accessible"));
        table.setPlaceholder(new Label(messages.get("exchange.import.ui.lines.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                column("exchange.import.ui.column.type", PreviewLine::type, 7),
                column("exchange.import.ui.column.label", PreviewLine::label, 12),
                column("exchange.import.ui.column.result", PreviewLine::result, 7),
                column("exchange.import.ui.column.reason", PreviewLine::reason, 30));
        // The reason is the long text; the short columns keep their size and it takes the rest.
        table.getColumns().stream().limit(3).forEach(c -> {
            c.setMinWidth(c.getPrefWidth());
            c.setMaxWidth(c.getPrefWidth() * 1.3);
        });
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("import-line-conflict", "import-line-refused");
                if (!empty && line != null && line.kind() == MergeClass.CONFLICT) {
                    getStyleClass().add("import-line-conflict");
                } else if (!empty && line != null && line.kind() == MergeClass.REFUSED) {
                    getStyleClass().add("import-line-refused");
                }
            }
        });
        table.setPrefHeight(24 * 13);
        table.setMinHeight(12 * 13);
        return new VBox(6, top, table);
    }

    private TableColumn<PreviewLine, String> column(String key, Function<PreviewLine, String> value, double ems) {
        TableColumn<PreviewLine, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setReorderable(false);
        column.setPrefWidth(ems * 13);
        column.setMinWidth(ems * 8);
        return column;
    }

    private Node duplicates() {
        GridPane grid = new GridPane();
        grid.setId("importDuplicates");
        grid.getStyleClass().add("import-duplicates");
        vm.duplicates().addListener((ListChangeListener<DuplicateChoice>) c -> fill(grid));
        Label hint = wrapped(messages.get("exchange.import.ui.duplicates.hint"), "form-hint");
        VBox box = new VBox(6, Forms.sectionTitle(messages.get("exchange.import.ui.duplicates.title")), hint, grid);
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.duplicates()).and(vm.appliedProperty().not()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void fill(GridPane grid) {
        grid.getChildren().clear();
        String[] headers = {"", "exchange.import.ui.duplicates.incoming", "exchange.import.ui.duplicates.local",
            "exchange.import.ui.duplicates.reason"};
        for (int c = 0; c < headers.length; c++) {
            Label header = new Label(headers[c].isEmpty() ? "" : messages.get(headers[c]));
            header.getStyleClass().add("import-duplicates-header");
            grid.add(header, c, 0);
        }
        int row = 1;
        for (DuplicateChoice choice : vm.duplicates()) {
            CheckBox link = new CheckBox(messages.get("exchange.import.ui.duplicates.link"));
            link.setId("importLink" + row);
            link.selectedProperty().bindBidirectional(choice.linkProperty());
            link.setAccessibleText(messages.get("exchange.import.ui.duplicates.link.accessible", choice.incoming(),
                    choice.local()));
            grid.add(link, 0, row);
            grid.add(new Label(choice.incoming()), 1, row);
            grid.add(new Label(choice.local()), 2, row);
            grid.add(wrapped(choice.reason(), "form-hint"), 3, row);
            row++;
        }
    }

    private void preview(TextField path) {
        takeTypedPath(path);
        vm.preview();
    }

    private void takeTypedPath(TextField field) {
        String text = field.getText() == null ? "" : field.getText().strip();
        Path now = vm.fileProperty().get();
        if (text.isEmpty()) {
            if (now != null) {
                vm.fileProperty().set(null);
            }
            return;
        }
        try {
            Path typed = Path.of(text).toAbsolutePath();
            if (!typed.equals(now)) {
                vm.fileProperty().set(typed);
            }
        } catch (InvalidPathException e) {
            vm.fileProperty().set(null);
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("exchange.import.ui.chooser.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("exchange.import.ui.chooser.filter"), "*.dolbom.json",
                        "*.dolbom"),
                new FileChooser.ExtensionFilter(messages.get("exchange.import.ui.chooser.all"), "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showOpenDialog(page.getScene() == null ? null : page.getScene().getWindow());
        if (chosen != null) {
            lastFolder = chosen.getParentFile();
            vm.fileProperty().set(chosen.toPath().toAbsolutePath());
        }
    }

    /** A file dragged from the explorer onto the tab is taken as the chosen file. */
    private void acceptDroppedFiles() {
        page.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !vm.busyProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        page.setOnDragDropped(e -> {
            boolean taken = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (taken) {
                vm.fileProperty().set(e.getDragboard().getFiles().getFirst().toPath().toAbsolutePath());
            }
            e.setDropCompleted(taken);
            e.consume();
        });
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }

    private static String camel(MergeClass kind) {
        String n = kind.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
