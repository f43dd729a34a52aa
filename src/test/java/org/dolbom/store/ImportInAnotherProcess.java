package org.dolbom.store;

import java.nio.file.Path;

import org.dolbom.app.AppContext;

/** Run in a second JVM by the crash test: imports a bundle into a data file, then says "done". */
public final class ImportInAnotherProcess {

    static final String DONE = "done";

    private ImportInAnotherProcess() {
    }

    public static void main(String[] args) {
        try (AppContext context = AppContext.open(Path.of(args[0]), Offices.CLOCK)) {
            Offices.importFile(context, Path.of(args[1]));
        }
        System.out.println(DONE);
        System.out.flush();
    }
}
