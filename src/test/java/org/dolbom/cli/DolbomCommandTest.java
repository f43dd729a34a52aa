package org.dolbom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.dolbom.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's own behaviour: usage, version, exit codes and refusals that need no data file. */
class DolbomCommandTest {

    @TempDir
    Path dir;

    @Test
    void helpIsInKoreanAndListsTheCommands() {
        CommandRun run = CommandRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("사용법:", "--db", "--demo", "init", "demo", "check", "search", "due",
                "창을 엽니다");
    }

    @Test
    void subcommandHelpDescribesItsOptions() {
        CommandRun run = CommandRun.of("demo", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--residents", "기본값: 2000", "--seed");
    }

    @Test
    void versionFallsBackToDevOutsideTheJar() {
        CommandRun run = CommandRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("돌봄 dev");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithAShortHint() {
        CommandRun run = CommandRun.of("check", "--bogus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("알 수 없는 옵션이나 인수입니다: --bogus",
                "사용법을 보려면 dolbom check --help 를 실행하세요.");
    }

    @Test
    void aMissingRequiredOptionIsAUsageError() {
        CommandRun run = CommandRun.of("init", "--db", dir.resolve("new.db").toString(), "--office-code", "1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("꼭 필요한 값이 빠졌습니다", "--office-name");
        assertThat(dir.resolve("new.db")).doesNotExist();
    }

    @Test
    void anImpossibleResidentCountIsAUsageError() {
        CommandRun run = CommandRun.of("demo", "--db", dir.resolve("new.db").toString(), "--residents", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--residents 는 1부터");
        assertThat(dir.resolve("new.db")).doesNotExist();
    }

    @Test
    void aWordWhereANumberBelongsIsAUsageError() {
        CommandRun run = CommandRun.of("search", "--db", dir.resolve("any.db").toString(), "--limit", "many", "김");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).first().isEqualTo("--limit에 쓸 수 없는 값입니다: many");
    }

    @Test
    void checkingAFileThatDoesNotExistIsRefusedInOneKoreanLineAndCreatesNothing() {
        Path missing = dir.resolve("nowhere.db");

        CommandRun run = CommandRun.of("check", "--db", missing.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("데이터 파일이 없습니다: " + missing)
                .doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
        assertThat(missing).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void searchingAFileThatDoesNotExistCreatesNothing() {
        Path missing = dir.resolve("nowhere.db");

        CommandRun run = CommandRun.of("search", "--db", missing.toString(), "김민수");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).hasSize(1);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void reasonsAreInEnglishWhenAskedFor() {
        Path missing = dir.resolve("nowhere.db");

        CommandRun run = CommandRun.in(DolbomCommand.messagesFor("en"), "--db", missing.toString(), "check");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("There is no data file at " + missing
                + ". Check the path, or create a new file with dolbom init or dolbom demo.");
    }

    @Test
    void languageIsKoreanUnlessEnglishIsAskedFor() {
        assertThat(DolbomCommand.messagesFor(null).locale()).isEqualTo(Messages.KOREAN);
        assertThat(DolbomCommand.messagesFor("fr").locale()).isEqualTo(Messages.KOREAN);
        assertThat(DolbomCommand.messagesFor("EN").locale()).isEqualTo(Messages.ENGLISH);
    }

    @Test
    void noSubcommandOpensTheWindowOnTheGivenFile() {
        Path file = dir.resolve("office.db");

        CommandRun run = CommandRun.of("--db", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.windowsOpened()).containsExactly(file);
    }

    @Test
    void withoutAScreenTheWindowIsNotTriedAndTheCommandsThatWorkAreNamed() {
        ScreenCheck server = new ScreenCheck("Linux", null, name -> null);

        CommandRun run = CommandRun.on(server, Messages.korean(), "--db", dir.resolve("office.db").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.windows()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("화면(디스플레이)이 없어 돌봄 창을 열 수 없습니다.")
                .contains("search, due, schedule, export, import, validate, check, demo, init")
                .doesNotContain("Exception", "\tat ");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void withoutAScreenTheReasonIsInEnglishWhenAskedFor() {
        ScreenCheck server = new ScreenCheck("Linux", null, name -> "");

        CommandRun run = CommandRun.on(server, DolbomCommand.messagesFor("en"), "--demo");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("There is no screen (display), so the Dolbom window cannot open.");
    }

    @Test
    void aScreenIsThereWithAnXOrWaylandDisplayOnWindowsAndMacAndOnTheHeadlessTestPlatform() {
        assertThat(new ScreenCheck("Linux", null, name -> "DISPLAY".equals(name) ? ":0" : null).screenAvailable())
                .isTrue();
        assertThat(new ScreenCheck("Linux", null, name -> "WAYLAND_DISPLAY".equals(name) ? "wayland-0" : null)
                .screenAvailable()).isTrue();
        assertThat(new ScreenCheck("Linux", "Monocle", name -> null).screenAvailable()).isTrue();
        assertThat(new ScreenCheck("Windows 11", null, name -> null).screenAvailable()).isTrue();
        assertThat(new ScreenCheck("Mac OS X", null, name -> null).screenAvailable()).isTrue();
        assertThat(new ScreenCheck("Linux", null, name -> null).screenAvailable()).isFalse();
    }

    @Test
    void theStartupProbeIsHandedToTheWindow() {
        CommandRun run = CommandRun.of("--db", dir.resolve("office.db").toString(), "--startup-probe");

        assertThat(run.exitCode()).isZero();
        assertThat(run.windows()).singleElement().satisfies(w -> {
            assertThat(w.startupProbe()).isTrue();
            assertThat(w.demo()).isFalse();
        });
    }

    @Test
    void theStallProbeAndItsBundleAreHandedToTheWindow() {
        CommandRun run = CommandRun.of("--db", dir.resolve("office.db").toString(), "--stall-probe",
                "--stall-import", dir.resolve("all.dolbom.json").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.windows()).singleElement().satisfies(w -> {
            assertThat(w.stallProbe()).isNotNull();
            assertThat(w.stallProbe().importBundle()).isEqualTo(dir.resolve("all.dolbom.json"));
            assertThat(w.startupProbe()).isFalse();
        });
    }
}
