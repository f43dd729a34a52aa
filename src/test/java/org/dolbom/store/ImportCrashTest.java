package org.dolbom.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.dolbom.app.AppContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed at random points (power cut, task manager) leaves the receiving file whole: it passes SQLite's
 * integrity check and holds exactly the state before the import or the state after it, never a mix.
 *
 * <p>The bundle is district-sized (a hundred thousand records), so kills land while the transaction is large: while
 * records are read and written, while residents are indexed for search, at the commit and after it.
 */
class ImportCrashTest {

    private static final int KILLS = 20;
    private static final int RESIDENTS = 20_000;

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesEitherTheBeforeOrTheAfterState() throws Exception {
        Path bundle = dir.resolve("large.dolbom.json");
        long records = LargeBundle.write(bundle, RESIDENTS, 7);
        assertThat(records).isEqualTo((long) RESIDENTS * LargeBundle.RECORDS_PER_RESIDENT);
        Path before = Files.createDirectories(dir.resolve("before"));
        try (AppContext receiver = Offices.open(before, "B1", "용문면")) {
            assertThat(receiver.inventory().integrity()).isEqualTo("ok");
        }
        String beforeState = state(before);

        Path complete = copy(before, "complete");
        long started = System.nanoTime();
        Process finished = start(complete, bundle);
        assertThat(firstLine(finished)).isEqualTo(ImportInAnotherProcess.DONE);
        assertThat(finished.waitFor(5, TimeUnit.MINUTES)).isTrue();
        long millis = (System.nanoTime() - started) / 1_000_000;
        String afterState = state(complete);
        assertThat(afterState).isNotEqualTo(beforeState).endsWith(" residents=" + RESIDENTS);

        Random random = new Random(20261122L);
        int sawBefore = 0;
        // Two imports run side by side, each killed at its own random moment: the same kills in half the time
        // on a machine with two cores.
        for (int i = 0; i < KILLS; i += 2) {
            List<Path> folders = List.of(copy(before, "killed" + i), copy(before, "killed" + (i + 1)));
            List<Process> processes = new ArrayList<>();
            for (Path folder : folders) {
                processes.add(start(folder, bundle));
            }
            long first = 200 + random.nextLong(Math.max(1, millis - 200));
            long second = 200 + random.nextLong(Math.max(1, millis - 200));
            Thread.sleep(Math.min(first, second));
            processes.get(first <= second ? 0 : 1).destroyForcibly();
            Thread.sleep(Math.abs(second - first));
            processes.get(first <= second ? 1 : 0).destroyForcibly();
            for (int k = 0; k < 2; k++) {
                assertThat(processes.get(k).waitFor(1, TimeUnit.MINUTES)).isTrue();
                String state = state(folders.get(k));
                assertThat(state).as("kill %d after import start", i + k).isIn(beforeState, afterState);
                if (state.equals(beforeState)) {
                    sawBefore++;
                }
                deleteAll(folders.get(k));
            }
        }
        // Some kills must land before the commit, or the test proves nothing about a half-done import.
        assertThat(sawBefore).isPositive();
    }

    /**
     * Integrity, case content, the links kept, the search index checked against the residents, and how many
     * history, audit and ledger rows there are (their times differ from run to run; their number may not).
     */
    private static String state(Path folder) {
        try (AppContext context = Offices.open(folder, "B1", "용문면")) {
            assertThat(context.inventory().integrity()).isEqualTo("ok");
            // Fails when the full-text index and the resident rows disagree.
            context.database().read(ctx -> ctx.execute(
                    "INSERT INTO resident_fts (resident_fts, rank) VALUES ('integrity-check', 1)"));
            return Offices.caseHash(context) + " history=" + Offices.count(context, "record_history")
                    + " audit=" + Offices.count(context, "audit_log")
                    + " ledger=" + Offices.count(context, "sharing_ledger")
                    + " links=" + Offices.count(context, "resident_link")
                    + " residents=" + Offices.count(context, "resident");
        }
    }

    private Path copy(Path from, String name) throws IOException {
        Path to = Files.createDirectories(dir.resolve(name));
        for (String file : List.of("B1.db", "B1.key")) {
            Files.copy(from.resolve(file), to.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        return to;
    }

    /** A killed copy is checked once; its tens of megabytes need not wait for the end of the test. */
    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Process start(Path folder, Path bundle) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), ImportInAnotherProcess.class.getName(),
                folder.resolve("B1.db").toString(), bundle.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String firstLine(Process process) throws IOException {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
    }
}
