package org.dolbom.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.dolbom.app.AppContext;
import org.dolbom.store.ResidentFilter;
import org.dolbom.store.ResidentPage;
import org.dolbom.store.ResidentRow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dolbom search}: the registry's one search box, one tab-separated line per resident. Phones are masked and
 * the RRN never appears.
 */
@Command(name = "search")
final class SearchCommand implements Callable<Integer> {

    private static final int MAX_LIMIT = 1000;

    @ParentCommand
    private DolbomCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private HelpOption help;

    @Option(names = "--limit", paramLabel = "N", descriptionKey = "cli.option.limit")
    private int limit = 20;

    // Several words are one query, so 양평읍 양근리 needs no quotes.
    @Parameters(arity = "1..*", paramLabel = "QUERY", descriptionKey = "cli.option.query")
    private List<String> words;

    @Override
    public Integer call() {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ParameterException(spec.commandLine(), root.messages().get("cli.search.limitRange", MAX_LIMIT));
        }
        Path file = root.databaseFile(database);
        try (AppContext context = root.openExisting(file)) {
            ResidentPage page = context.residents().search(String.join(" ", words), ResidentFilter.ALL, 0, limit);
            for (ResidentRow row : page.rows()) {
                root.out().println(String.join("\t", row.id().toString(), row.name(),
                        row.birthDate() == null ? "" : row.birthDate().toString(), orEmpty(row.maskedPhone()),
                        orEmpty(row.areaLabel())));
            }
            root.out().flush();
            if (page.hasMore()) {
                root.err().println(root.messages().get("cli.search.more", limit));
                root.err().flush();
            }
        }
        return 0;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
