package org.dolbom.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.dolbom.app.WindowRequest;
import org.dolbom.i18n.Messages;

import picocli.CommandLine;

/** Runs {@code dolbom …} in-process with captured output, the way a person's terminal would see it. */
record CommandRun(int exitCode, String out, String err, List<WindowRequest> windows) {

    /** A desktop with a screen, as on the office PC. */
    static final ScreenCheck DESKTOP = new ScreenCheck("Linux", null, name -> "DISPLAY".equals(name) ? ":0" : null);

    static CommandRun of(String... args) {
        return in(Messages.korean(), args);
    }

    static CommandRun in(Messages messages, String... args) {
        return on(DESKTOP, messages, args);
    }

    /** Runs on a fixed day, as a person would on that day. */
    static CommandRun at(Clock clock, String... args) {
        return on(DESKTOP, clock, Messages.korean(), args);
    }

    static CommandRun on(ScreenCheck screen, Messages messages, String... args) {
        return on(screen, Clock.systemDefaultZone(), messages, args);
    }

    static CommandRun on(ScreenCheck screen, Clock clock, Messages messages, String... args) {
        List<WindowRequest> windows = new ArrayList<>();
        CommandLine commandLine = DolbomCommand.commandLine(messages, request -> {
            windows.add(request);
            return 0;
        }, screen, clock);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CommandRun(exitCode, out.toString(), err.toString(), windows);
    }

    List<Path> windowsOpened() {
        return windows.stream().map(WindowRequest::databaseFile).toList();
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
