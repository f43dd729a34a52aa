package org.dolbom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.dolbom.app.AppContext;
import org.dolbom.domain.DueReason;
import org.dolbom.domain.FollowUp;
import org.dolbom.domain.PlanCheck;
import org.dolbom.domain.PlanStatus;
import org.dolbom.domain.Resident;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.RrnChange;
import org.dolbom.domain.Sex;
import org.dolbom.domain.SupportPlan;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitFrequency;
import org.dolbom.domain.VisitKind;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.i18n.Messages;
import org.dolbom.store.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dolbom due} on a small case file whose every due date is known. */
class DueCommandTest {

    /** Wednesday 18 November 2026; the week ends on Sunday the 22nd. */
    private static final String WEDNESDAY = "2026-11-18";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T01:00:00Z"), ZoneId.of("Asia/Seoul"));
    private static final Messages KOREAN = Messages.korean();
    private static final Actor LEADER = new Actor("윤미경", "office-pc-1");

    @TempDir
    Path dir;

    private Path file;
    private UUID firstCheckMissed;
    private UUID visitLapsed;
    private UUID newIntake;
    private UUID metYesterday;

    /**
     * Four residents: 최순자 has had no first check since July (overdue 1 Oct), 박영수 was last met on 10 Oct with a
     * monthly plan (overdue 10 Nov), 강미숙 came in on 21 Oct with no plan yet (due 20 Nov), and 김말순 was met
     * yesterday and asked for a follow-up by Saturday (due 21 Nov) but is not due for her monthly visit.
     */
    @BeforeEach
    void caseFile() {
        file = dir.resolve("dolbom.db");
        try (AppContext context = AppContext.open(file, CLOCK)) {
            firstCheckMissed = resident(context, "최순자", RiskLevel.HIGH, LocalDate.of(2026, 6, 10));
            plan(context, firstCheckMissed, LocalDate.of(2026, 7, 1), VisitFrequency.WEEKLY);
            visit(context, firstCheckMissed, "2026-11-16T10:00", null);

            visitLapsed = resident(context, "박영수", RiskLevel.MEDIUM, LocalDate.of(2026, 8, 1));
            UUID lapsedPlan = plan(context, visitLapsed, LocalDate.of(2026, 8, 20), VisitFrequency.MONTHLY);
            check(context, lapsedPlan, LocalDate.of(2026, 10, 1));
            visit(context, visitLapsed, "2026-10-10T14:00", null);

            newIntake = resident(context, "강미숙", RiskLevel.LOW, LocalDate.of(2026, 10, 21));

            metYesterday = resident(context, "김말순", RiskLevel.MEDIUM, LocalDate.of(2026, 8, 1));
            UUID metPlan = plan(context, metYesterday, LocalDate.of(2026, 8, 20), VisitFrequency.MONTHLY);
            check(context, metPlan, LocalDate.of(2026, 10, 1));
            visit(context, metYesterday, "2026-11-17T11:00",
                    new FollowUp(LocalDate.of(2026, 11, 21), "병원 진료 결과 확인", null));
        }
    }

    @Test
    void listsEveryItemMostUrgentFirstInKorean() {
        CommandRun run = CommandRun.of("due", "--db", file.toString(), "--date", WEDNESDAY);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).containsExactly(
                firstCheckMissed + "\t최순자\t첫 점검 (계획 수립 후 3개월 이내)\t2026-10-01\toverdue\t",
                visitLapsed + "\t박영수\t정기 방문 (매월)\t2026-11-10\toverdue\t",
                newIntake + "\t강미숙\t지원계획 수립 (접수 후 30일 이내)\t2026-11-20\tdue\t",
                metYesterday + "\t김말순\t약속한 재방문 (방문 때 정한 날)\t2026-11-21\tdue\t");
        assertThat(KOREAN.of(DueReason.FIRST_CHECK)).contains("첫 점검");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aResidentMetYesterdayIsNotDueForAVisit() {
        CommandRun run = CommandRun.of("due", "--db", file.toString(), "--date", WEDNESDAY);

        assertThat(run.outLines()).filteredOn(line -> line.startsWith(metYesterday.toString()))
                .singleElement().asString().contains(KOREAN.of(DueReason.FOLLOW_UP))
                .doesNotContain(KOREAN.of(DueReason.VISIT_FREQUENCY));
    }

    @Test
    void reasonsAreInEnglishWhenAskedForButTheStateWordsStayTheSame() {
        Messages english = DolbomCommand.messagesFor("en");

        CommandRun run = CommandRun.in(english, "due", "--db", file.toString(), "--date", WEDNESDAY);

        assertThat(run.outLines()).extracting(line -> line.split("\t")[2] + " " + line.split("\t")[4])
                .containsExactly(english.of(DueReason.FIRST_CHECK) + " overdue",
                        "Regular visit (Monthly) overdue",
                        english.of(DueReason.PLAN_DEADLINE) + " due", english.of(DueReason.FOLLOW_UP) + " due");
        assertThat(english.of(DueReason.FIRST_CHECK)).startsWith("First check");
    }

    @Test
    void laterInTheYearTheDueItemsHaveBecomeOverdue() {
        CommandRun run = CommandRun.of("due", "--db", file.toString(), "--date", "2026-11-30");

        assertThat(run.outLines()).extracting(line -> line.split("\t")[1] + " " + line.split("\t")[4])
                .contains("강미숙 overdue", "김말순 overdue")
                .doesNotContain("강미숙 due", "김말순 due");
    }

    @Test
    void aDateThatIsNotADateIsAUsageError() {
        CommandRun run = CommandRun.of("due", "--db", file.toString(), "--date", "2026-13-01");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).first().asString().contains("YYYY-MM-DD", "2026-13-01");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingFileIsRefusedAndNotCreated() {
        Path missing = dir.resolve("nowhere.db");

        CommandRun run = CommandRun.of("due", "--db", missing.toString(), "--date", WEDNESDAY);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("데이터 파일이 없습니다");
        assertThat(missing).doesNotExist();
    }

    private static UUID resident(AppContext context, String name, RiskLevel risk, LocalDate intake) {
        Resident r = new Resident(null, null, name, LocalDate.of(1944, 5, 2), Sex.F, null, null, null, null, null,
                null, null, null, null, null, risk, null, null, null, null, intake, null, null, List.of());
        return context.residents().save(r, RrnChange.keep(), LEADER).id();
    }

    private static UUID plan(AppContext context, UUID residentId, LocalDate madeOn, VisitFrequency frequency) {
        return context.plans().save(new SupportPlan(null, null, residentId, null, madeOn, madeOn, null, "안부 확인",
                frequency, null, PlanStatus.ACTIVE, null, null, null, List.of()), LEADER).id();
    }

    private static void check(AppContext context, UUID planId, LocalDate on) {
        context.plans().saveCheck(new PlanCheck(null, planId, on, null, "계획대로 진행", null), LEADER);
    }

    private static void visit(AppContext context, UUID residentId, String at, FollowUp followUp) {
        context.visits().save(new Visit(null, null, residentId, null, LocalDateTime.parse(at),
                VisitKind.HOME, VisitOutcome.MET, "안부 확인", null, List.of(), followUp, null, 1), true, LEADER);
    }
}
