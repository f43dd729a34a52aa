package org.dolbom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.dolbom.app.AppContext;
import org.dolbom.app.WindowRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init, demo, check and search end to end on a real SQLite file, as a person would run them. */
class CommandsOnADataFileTest {

    /** An RRN, with or without its hyphen, anywhere in the output. */
    private static final String ANY_RRN = "(?s).*\\d{6}-?[0-9]\\d{6}.*";

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("dolbom.db").toString();
    }

    @Test
    void initThenCheckReportsAHealthyEmptyFile() {
        CommandRun init = CommandRun.of("init", "--db", db(), "--office-code", "4183025000",
                "--office-name", "양평군 양평읍 맞춤형복지팀");
        CommandRun check = CommandRun.of("check", "--db", db());

        assertThat(init.exitCode()).isZero();
        assertThat(init.out()).contains("양평군 양평읍 맞춤형복지팀", "4183025000");
        assertThat(check.exitCode()).isZero();
        assertThat(check.outLines()).first().isEqualTo("integrity: ok");
        assertThat(check.outLines()).contains("residents: 0");
        assertThat(check.err()).isEmpty();
    }

    @Test
    void initRefusesAFileThatBelongsToAnotherOffice() {
        CommandRun.of("init", "--db", db(), "--office-code", "4183025000", "--office-name", "양평읍");

        CommandRun other = CommandRun.of("init", "--db", db(), "--office-code", "4183032000",
                "--office-name", "용문면");

        assertThat(other.exitCode()).isEqualTo(1);
        assertThat(other.errLines()).singleElement().asString().contains("양평읍", "4183025000");
    }

    @Test
    void demoThenCheckCountsTheResidents() {
        CommandRun demo = CommandRun.of("demo", "--db", db(), "--residents", "300", "--seed", "4");
        CommandRun check = CommandRun.of("check", "--db", db());

        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("대상자 300명");
        assertThat(check.exitCode()).isZero();
        assertThat(check.outLines()).contains("integrity: ok", "residents: 300");
        Map<String, Long> counts = counted(check);
        assertThat(counts.get("assessments")).isBetween(240L, 300L);
        assertThat(counts.get("plans")).isBetween(counts.get("assessments") * 8 / 10, counts.get("assessments") * 3);
        assertThat(counts.get("planned services")).isBetween(counts.get("plans"), counts.get("plans") * 4);
        assertThat(counts.get("visits")).isBetween(300L * 4, 300L * 20);
        // One audit entry for the fill, not one per generated record.
        assertThat(counts.get("audit entries")).isEqualTo(1);
        assertThat(counts.get("follow-ups")).isPositive().isLessThan(counts.get("visits") / 5);
        assertThat(demo.out()).contains("방문·상담 기록 " + String.format("%,d", counts.get("visits")) + "건");
    }

    /** {@code check}'s "what: how many" lines as numbers. */
    private static Map<String, Long> counted(CommandRun check) {
        Map<String, Long> counts = new HashMap<>();
        for (String line : check.outLines()) {
            String[] parts = line.split(": ", 2);
            if (parts[1].matches("\\d+")) {
                counts.put(parts[0], Long.parseLong(parts[1]));
            }
        }
        return counts;
    }

    @Test
    void demoAfterInitKeepsTheOfficeTheTeamRegistered() {
        CommandRun.of("init", "--db", db(), "--office-code", "4183032000", "--office-name", "양평군 용문면 맞춤형복지팀");

        CommandRun demo = CommandRun.of("demo", "--db", db(), "--residents", "20");

        assertThat(demo.exitCode()).as(demo.err()).isZero();
        try (AppContext context = AppContext.open(Path.of(db()), Clock.systemDefaultZone())) {
            assertThat(context.office().office()).hasValueSatisfying(office -> {
                assertThat(office.code()).isEqualTo("4183032000");
                assertThat(office.name()).isEqualTo("양평군 용문면 맞춤형복지팀");
            });
        }
    }

    @Test
    void demoIntoAFileWithResidentsIsRefusedAndAddsNothing() {
        CommandRun.of("demo", "--db", db(), "--residents", "50");

        CommandRun again = CommandRun.of("demo", "--db", db(), "--residents", "50");

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.errLines()).singleElement().asString().contains("이미 대상자가 있어");
        assertThat(CommandRun.of("check", "--db", db()).outLines()).contains("residents: 50");
    }

    @Test
    void searchFindsKimMinsuByNameAndByInitialsWithoutShowingAnRrn() {
        CommandRun.of("demo", "--db", db(), "--residents", "300");

        for (String query : new String[] {"김민수", "ㄱㅁㅅ"}) {
            CommandRun search = CommandRun.of("search", "--db", db(), query, "--limit", "50");

            assertThat(search.exitCode()).as(query).isZero();
            assertThat(search.outLines()).as(query).anySatisfy(line -> {
                String[] fields = line.split("\t", -1);
                assertThat(fields).hasSize(5);
                assertThat(fields[0]).matches("[0-9a-f-]{36}");
                assertThat(fields[1]).isEqualTo("김민수");
                assertThat(fields[2]).matches("\\d{4}-\\d{2}-\\d{2}");
                assertThat(fields[3]).matches("010-\\*{4}-\\d{4}");
                assertThat(fields[4]).isEqualTo("양평읍 양근리");
            });
            assertThat(search.out()).as(query).doesNotMatch(ANY_RRN);
        }
    }

    @Test
    void theDemoOptionOpensTheWindowAtOnceAndLeavesTheFillingToIt() {
        CommandRun run = CommandRun.of("--db", db(), "--demo");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.windows()).containsExactly(new WindowRequest(Path.of(db()), true, false));
        // The command line no longer fills before the window: the window shows first and fills with progress.
        assertThat(run.out()).isEmpty();
        assertThat(Path.of(db())).doesNotExist();
    }

    @Test
    void aFileInUseElsewhereIsRefusedInOneLine() {
        CommandRun.of("init", "--db", db(), "--office-code", "4183025000", "--office-name", "양평읍");

        AppContext elsewhere = AppContext.open(Path.of(db()), Clock.systemDefaultZone());
        try {
            CommandRun check = CommandRun.of("check", "--db", db());

            assertThat(check.exitCode()).isEqualTo(1);
            assertThat(check.errLines()).singleElement().asString().doesNotContain("Exception", "store.locked");
        } finally {
            elsewhere.close();
        }
    }
}
