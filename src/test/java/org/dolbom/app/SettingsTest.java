package org.dolbom.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void aFirstStartGetsKoreanLightAtNormalSize() {
        Settings settings = Settings.load(dir.resolve(Settings.FILE_NAME));

        assertThat(settings).isEqualTo(new Settings("ko", Settings.Theme.LIGHT, 100, null));
    }

    @Test
    void theDividerTheResidentScreenWasLeftAtIsThereNextTime() {
        Path file = Settings.fileFor(dir.resolve("dolbom.db"));
        Settings.defaults().withResidentsDivider(0.38).withTheme(Settings.Theme.DARK).save(file);

        assertThat(Settings.load(file).residentsDivider()).isEqualTo(0.38);
        // A divider dragged nearly shut is not kept: either side would be hard to find next time.
        assertThat(Settings.defaults().withResidentsDivider(0.02).residentsDivider())
                .isEqualTo(Settings.DEFAULT_RESIDENTS_DIVIDER);
    }

    @Test
    void whatThePersonChoseIsThereNextTime() {
        Path file = Settings.fileFor(dir.resolve("dolbom.db"));
        UUID staff = UUID.randomUUID();
        Settings chosen = Settings.defaults().withLanguage("en").withTheme(Settings.Theme.DARK)
                .withScalePercent(150).withCurrentStaffId(staff);

        chosen.save(file);

        assertThat(file).isEqualTo(dir.resolve("dolbom.settings.properties"));
        assertThat(Settings.load(file)).isEqualTo(chosen);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDamagedValueFallsBackInsteadOfKeepingTheWindowShut() throws IOException {
        Path file = dir.resolve(Settings.FILE_NAME);
        Files.writeString(file, "language=fr\ntheme=purple\nscale=300\ncurrentStaffId=not-a-uuid\n");

        assertThat(Settings.load(file)).isEqualTo(Settings.defaults());
    }

    @Test
    void twoDataFilesInOneFolderKeepTheirOwnSettings() {
        Path office = dir.resolve("office.db");
        Path practice = dir.resolve("practice.db");

        Settings.defaults().withTheme(Settings.Theme.DARK).save(Settings.fileFor(office));
        Settings.defaults().withLanguage("en").save(Settings.fileFor(practice));

        assertThat(Settings.fileFor(office)).isEqualTo(dir.resolve("office.settings.properties"));
        assertThat(Settings.loadFor(office)).isEqualTo(Settings.defaults().withTheme(Settings.Theme.DARK));
        assertThat(Settings.loadFor(practice)).isEqualTo(Settings.defaults().withLanguage("en"));
    }

    @Test
    void theSharedSettingsOfAnOlderVersionAreReadUntilTheFileHasItsOwn() {
        Path office = dir.resolve("office.db");
        Settings older = Settings.defaults().withLanguage("en").withScalePercent(125);
        older.save(dir.resolve(Settings.FILE_NAME));

        assertThat(Settings.loadFor(office)).isEqualTo(older);

        Settings.defaults().save(Settings.fileFor(office));
        assertThat(Settings.loadFor(office)).isEqualTo(Settings.defaults());
    }
}
