package org.dolbom.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} on every command, described in the user's language. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.option.help")
    boolean requested;
}
