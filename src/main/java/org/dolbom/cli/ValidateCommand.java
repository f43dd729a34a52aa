package org.dolbom.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.dolbom.exchange.BundleReader;
import org.dolbom.exchange.BundleRefusal;
import org.dolbom.exchange.ValidBundle;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dolbom validate FILE}: checks a bundle without any data file. Prints {@code valid: N records}, or the
 * reason it is refused on stderr with exit code 1.
 */
@Command(name = "validate")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private DolbomCommand root;

    @Mixin
    private HelpOption help;

    @Option(names = "--passphrase-env", paramLabel = "VAR", descriptionKey = "cli.option.passphraseEnv")
    private String passphraseEnv;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.validate.option.file")
    private Path file;

    @Override
    public Integer call() {
        char[] passphrase = Passphrases.from(passphraseEnv);
        try {
            ValidBundle bundle = new BundleReader().validate(file,
                    () -> passphrase == null ? null : passphrase.clone());
            root.out().println("valid: " + bundle.totalRecords() + " records");
            root.out().flush();
            return 0;
        } catch (BundleRefusal refusal) {
            root.err().println(refusal.text(root.messages()));
            root.err().flush();
            return DolbomCommand.REFUSED;
        }
    }
}
