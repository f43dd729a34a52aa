package org.dolbom.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.dolbom.app.AppContext;
import org.dolbom.domain.Office;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dolbom init}: prepares a data file for one office. */
@Command(name = "init")
final class InitCommand implements Callable<Integer> {

    private static final int MAX_CODE_LENGTH = 20;
    private static final int MAX_NAME_LENGTH = 100;

    @ParentCommand
    private DolbomCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private HelpOption help;

    @Option(names = "--office-code", paramLabel = "CODE", required = true, descriptionKey = "cli.option.officeCode")
    private String officeCode;

    @Option(names = "--office-name", paramLabel = "NAME", required = true, descriptionKey = "cli.option.officeName")
    private String officeName;

    @Override
    public Integer call() {
        String code = officeCode.strip();
        String name = officeName.strip();
        if (code.isEmpty() || code.length() > MAX_CODE_LENGTH || !code.matches("[0-9A-Za-z-]+")) {
            throw new ParameterException(spec.commandLine(),
                    root.messages().get("cli.init.badCode", MAX_CODE_LENGTH));
        }
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new ParameterException(spec.commandLine(),
                    root.messages().get("cli.init.badName", MAX_NAME_LENGTH));
        }
        Path file = root.databaseFile(database);
        try (AppContext context = root.open(file)) {
            Optional<Office> existing = context.office().office();
            if (existing.isPresent() && !existing.get().code().equals(code)) {
                throw new Refusal("cli.init.otherOffice", file.toString(), existing.get().name(),
                        existing.get().code());
            }
            Office office = context.database().inTransaction(() -> context.office().register(new Office(code, name)));
            root.out().println(root.messages().get("cli.init.done", office.name(), office.code(), file.toString()));
            root.out().flush();
        }
        return 0;
    }
}
