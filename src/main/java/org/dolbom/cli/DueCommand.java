package org.dolbom.cli;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.Callable;

import org.dolbom.app.AppContext;
import org.dolbom.domain.DueItem;
import org.dolbom.domain.DueState;
import org.dolbom.i18n.DueText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dolbom due}: who is due for contact by the end of the week (Sunday), and who is overdue, most urgent first.
 * One tab-separated line per item: resident id, name, reason in the user's language, due date, and {@code due} or
 * {@code overdue} (fixed words, so scripts can filter). The list comes from the one due function, never recomputed
 * here.
 */
@Command(name = "due")
final class DueCommand implements Callable<Integer> {

    static final String DUE = "due";
    static final String OVERDUE = "overdue";

    @ParentCommand
    private DolbomCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private HelpOption help;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.due.date")
    private String date;

    @Override
    public Integer call() {
        LocalDate asked = date == null ? null : parsed(date);
        Path file = root.databaseFile(database);
        try (AppContext context = root.openExisting(file)) {
            LocalDate today = asked != null ? asked : LocalDate.now(context.clock());
            LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            DueText text = new DueText(root.messages());
            for (DueItem item : context.caseFiles().due(today, sunday)) {
                root.out().println(String.join("\t", item.residentId().toString(), item.residentName(),
                        text.reason(item), item.dueDate().toString(),
                        item.state() == DueState.OVERDUE ? OVERDUE : DUE,
                        item.plannedOn() == null ? "" : item.plannedOn().toString()));
            }
            root.out().flush();
        }
        return 0;
    }

    private LocalDate parsed(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), root.messages().get("cli.due.badDate", text));
        }
    }
}
