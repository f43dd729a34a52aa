package org.dolbom.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.dolbom.app.AppContext;
import org.dolbom.exchange.BundleContent;
import org.dolbom.exchange.BundleWriter;
import org.dolbom.exchange.Envelope;
import org.dolbom.exchange.Origin;
import org.dolbom.exchange.Progress;
import org.dolbom.exchange.Purpose;
import org.dolbom.exchange.Scope;
import org.dolbom.exchange.Sealing;
import org.dolbom.exchange.json.ConsentJson;
import org.dolbom.exchange.json.RecordType;
import org.dolbom.exchange.json.ResidentJson;
import org.dolbom.testing.ForAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed at random points (power cut, task manager) leaves the receiving file whole: it passes SQLite's
 * integrity check and holds exactly the state before the import or the state after it, never a mix.
 */
class ImportCrashTest {

    private static final int KILLS = 5;
    private static final int RESIDENTS = 3000;

    @TempDir
    Path dir;

    @Test
    void aKilledImportLeavesEitherTheBeforeOrTheAfterState() throws Exception {
        Path bundle = dir.resolve("large.dolbom.json");
        long records = largeBundle(bundle, RESIDENTS);
        Path before = Files.createDirectories(dir.resolve("before"));
        try (AppContext receiver = Offices.open(before, "B1", "용문면")) {
            assertThat(receiver.inventory().integrity()).isEqualTo("ok");
        }
        String beforeState = state(before);

        Path complete = copy(before, "complete");
        long started = System.nanoTime();
        Process finished = start(complete, bundle);
        assertThat(firstLine(finished)).isEqualTo(ImportInAnotherProcess.DONE);
        assertThat(finished.waitFor(60, TimeUnit.SECONDS)).isTrue();
        long millis = (System.nanoTime() - started) / 1_000_000;
        String afterState = state(complete);
        assertThat(afterState).isNotEqualTo(beforeState);

        Random random = new Random(20261122L);
        int sawBefore = 0;
        for (int i = 0; i < KILLS; i++) {
            Path folder = copy(before, "killed" + i);
            Process process = start(folder, bundle);
            Thread.sleep(200 + random.nextLong(Math.max(1, millis - 200)));
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String state = state(folder);
            assertThat(state).as("kill %d after import start", i).isIn(beforeState, afterState);
            if (state.equals(beforeState)) {
                sawBefore++;
            }
        }
        // Some kills must land before the commit, or the test proves nothing about a half-done import.
        assertThat(sawBefore).isPositive();
    }

    /** Residents with two consents each, written straight as a bundle (no sender file to fill first). */
    private static long largeBundle(Path target, int residents) {
        Instant at = Instant.parse("2026-11-01T00:00:00Z");
        Random random = new Random(7);
        List<ResidentJson> people = new ArrayList<>();
        List<ConsentJson> consents = new ArrayList<>();
        for (int i = 0; i < residents; i++) {
            String id = new UUID(random.nextLong(), random.nextLong()).toString();
            people.add(new ResidentJson(id, "A1", "rev-" + id, null, List.of(), at, at, false,
                    ForAll.hangul(random, 3), LocalDate.of(1930 + random.nextInt(40), 1 + random.nextInt(12), 1),
                    random.nextBoolean() ? "M" : "F", null, null, "010" + (10_000_000 + random.nextInt(89_999_999)),
                    null, "경기도 양평군 양평읍 양근리 " + i, null, null, null, null, "ALONE", List.of(), "LOW",
                    "ACTIVE", null, null, null, null, null, null, null, null));
            for (String kind : List.of("COLLECTION_USE", "THIRD_PARTY")) {
                String consentId = new UUID(random.nextLong(), random.nextLong()).toString();
                consents.add(new ConsentJson(consentId, "A1", "rev-" + consentId, null, List.of(), at, at, false, id,
                        kind, true, LocalDate.of(2026, 1, 2), null));
            }
        }
        return new BundleWriter().write(target, new Envelope(at, new Origin("A1", "행복동"), Purpose.BACKUP,
                        Scope.all(null), null, null, false),
                new BundleContent().add(RecordType.RESIDENTS, people).add(RecordType.CONSENTS, consents),
                Sealing.none(), Progress.NONE, () -> false).totalRecords();
    }

    /** Integrity, counts and case content of the receiving file. */
    private static String state(Path folder) {
        try (AppContext context = Offices.open(folder, "B1", "용문면")) {
            assertThat(context.inventory().integrity()).isEqualTo("ok");
            return Offices.caseHash(context) + " history=" + Offices.count(context, "record_history")
                    + " audit=" + Offices.count(context, "audit_log")
                    + " ledger=" + Offices.count(context, "sharing_ledger")
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
