package org.dolbom.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.dolbom.app.AppContext;
import org.dolbom.exchange.BundleReader;
import org.dolbom.exchange.BundleRefusal;
import org.dolbom.exchange.MergeClass;
import org.dolbom.exchange.PossibleDuplicate;
import org.dolbom.exchange.Progress;
import org.dolbom.exchange.Receipt;
import org.dolbom.i18n.Messages;
import org.dolbom.store.ImportPreview;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dolbom import FILE}: imports a bundle in one transaction (or only reports with {@code --dry-run}) and
 * writes a receipt for the sender. Given a receipt instead, marks the sent bundle as received. The last line is
 * always {@code new=N updated=N unchanged=N conflicts=N refused=N}.
 */
@Command(name = "import")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private DolbomCommand root;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private HelpOption help;

    @Option(names = "--dry-run", descriptionKey = "cli.import.option.dryRun")
    private boolean dryRun;

    @Option(names = "--passphrase-env", paramLabel = "VAR", descriptionKey = "cli.option.passphraseEnv")
    private String passphraseEnv;

    @Option(names = "--receipt", paramLabel = "FILE", descriptionKey = "cli.import.option.receipt")
    private Path receipt;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.import.option.file")
    private Path file;

    @Override
    public Integer call() {
        Messages messages = root.messages();
        if (!Files.isRegularFile(file)) {
            throw new Refusal("cli.import.noFile", file.toString());
        }
        char[] passphrase = Passphrases.from(passphraseEnv);
        Path db = root.databaseFile(database);
        try (AppContext context = root.open(db)) {
            if (Receipt.isReceipt(file)) {
                Receipt read = Receipt.read(file);
                context.ledger().acknowledge(read);
                root.out().println(messages.get("cli.import.receiptDone", read.receiverName(),
                        read.bundleSha256().substring(0, 12)));
                root.out().flush();
                return 0;
            }
            if (passphrase == null && BundleReader.isEncrypted(file)) {
                throw new Refusal("cli.import.passphraseNeeded");
            }
            ImportPreview result;
            if (dryRun) {
                result = context.bundleImport().preview(file, () -> copy(passphrase), Progress.NONE, () -> false);
            } else {
                Path receiptFile = receipt != null ? receipt : Receipt.besides(file);
                result = context.bundleImport().apply(file, () -> copy(passphrase), DolbomCommand.actor(),
                        receiptFile, Progress.NONE, () -> false);
                root.out().println(messages.get("cli.import.receiptWritten", receiptFile.toString()));
            }
            report(result, messages);
            return 0;
        } catch (BundleRefusal refusal) {
            root.err().println(refusal.text(messages).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip());
            root.err().flush();
            return DolbomCommand.REFUSED;
        }
    }

    private void report(ImportPreview result, Messages messages) {
        for (ImportPreview.Line line : result.lines()) {
            if (line.kind() == MergeClass.CONFLICT || line.kind() == MergeClass.REFUSED) {
                String reason = line.reasonKey() == null ? "" : " " + messages.get(line.reasonKey(),
                        line.reasonArgs());
                root.out().println(messages.of(line.kind()) + "\t" + messages.of(line.type()) + "\t" + line.id()
                        + reason);
            }
        }
        for (PossibleDuplicate duplicate : result.duplicates()) {
            root.out().println(messages.get("cli.import.duplicate", duplicate.incomingId(), duplicate.localId(),
                    messages.of(duplicate.reason())));
        }
        root.out().println(result.summary());
        root.out().flush();
    }

    private static char[] copy(char[] passphrase) {
        return passphrase == null ? null : passphrase.clone();
    }
}
