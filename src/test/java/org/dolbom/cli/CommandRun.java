package org.dolbom.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.dolbom.i18n.Messages;

import picocli.CommandLine;

/** Runs {@code dolbom …} in-process with captured output, the way a person's terminal would see it. */
record CommandRun(int exitCode, String out, String err, List<Path> windowsOpened) {

    static CommandRun of(String... args) {
        return in(Messages.korean(), args);
    }

    static CommandRun in(Messages messages, String... args) {
        return at(Clock.systemDefaultZone(), messages, args);
    }

    /** Runs on a fixed day, as a person would on that day. */
    static CommandRun at(Clock clock, String... args) {
        return at(clock, Messages.korean(), args);
    }

    static CommandRun at(Clock clock, Messages messages, String... args) {
        List<Path> windows = new ArrayList<>();
        CommandLine commandLine = DolbomCommand.commandLine(messages, windows::add, clock);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CommandRun(exitCode, out.toString(), err.toString(), windows);
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
