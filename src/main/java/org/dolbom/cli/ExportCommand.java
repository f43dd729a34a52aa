package org.dolbom.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

import org.dolbom.app.AppContext;
import org.dolbom.exchange.Progress;
import org.dolbom.exchange.Purpose;
import org.dolbom.exchange.Scope;
import org.dolbom.exchange.Sealing;
import org.dolbom.store.BundleExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dolbom export}: writes a bundle of everything, some areas, some residents or what changed since a date.
 * Plain by default (no RRNs); {@code --encrypt} seals it with the passphrase from {@code --passphrase-env}.
 */
@Command(name = "export")
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    private DolbomCommand root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private HelpOption help;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.export.option.out")
    private Path out;

    @Option(names = "--all", descriptionKey = "cli.export.option.all")
    private boolean all;

    @Option(names = "--area", arity = "1..*", paramLabel = "CODE", descriptionKey = "cli.export.option.area")
    private List<String> areas;

    @Option(names = "--resident", arity = "1..*", paramLabel = "ID", descriptionKey = "cli.export.option.resident")
    private List<String> residents;

    @Option(names = "--changed-since", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.export.option.changedSince")
    private String changedSince;

    @Option(names = "--purpose", paramLabel = "share|transfer|backup", descriptionKey = "cli.export.option.purpose")
    private String purpose = "backup";

    @Option(names = "--legal-basis", paramLabel = "TEXT", descriptionKey = "cli.export.option.legalBasis")
    private String legalBasis;

    @Option(names = "--consent-ref", paramLabel = "TEXT", descriptionKey = "cli.export.option.consentRef")
    private String consentRef;

    @Option(names = "--to", paramLabel = "TEXT", descriptionKey = "cli.export.option.to")
    private String recipient;

    @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "cli.export.option.reason")
    private String reason;

    @Option(names = "--encrypt", descriptionKey = "cli.export.option.encrypt")
    private boolean encrypt;

    @Option(names = "--passphrase-env", paramLabel = "VAR", descriptionKey = "cli.option.passphraseEnv")
    private String passphraseEnv;

    @Override
    public Integer call() {
        int scopes = (all ? 1 : 0) + (areas != null ? 1 : 0) + (residents != null ? 1 : 0)
                + (changedSince != null ? 1 : 0);
        if (scopes > 1) {
            throw usage("cli.export.oneScope");
        }
        Purpose chosen = purpose();
        if (chosen == Purpose.SHARE && (blank(legalBasis) || blank(consentRef))) {
            throw usage("cli.export.shareNeedsBasis");
        }
        if (encrypt && passphraseEnv == null) {
            throw usage("cli.export.encryptNeedsPassphrase");
        }
        char[] passphrase = encrypt ? Passphrases.from(passphraseEnv) : null;
        Path file = root.databaseFile(database);
        try (AppContext context = root.openExisting(file)) {
            Scope scope = scope(context);
            Sealing sealing = passphrase == null ? Sealing.none() : Sealing.withPassphrase(passphrase);
            BundleExport.Result result = context.bundleExport().export(
                    new BundleExport.Request(scope, chosen, legalBasis, consentRef, sealing, recipient), out,
                    DolbomCommand.actor(), Progress.NONE, () -> false);
            root.out().println(root.messages().get("cli.export.done", result.residents(),
                    result.bundle().totalRecords(), out.toString(), result.bundle().sha256()));
            if (result.transferred() > 0) {
                root.out().println(root.messages().get("cli.export.transferred", result.transferred()));
            }
            if (!encrypt) {
                root.out().println(root.messages().get("cli.export.noRrn"));
            }
            root.out().flush();
        }
        return 0;
    }

    private Scope scope(AppContext context) {
        if (areas != null) {
            return Scope.areas(context.bundleExport().areaIds(areas), reason);
        }
        if (residents != null) {
            return Scope.residents(residents, reason);
        }
        if (changedSince != null) {
            try {
                return Scope.changedSince(LocalDate.parse(changedSince), reason);
            } catch (DateTimeParseException e) {
                throw usage("cli.export.badDate", changedSince);
            }
        }
        return Scope.all(reason);
    }

    private Purpose purpose() {
        for (Purpose candidate : Purpose.values()) {
            if (candidate.code().equalsIgnoreCase(purpose.strip())) {
                return candidate;
            }
        }
        throw usage("cli.export.badPurpose", purpose);
    }

    private ParameterException usage(String key, Object... args) {
        return new ParameterException(spec.commandLine(), root.messages().get(key, args));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
