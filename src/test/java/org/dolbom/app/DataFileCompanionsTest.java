package org.dolbom.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dolbom.domain.Rrn;
import org.dolbom.ui.TestRegistry;

/** Each data file has its own key and settings beside it, and a key at the old shared name is never lost. */
class DataFileCompanionsTest {

    @TempDir
    Path dir;

    @Test
    void theKeyAndSettingsAreNamedAfterTheDataFile() {
        Path office = dir.resolve("office.db");

        assertThat(DataLocation.keyFileFor(office)).isEqualTo(dir.resolve("office.key"));
        assertThat(Settings.fileFor(office)).isEqualTo(dir.resolve("office.settings.properties"));
        assertThat(DataLocation.keyFileFor(dir.resolve("dolbom.db"))).isEqualTo(dir.resolve("dolbom.key"));
    }

    @Test
    void twoDataFilesInOneFolderGetTwoKeys() throws IOException {
        AppContext.open(dir.resolve("office.db"), TestRegistry.CLOCK).close();
        AppContext.open(dir.resolve("practice.db"), TestRegistry.CLOCK).close();

        assertThat(dir.resolve("office.key")).exists();
        assertThat(dir.resolve("practice.key")).exists();
        assertThat(Files.readAllBytes(dir.resolve("office.key")))
                .isNotEqualTo(Files.readAllBytes(dir.resolve("practice.key")));
    }

    @Test
    void aFileSealedUnderTheOldSharedKeyNameStillOpensItsNumbers() throws IOException {
        // An older Dolbom kept the key of office.db in dolbom.key.
        Path office = dir.resolve("office.db");
        TestRegistry.Seeded seeded = TestRegistry.seedWithIds(office);
        UUID kim = seeded.ids().get("김민수");
        seeded.context().close();
        Files.move(dir.resolve("office.key"), dir.resolve("dolbom.key"), StandardCopyOption.ATOMIC_MOVE);

        try (AppContext context = AppContext.open(office, TestRegistry.CLOCK)) {
            assertThat(context.residents().revealRrn(kim, TestRegistry.ACTOR)).contains(Rrn.parse("500101-1234567"));
        }
        assertThat(dir.resolve("office.key")).hasSameBinaryContentAs(dir.resolve("dolbom.key"));
        assertThat(dir.resolve("dolbom.key")).exists();
    }

    @Test
    void aNewDataFileBesideAnOldSharedKeyGetsAKeyOfItsOwn() throws IOException {
        Files.write(dir.resolve("dolbom.key"), new byte[32]);

        AppContext.open(dir.resolve("new.db"), TestRegistry.CLOCK).close();

        assertThat(Files.readAllBytes(dir.resolve("new.key"))).isNotEqualTo(new byte[32]);
    }
}
