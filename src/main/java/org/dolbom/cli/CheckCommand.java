package org.dolbom.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.dolbom.app.AppContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dolbom check}: SQLite's integrity check and a count per record type. The lines are a fixed, script-friendly
 * format ({@code integrity: ok}, {@code residents: 2000}) in every UI language.
 */
@Command(name = "check")
final class CheckCommand implements Callable<Integer> {

    private static final String OK = "ok";

    @ParentCommand
    private DolbomCommand root;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private HelpOption help;

    @Override
    public Integer call() {
        Path file = root.databaseFile(database);
        try (AppContext context = root.openExisting(file)) {
            String integrity = context.inventory().integrity();
            root.out().println("integrity: " + integrity);
            for (Map.Entry<String, Long> count : context.inventory().counts().entrySet()) {
                root.out().println(count.getKey() + ": " + count.getValue());
            }
            root.out().flush();
            if (!OK.equals(integrity)) {
                root.err().println(root.messages().get("cli.check.damaged", file.toString()));
                root.err().flush();
                return DolbomCommand.REFUSED;
            }
        }
        return 0;
    }
}
