package org.dolbom.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;

import org.dolbom.app.AppContext;
import org.dolbom.app.schedule.WeekSchedule;
import org.dolbom.domain.Staff;
import org.dolbom.i18n.Messages;
import org.dolbom.print.PrintFailedException;
import org.dolbom.schedule.KoreanHolidays;
import org.dolbom.schedule.NotPlaced;
import org.dolbom.schedule.Week;
import org.dolbom.schedule.WeekPlan;
import org.dolbom.store.ScheduleEntry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dolbom schedule}: plan a week from the due list and save it (once), list the saved week, and write its
 * sheets as PDF or its entries as CSV for Excel.
 */
@Command(name = "schedule")
final class ScheduleCommand implements Callable<Integer> {

    private static final int NOT_PLACED_SHOWN = 20;

    @ParentCommand
    private DolbomCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private HelpOption help;

    @Option(names = "--week", required = true, paramLabel = "YYYY-Www", descriptionKey = "cli.schedule.option.week")
    private String weekText;

    @Option(names = "--plan", descriptionKey = "cli.schedule.option.plan")
    private boolean plan;

    @Option(names = "--staff", paramLabel = "NAME", descriptionKey = "cli.schedule.option.staff")
    private String staffName;

    @Option(names = "--pdf", paramLabel = "PATH", descriptionKey = "cli.schedule.option.pdf")
    private Path pdf;

    @Option(names = "--csv", paramLabel = "PATH", descriptionKey = "cli.schedule.option.csv")
    private Path csv;

    @Option(names = "--saturday", descriptionKey = "cli.schedule.option.saturday")
    private boolean saturday;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        Week week;
        try {
            week = Week.parse(weekText);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), messages.get("cli.schedule.weekFormat", weekText));
        }
        Path file = root.databaseFile(database);
        try (AppContext context = plan ? root.open(file) : root.openExisting(file)) {
            WeekSchedule schedule = new WeekSchedule(context, KoreanHolidays.shipped());
            UUID onlyStaff = staffName == null ? null : staffId(context, staffName);
            WeekPlan proposed = null;
            if (plan) {
                if (schedule.hasPassed(week, saturday)) {
                    throw new Refusal("cli.schedule.weekPassed", week.toString());
                }
                if (schedule.isSaved(week)) {
                    root.err().println(messages.get("cli.schedule.exists", week.toString()));
                } else {
                    proposed = schedule.plan(week, saturday, List.of());
                    schedule.save(proposed, DolbomCommand.actor());
                    root.out().println(messages.get("cli.schedule.planned", week.toString(),
                            proposed.visits().size(), proposed.notPlaced().size()));
                }
            }
            List<ScheduleEntry> entries = schedule.entries(week).stream()
                    .filter(e -> onlyStaff == null || onlyStaff.equals(e.staffId()))
                    .toList();
            if (proposed != null) {
                printNotPlaced(proposed, schedule, messages);
            }
            if (!plan) {
                list(entries, schedule, messages);
            }
            if (pdf != null) {
                // The saved week carries its saved 미편성 list: the paper shows what the screen shows.
                WeekPlan saved = schedule.planOf(week, saturday, schedule.entries(week));
                WeekSchedule.Printout printout = schedule.printout(saved, entries, saturday, onlyStaff, messages);
                int pages;
                try {
                    pages = schedule.writePdf(printout, pdf, messages, DolbomCommand.actor());
                } catch (PrintFailedException e) {
                    throw new Refusal("cli.schedule.pdfFailed", pdf.toString());
                }
                root.out().println(messages.get("cli.schedule.pdfWritten", pages, printout.sheets().size(),
                        pdf.toString()));
            }
            if (csv != null) {
                try {
                    schedule.writeCsv(entries, csv, messages);
                } catch (IOException e) {
                    throw new Refusal("cli.schedule.csvFailed", csv.toString());
                }
                root.out().println(messages.get("cli.schedule.csvWritten", entries.size(), csv.toString()));
            }
            if (entries.isEmpty() && !plan) {
                root.err().println(messages.get("cli.schedule.empty", week.toString()));
            }
            root.out().flush();
            root.err().flush();
        }
        return 0;
    }

    /**
     * The 미편성 list as the screen groups it: each reason once with its count, then the residents, the most urgent
     * {@value #NOT_PLACED_SHOWN} of each group by name.
     */
    private void printNotPlaced(WeekPlan proposed, WeekSchedule schedule, Messages messages) {
        Map<UUID, String> areaNames = schedule.areaNames();
        NotPlaced.byCause(proposed.notPlaced()).forEach((cause, list) -> {
            root.out().println(messages.get("cli.schedule.notPlacedGroup", list.size(),
                    NotPlaced.explanation(cause, messages)));
            String names = list.stream().limit(NOT_PLACED_SHOWN)
                    .map(n -> n.label(messages, n.areaId() == null ? null : areaNames.get(n.areaId())))
                    .collect(Collectors.joining(messages.get("schedule.notPlaced.separator")));
            root.out().println("\t" + names + (list.size() > NOT_PLACED_SHOWN
                    ? messages.get("cli.schedule.notPlacedMore", list.size() - NOT_PLACED_SHOWN) : ""));
        });
    }

    private void list(List<ScheduleEntry> entries, WeekSchedule schedule, Messages messages) {
        Map<UUID, String> staffNames = schedule.staffNames();
        Map<UUID, String> areaNames = schedule.areaNames();
        for (ScheduleEntry e : entries) {
            root.out().println(String.join("\t", e.date().toString(), staffNames.getOrDefault(e.staffId(), ""),
                    e.residentName(), e.areaId() == null ? "" : areaNames.getOrDefault(e.areaId(), ""),
                    WeekSchedule.purpose(e, messages), messages.of(e.status())));
        }
    }

    private static UUID staffId(AppContext context, String name) {
        List<Staff> matches = context.staff().list(true).stream().filter(s -> s.name().equals(name.strip())).toList();
        if (matches.isEmpty()) {
            throw new Refusal("cli.schedule.unknownStaff", name);
        }
        if (matches.size() > 1) {
            throw new Refusal("cli.schedule.ambiguousStaff", name);
        }
        return matches.getFirst().id();
    }
}
