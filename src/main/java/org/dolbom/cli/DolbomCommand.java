package org.dolbom.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;

import org.dolbom.app.AppContext;
import org.dolbom.app.DataLocation;
import org.dolbom.app.NoScreenException;
import org.dolbom.app.WindowRequest;
import org.dolbom.app.demo.DemoSummary;
import org.dolbom.i18n.Messages;
import org.dolbom.store.Actor;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dolbom}: with no subcommand it opens the window; the subcommands run headless on the same services.
 * Exit codes: 0 done, 1 refused or failed (one line on stderr), 2 the command line itself was wrong.
 */
@Command(name = "dolbom", subcommands = {InitCommand.class, DemoCommand.class, CheckCommand.class,
        SearchCommand.class, DueCommand.class, ScheduleCommand.class, ExportCommand.class, ImportCommand.class,
        ValidateCommand.class})
public final class DolbomCommand implements Callable<Integer> {

    static final int REFUSED = 1;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private HelpOption help;

    @Option(names = {"-V", "--version"}, versionHelp = true, descriptionKey = "cli.option.version")
    private boolean version;

    @Option(names = "--demo", descriptionKey = "cli.option.demo")
    private boolean demo;

    @Option(names = "--startup-probe", descriptionKey = "cli.option.startupProbe")
    private boolean startupProbe;

    @Option(names = "--stall-probe", descriptionKey = "cli.option.stallProbe")
    private boolean stallProbe;

    @Option(names = "--stall-import", paramLabel = "FILE", descriptionKey = "cli.option.stallImport")
    private Path stallImport;

    @Spec
    private CommandSpec spec;

    private final Messages messages;
    private final ToIntFunction<WindowRequest> window;
    private final ScreenCheck screen;
    private final Clock clock;

    private DolbomCommand(Messages messages, ToIntFunction<WindowRequest> window, ScreenCheck screen, Clock clock) {
        this.messages = messages;
        this.window = window;
        this.screen = screen;
        this.clock = clock;
    }

    /**
     * The whole command line, ready to {@code execute(args)}: texts in the given language, failures as one line.
     *
     * @param window opens the main window and returns its exit code when it is closed
     */
    public static CommandLine commandLine(Messages messages, ToIntFunction<WindowRequest> window) {
        return commandLine(messages, window, ScreenCheck.ofThisProcess(), Clock.systemDefaultZone());
    }

    /**
     * The command line on a given screen and clock: "today" for due lists and plans, as a test's day.
     */
    static CommandLine commandLine(Messages messages, ToIntFunction<WindowRequest> window, ScreenCheck screen,
            Clock clock) {
        CommandLine commandLine = new CommandLine(new DolbomCommand(messages, window, screen, clock));
        commandLine.setResourceBundle(messages.bundle());
        commandLine.getCommandSpec().version(messages.get("app.title") + " " + implementationVersion());
        describe(commandLine, messages);
        commandLine.setExecutionExceptionHandler((failure, failed, parseResult) -> {
            failed.getErr().println(FailureReason.of(failure, messages));
            failed.getErr().flush();
            return REFUSED;
        });
        commandLine.setParameterExceptionHandler((problem, args) -> {
            CommandLine where = problem.getCommandLine();
            where.getErr().println(usageProblem(problem, messages));
            where.getErr().println(messages.get("cli.usage.hint", where.getCommandSpec().qualifiedName()));
            where.getErr().flush();
            return where.getCommandSpec().exitCodeOnInvalidInput();
        });
        return commandLine;
    }

    /** Korean unless {@code DOLBOM_LANG=en}. */
    public static Messages messagesFor(String language) {
        return language != null && language.strip().equalsIgnoreCase("en") ? new Messages(Messages.ENGLISH)
                : Messages.korean();
    }

    private static void describe(CommandLine root, Messages messages) {
        Map<String, String> descriptions = Map.of(
                "dolbom", messages.get("cli.description"),
                "init", messages.get("cli.init.description"),
                "demo", messages.get("cli.demo.description"),
                "check", messages.get("cli.check.description"),
                "search", messages.get("cli.search.description"),
                "due", messages.get("cli.due.description"),
                "schedule", messages.get("cli.schedule.description"),
                "export", messages.get("cli.export.description"),
                "import", messages.get("cli.import.description"),
                "validate", messages.get("cli.validate.description"));
        List<CommandLine> all = new ArrayList<>(root.getSubcommands().values());
        all.addFirst(root);
        for (CommandLine command : all) {
            CommandSpec spec = command.getCommandSpec();
            spec.usageMessage()
                    .description(descriptions.get(spec.name()))
                    .synopsisHeading(messages.get("cli.help.usage"))
                    .descriptionHeading("%n")
                    .parameterListHeading(messages.get("cli.help.parameters"))
                    .optionListHeading(messages.get("cli.help.options"))
                    .commandListHeading(messages.get("cli.help.commands"));
        }
    }

    private static String usageProblem(ParameterException problem, Messages messages) {
        if (problem instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return messages.get("cli.usage.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        if (problem instanceof CommandLine.MissingParameterException missing) {
            return messages.get("cli.usage.missing", String.join(", ", missing.getMissing().stream()
                    .map(DolbomCommand::label).toList()));
        }
        if (problem.getArgSpec() != null && problem.getValue() != null) {
            // e.g. a word where a number belongs; the commands' own range checks carry no ArgSpec.
            return messages.get("cli.usage.invalid", label(problem.getArgSpec()), problem.getValue());
        }
        return problem.getMessage();
    }

    private static String label(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static String implementationVersion() {
        String version = DolbomCommand.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version;
    }

    /** Opens the window; the file itself is opened (and demo data made) inside it, so the window shows at once. */
    @Override
    public Integer call() {
        if (!screen.screenAvailable()) {
            return noScreen();
        }
        try {
            WindowRequest.StallProbe stall = stallProbe || stallImport != null
                    ? new WindowRequest.StallProbe(stallImport) : null;
            return window.applyAsInt(new WindowRequest(databaseFile(null), demo, startupProbe, stall));
        } catch (NoScreenException e) {
            return noScreen();
        }
    }

    private int noScreen() {
        err().println(messages.get("cli.noScreen"));
        err().flush();
        return REFUSED;
    }

    void report(DemoSummary summary, Path file) {
        out().println(messages.get("cli.demo.done", summary.residents(), summary.households(), summary.areas(),
                summary.staff(), file.toString(), summary.assessments(), summary.plans(), summary.visits()));
        out().flush();
    }

    Messages messages() {
        return messages;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The subcommand's own {@code --db}, else the one given before the subcommand, else the default file. */
    Path databaseFile(DatabaseOption own) {
        if (own != null && own.path != null) {
            return own.path;
        }
        return database.path != null ? database.path : DataLocation.defaultDatabase();
    }

    /** Opens the file, creating it if needed: for commands that write. */
    AppContext open(Path file) {
        return AppContext.open(file, clock);
    }

    /** Opens a file that must already exist: a read-only command never leaves an empty file behind. */
    AppContext openExisting(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new Refusal("cli.db.missing", file.toString());
        }
        return open(file);
    }

    /** Audit entries from the command line name the OS user and the machine. */
    static Actor actor() {
        return new Actor("cli:" + System.getProperty("user.name"), hostname());
    }

    private static String hostname() {
        for (String variable : List.of("HOSTNAME", "COMPUTERNAME")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
