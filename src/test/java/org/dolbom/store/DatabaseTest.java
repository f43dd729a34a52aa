package org.dolbom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    @Test
    void aNewFileGetsTheWholeSchemaInItsOwnFolder() throws SQLException {
        Path file = folder.resolve("new").resolve("dolbom.db");
        try (Database database = Database.open(file)) {
            assertThat(database.file()).isEqualTo(file.toAbsolutePath());
        }
        List<String> tables = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertThat(tables).contains("office", "staff", "area", "household", "resident", "consent", "provider",
                "service", "assessment", "assessment_domain", "support_plan", "planned_service", "plan_check",
                "visit", "vitals", "visit_service", "schedule_entry", "referral", "outreach_event",
                "record_history", "audit_log", "sharing_ledger", "resident_fts");
    }

    @Test
    void theFileRunsInWalWithForeignKeysEnforced() {
        try (Database database = Database.open(folder.resolve("dolbom.db"))) {
            assertThat(pragma(database, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(database, "foreign_keys")).hasToString("1");
            assertThat(pragma(database, "synchronous")).hasToString("2");
            assertThatThrownBy(() -> database.inTransaction(() -> database.write(ctx -> ctx.execute(
                    "INSERT INTO consent (id, origin, created_at, updated_at, rev, resident_id, kind, granted, "
                            + "given_on) VALUES ('c', 'X', 'a', 'a', 'r', 'no-such-resident', 'THIRD_PARTY', 1, "
                            + "'2026-01-01')"))))
                    .isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.writeFailed");
        }
    }

    @Test
    void aSecondOpenInTheSameProgramIsRefusedAndTheFirstKeepsWorking() {
        Path file = folder.resolve("dolbom.db");
        try (CaseFile first = CaseFile.at(file)) {
            assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> Database.open(file))
                    .isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.locked"));
            first.staff.save(new org.dolbom.domain.Staff(null, "박간호", org.dolbom.domain.StaffRole.VISITING_NURSE,
                    null, true, 6));
            assertThat(first.staff.list(false)).hasSize(1);
        }
        try (Database again = Database.open(file)) {
            assertThat(new StaffStore(again).list(false)).hasSize(1);
        }
    }

    @Test
    void anotherProcessIsRefusedWhileTheFileIsOpen() throws Exception {
        Path file = folder.resolve("dolbom.db");
        try (Database ignored = Database.open(file)) {
            Process other = startOther(file, false);
            assertTimeoutPreemptively(HANG_GUARD, () -> {
                assertThat(firstLine(other)).isEqualTo(OpenFromAnotherProcess.LOCKED);
                assertThat(other.waitFor()).isEqualTo(3);
            });
        }
    }

    @Test
    void aCrashedProgramLeavesNoLockBehind() throws Exception {
        Path file = folder.resolve("dolbom.db");
        Process holder = startOther(file, true);
        try {
            assertTimeoutPreemptively(HANG_GUARD, () -> {
                assertThat(firstLine(holder)).isEqualTo(OpenFromAnotherProcess.OPENED);
                assertThatThrownBy(() -> Database.open(file))
                        .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.locked");
                holder.destroyForcibly().waitFor();
            });
        } finally {
            holder.destroyForcibly();
        }
        assertThat(Database.lockFileFor(file.toAbsolutePath())).exists();
        try (Database database = Database.open(file)) {
            assertThat(new Inventory(database).integrity()).isEqualTo("ok");
        }
    }

    @Test
    void closingTwiceIsHarmlessAndReleasesTheFile() {
        Path file = folder.resolve("dolbom.db");
        Database database = Database.open(file);
        database.close();
        database.close();
        try (Database again = Database.open(file)) {
            assertThat(again.file()).isEqualTo(file.toAbsolutePath());
        }
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftAlone() throws IOException {
        Path file = folder.resolve("letter.db");
        Files.writeString(file, "친애하는 팀장님께, 이것은 데이터베이스가 아닙니다.".repeat(50));
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.notDolbom");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        // the refusal released the lock
        assertThatThrownBy(() -> Database.open(file))
                .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.notDolbom");
    }

    @Test
    void anotherProgramsSqliteFileIsRefusedAndLeftAlone() throws SQLException, IOException {
        Path file = folder.resolve("accounts.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount INTEGER)");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.notDolbom");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFileFromANewerDolbomIsRefusedAndLeftAlone() throws SQLException, IOException {
        Path file = folder.resolve("dolbom.db");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'x', 0, 1)");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).messageKey())
                .isEqualTo("store.newerVersion");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void theNewestShippedSchemaIsFoundInTheResourcesNotWrittenIntoTheCode() throws IOException {
        SchemaVersion newest;
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = SchemaVersion.newestAmong(files.map(p -> p.getFileName().toString()).toList());
        }

        assertThat(SchemaVersion.newestShipped()).isEqualTo(newest);
        assertThat(SchemaVersion.newestAmong(java.util.List.of("V2__a.sql", "V10__b.sql", "V3_1__c.sql")))
                .isEqualTo(SchemaVersion.parse("10"));
        assertThat(SchemaVersion.parse("3.1")).isGreaterThan(SchemaVersion.parse("3"));
    }

    @Test
    void aFileWithTheNewestSchemaIsCurrentAndAFileFromAnOlderDolbomIsMigrated() throws SQLException {
        Path current = folder.resolve("current.db");
        Database.open(current).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + current)) {
            assertThat(SchemaVersion.appliedCleanly(c)).contains(SchemaVersion.newestShipped());
        }

        // A file an older Dolbom made: every shipped migration but the newest.
        List<SchemaVersion> shipped = SchemaVersion.shippedMigrationNames().stream()
                .filter(n -> n.matches("V[0-9._]+__.+\\.sql"))
                .map(n -> SchemaVersion.parse(n.substring(1, n.indexOf("__")))).sorted().toList();
        String previous = String.join(".", shipped.get(shipped.size() - 2).parts().stream()
                .map(String::valueOf).toList());
        Path older = folder.resolve("older.db");
        org.flywaydb.core.Flyway.configure().dataSource("jdbc:sqlite:" + older, null, null)
                .locations("classpath:db/migration").target(previous).load().migrate();

        Database.open(older).close();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + older)) {
            assertThat(SchemaVersion.appliedCleanly(c)).contains(SchemaVersion.newestShipped());
        }
    }

    @Test
    void aFailedMigrationInTheHistoryIsLeftToFlyway() throws SQLException {
        Path file = folder.resolve("dolbom.db");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("UPDATE flyway_schema_history SET success = 0 WHERE installed_rank = "
                    + "(SELECT max(installed_rank) FROM flyway_schema_history)");
            assertThat(SchemaVersion.appliedCleanly(c)).isEmpty();
        }
    }

    @Test
    void aFailedTransactionWritesNothing() {
        try (CaseFile caseFile = CaseFile.in(folder)) {
            assertThatThrownBy(() -> caseFile.database.inTransaction(() -> {
                caseFile.staff.save(new org.dolbom.domain.Staff(null, "이복지",
                        org.dolbom.domain.StaffRole.SOCIAL_WORKER, null, true, 6));
                throw new IllegalStateException("power cut");
            })).hasMessage("power cut");
            assertThat(caseFile.staff.list(true)).isEmpty();
        }
    }

    @Test
    void aReadFromAnotherThreadWaitsForTheWriteAndSeesItWhole() throws Exception {
        try (CaseFile caseFile = CaseFile.in(folder)) {
            java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            Thread writer = Thread.ofPlatform().start(() -> caseFile.database.inTransaction(() -> {
                caseFile.staff.save(new org.dolbom.domain.Staff(null, "가", org.dolbom.domain.StaffRole.OTHER,
                        null, true, 6));
                writing.countDown();
                awaitQuietly(release);
                caseFile.staff.save(new org.dolbom.domain.Staff(null, "나", org.dolbom.domain.StaffRole.OTHER,
                        null, true, 6));
                return null;
            }));
            assertTimeoutPreemptively(HANG_GUARD, () -> {
                writing.await();
                var seen = new java.util.concurrent.CompletableFuture<Integer>();
                Thread.ofPlatform().start(() -> seen.complete(caseFile.staff.list(true).size()));
                release.countDown();
                writer.join();
                assertThat(seen.get()).isEqualTo(2);
            });
        }
    }

    private static String pragma(Database database, String name) {
        return database.read(ctx -> String.valueOf(ctx.fetchValue("PRAGMA " + name)));
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Process startOther(Path file, boolean hold) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), OpenFromAnotherProcess.class.getName(),
                file.toString()));
        if (hold) {
            command.add("hold");
        }
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String firstLine(Process process) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        return reader.readLine();
    }
}
