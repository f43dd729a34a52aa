package org.dolbom.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --db PATH}, accepted by the root command and by every subcommand. */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "PATH", descriptionKey = "cli.option.db")
    Path path;
}
