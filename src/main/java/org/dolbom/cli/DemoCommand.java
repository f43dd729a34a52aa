package org.dolbom.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.dolbom.app.AppContext;
import org.dolbom.app.demo.DemoData;
import org.dolbom.app.demo.DemoSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dolbom demo}: fills a file that has no residents yet with the 양평군 demo township. */
@Command(name = "demo")
final class DemoCommand implements Callable<Integer> {

    private static final int MAX_RESIDENTS = 1_000_000;

    @ParentCommand
    private DolbomCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private HelpOption help;

    @Option(names = "--residents", paramLabel = "N", descriptionKey = "cli.option.residents")
    private int residents = DemoData.DEFAULT_RESIDENTS;

    @Option(names = "--seed", paramLabel = "N", descriptionKey = "cli.option.seed")
    private long seed = DemoData.DEFAULT_SEED;

    @Override
    public Integer call() {
        if (residents < 1 || residents > MAX_RESIDENTS) {
            throw new ParameterException(spec.commandLine(),
                    root.messages().get("cli.demo.residentsRange", MAX_RESIDENTS));
        }
        Path file = root.databaseFile(database);
        try (AppContext context = root.open(file)) {
            if (DemoData.hasResidents(context)) {
                throw new Refusal("cli.demo.notEmpty", file.toString());
            }
            DemoSummary summary = DemoData.fill(context, residents, seed, DolbomCommand.actor());
            root.report(summary, file);
        }
        return 0;
    }
}
