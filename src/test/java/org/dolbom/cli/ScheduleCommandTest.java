package org.dolbom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dolbom.app.schedule.SmallTownship;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dolbom schedule} on a real data file: plan once, list, CSV for Excel and PDF sheets. */
class ScheduleCommandTest {

    private static final String WEEK = SmallTownship.NEXT_WEEK.toString();

    @TempDir
    Path dir;

    private List<String> names;

    @BeforeEach
    void township() {
        SmallTownship town = SmallTownship.in(dir, 4);
        names = town.residentNames();
        town.context.close();
    }

    private String db() {
        return dir.resolve("dolbom.db").toString();
    }

    @Test
    void planSavesTheWeekAndListingShowsEveryDueResident() {
        CommandRun plan = CommandRun.at(SmallTownship.CLOCK, "schedule", "--db", db(), "--week", WEEK, "--plan");
        CommandRun list = CommandRun.at(SmallTownship.CLOCK, "schedule", "--db", db(), "--week", WEEK);

        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.out()).contains(WEEK, "방문 8건");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.outLines()).hasSize(8);
        assertThat(list.out()).contains(names.toArray(String[]::new));
        assertThat(list.outLines()).allMatch(line -> line.startsWith("2026-11-2") && line.endsWith("\t예정"));
    }

    @Test
    void planningASavedWeekAgainSaysSoAndDoesNotDuplicate() {
        CommandRun.at(SmallTownship.CLOCK, "schedule", "--db", db(), "--week", WEEK, "--plan");

        CommandRun again = CommandRun.at(SmallTownship.CLOCK, "schedule", "--db", db(), "--week", WEEK, "--plan");
        CommandRun list = CommandRun.at(SmallTownship.CLOCK, "schedule", "--db", db(), "--week", WEEK);

        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).contains("이미 저장되어");
        assertThat(list.outLines()).hasSize(8);
    }

    @Test
    void csvStartsWithABomAndTheHeaderAndHasARowPerVisit() throws IOException {
        Path csv = dir.resolve("out").resolve("w48.csv");

        CommandRun run = CommandRun.at(SmallTownship.CLOCK, "schedule", "--db", db(), "--week", WEEK, "--plan", "--csv", csv.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("date,staff,resident id,resident name,area,purpose,status");
        assertThat(lines).hasSize(9);
        assertThat(lines.get(1)).matches("2026-11-2\\d,(박간호|최복지),[0-9a-f-]{36},\\S+,(양근리|회현리),.+,PLANNED");
        try (var files = Files.list(csv.getParent())) {
            assertThat(files).containsExactly(csv);
        }
    }

    @Test
    void pdfHasEveryResidentAndNoRrn() throws IOException {
        Path pdf = dir.resolve("w48.pdf");

        CommandRun run = CommandRun.at(SmallTownship.CLOCK, "schedule", "--db", db(), "--week", WEEK, "--plan", "--pdf", pdf.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(names.toArray(String[]::new));
            assertThat(text).contains("박간호", "최복지", "010-2000-0001");
            assertThat(text).doesNotContainPattern("\\d{6}-\\d{7}");
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void pdfForOneStaffMemberHasOnlyTheirResidents() throws IOException {
        Path pdf = dir.resolve("nurse.pdf");

        CommandRun run = CommandRun.at(SmallTownship.CLOCK, "schedule", "--db", db(), "--week", WEEK, "--plan", "--staff", "박간호",
                "--pdf", pdf.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(names.get(0), names.get(2)).doesNotContain(names.get(1), "최복지");
        }
    }

    @Test
    void aWrongWeekOrAnUnknownStaffMemberIsExplained() {
        CommandRun badWeek = CommandRun.at(SmallTownship.CLOCK, "schedule", "--db", db(), "--week", "2026-12");
        CommandRun nobody = CommandRun.at(SmallTownship.CLOCK, "schedule", "--db", db(), "--week", WEEK, "--staff", "홍길동");

        assertThat(badWeek.exitCode()).isEqualTo(2);
        assertThat(badWeek.err()).contains("2026-W49");
        assertThat(nobody.exitCode()).isEqualTo(1);
        assertThat(nobody.errLines()).singleElement().asString().contains("홍길동");
    }
}
