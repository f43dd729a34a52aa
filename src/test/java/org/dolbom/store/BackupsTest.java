package org.dolbom.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.dolbom.domain.RrnChange;
import org.dolbom.domain.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path folder;

    @Test
    void closingLeavesABackupThatOpensCleanWithEveryResident() throws IOException {
        try (CaseFile caseFile = CaseFile.in(folder)) {
            caseFile.residents.save(CaseFile.fullResident(), RrnChange.keep(), CaseFile.LEADER);
            caseFile.residents.save(CaseFile.named("이순자", LocalDate.of(1952, 7, 7), Sex.F), RrnChange.keep(),
                    CaseFile.LEADER);
        }
        List<Path> backups = Files.list(folder.resolve("backups")).toList();
        assertThat(backups).hasSize(1);
        assertThat(backups.getFirst().getFileName().toString()).matches("dolbom-\\d{8}-\\d{6}-\\d{3}\\.db");

        Path restored = Files.createDirectory(folder.resolve("restored")).resolve("dolbom.db");
        Files.copy(backups.getFirst(), restored);
        try (CaseFile caseFile = CaseFile.at(restored)) {
            assertThat(caseFile.inventory.integrity()).isEqualTo("ok");
            assertThat(caseFile.inventory.counts().get("residents")).isEqualTo(2);
            assertThat(caseFile.residents.history(caseFile.database.read(ctx -> java.util.UUID.fromString(
                    ctx.fetchValue("SELECT id FROM resident WHERE name = '이순자'").toString())))).isEmpty();
        }
    }

    @Test
    void aBackupWhileOpenSeesEverythingCommitted() {
        try (CaseFile caseFile = CaseFile.in(folder)) {
            caseFile.residents.save(CaseFile.fullResident(), RrnChange.keep(), CaseFile.LEADER);
            Path backup = caseFile.backups.backupNow();

            assertThat(caseFile.backups.list()).containsExactly(backup);
            assertThat(backup.resolveSibling(backup.getFileName() + ".partial")).doesNotExist();
            Path copy = folder.resolve("copy").resolve("dolbom.db");
            try {
                Files.createDirectories(copy.getParent());
                Files.copy(backup, copy);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            try (Database restored = Database.open(copy)) {
                assertThat(new Inventory(restored).counts().get("residents")).isEqualTo(1);
            }
        }
    }

    @Test
    void onlyTheNewestSevenAreKept() {
        try (CaseFile caseFile = CaseFile.in(folder)) {
            Path first = caseFile.backups.backupNow();
            Path newest = first;
            for (int i = 0; i < 9; i++) {
                newest = caseFile.backups.backupNow();
            }

            List<Path> kept = caseFile.backups.list();
            assertThat(kept).hasSize(Backups.KEEP);
            assertThat(kept.getFirst()).isEqualTo(newest);
            assertThat(first).doesNotExist();
        }
        // closing added one more and still kept seven
        assertThat(folder.resolve("backups").toFile().list()).hasSize(Backups.KEEP);
    }

    @Test
    void aSessionThatOnlyReadDoesNotPushRealBackupsOut() {
        try (CaseFile caseFile = CaseFile.in(folder)) {
            caseFile.residents.save(CaseFile.fullResident(), RrnChange.keep(), CaseFile.LEADER);
        }
        Path file = folder.resolve("dolbom.db");
        List<String> before = List.of(folder.resolve("backups").toFile().list());

        for (int i = 0; i < Backups.KEEP + 2; i++) {
            try (Database database = Database.open(file)) {
                assertThat(new Inventory(database).counts().get("residents")).isEqualTo(1);
            }
        }

        assertThat(folder.resolve("backups").toFile().list()).containsExactlyInAnyOrderElementsOf(before);
    }
}
