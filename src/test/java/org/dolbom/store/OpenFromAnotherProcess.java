package org.dolbom.store;

import java.nio.file.Path;

/**
 * Run in a second JVM by the single-instance tests: tries to open the data file and says what happened.
 * With {@code hold}, keeps the file open until killed.
 */
public final class OpenFromAnotherProcess {

    static final String OPENED = "opened";
    static final String LOCKED = "locked";

    private OpenFromAnotherProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Database database;
        try {
            database = Database.open(Path.of(args[0]));
        } catch (StoreException e) {
            System.out.println(e.messageKey().equals("store.locked") ? LOCKED : e.messageKey());
            System.out.flush();
            System.exit(3);
            return;
        }
        System.out.println(OPENED);
        System.out.flush();
        if (args.length > 1 && args[1].equals("hold")) {
            Thread.sleep(Long.MAX_VALUE);
        }
        database.close();
    }
}
