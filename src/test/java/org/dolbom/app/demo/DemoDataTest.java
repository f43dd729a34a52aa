package org.dolbom.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import org.dolbom.app.AppContext;
import org.dolbom.domain.DueItem;
import org.dolbom.domain.PlanStatus;
import org.dolbom.domain.Resident;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RrnChange;
import org.dolbom.domain.ScheduleStatus;
import org.dolbom.domain.Staff;
import org.dolbom.domain.StaffRole;
import org.dolbom.domain.SupportPlan;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.schedule.NotPlaced;
import org.dolbom.schedule.Week;
import org.dolbom.store.Actor;
import org.dolbom.store.ResidentFilter;
import org.dolbom.store.ResidentRow;
import org.dolbom.store.ScheduleEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo case file as a team leader meets it on first run: full, believable, and the same every time. */
class DemoDataTest {

    /** Wednesday 18 November 2026, 10:00 in Korea. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T01:00:00Z"), ZoneId.of("Asia/Seoul"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private static final Actor ACTOR = new Actor("demo", "test");
    private static final int RESIDENTS = DemoData.DEFAULT_RESIDENTS;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static AppContext township;

    @BeforeAll
    static void fillOnce() {
        township = AppContext.open(shared.resolve("dolbom.db"), CLOCK);
        DemoData.fill(township, RESIDENTS, 1, ACTOR);
    }

    @AfterAll
    static void close() {
        township.close();
    }

    @Test
    void theSameSeedGivesTheSameRecordsWithTheSameIdsCountsAndVisitDates() {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, List<LocalDateTime>> visits = new LinkedHashMap<>();
        for (String name : List.of("a.db", "b.db")) {
            try (AppContext context = AppContext.open(dir.resolve(name), CLOCK)) {
                DemoSummary summary = DemoData.fill(context, 120, 4, ACTOR);
                Map<String, Long> theseCounts = context.inventory().counts();
                Map<String, List<LocalDateTime>> theseVisits = firstVisitDates(context);
                if (counts.isEmpty()) {
                    counts.putAll(theseCounts);
                    visits.putAll(theseVisits);
                    assertThat(summary.visits()).isPositive();
                } else {
                    assertThat(theseCounts).isEqualTo(counts);
                    assertThat(theseVisits).isEqualTo(visits);
                }
            }
        }
        assertThat(visits.values()).anySatisfy(dates -> assertThat(dates).hasSizeGreaterThan(3));
    }

    @Test
    void aCancelledFillLeavesTheFileWithoutResidentsAndReportsProgressUntilThen() {
        try (AppContext context = AppContext.open(dir.resolve("cancelled.db"), CLOCK)) {
            List<Integer> reported = new ArrayList<>();
            DemoProgress stopAtFifty = new DemoProgress() {
                @Override
                public void residentsWritten(int done, int total) {
                    assertThat(total).isEqualTo(200);
                    reported.add(done);
                }

                @Override
                public boolean cancelled() {
                    return !reported.isEmpty() && reported.getLast() >= 50;
                }
            };
            assertThatThrownBy(() -> DemoData.fill(context, 200, 2, ACTOR, stopAtFifty))
                    .isInstanceOf(CancellationException.class);
            assertThat(reported).isSorted().last().satisfies(done -> assertThat(done).isBetween(50, 199));
            assertThat(DemoData.hasResidents(context)).isFalse();
            assertThat(context.inventory().counts().getOrDefault("visits", 0L)).isZero();
        }
    }

    @Test
    void aboutTwoYearsOfVisitsEndBeforeToday() {
        Map<String, Long> counts = township.inventory().counts();

        assertThat(counts.get("services")).isEqualTo(DemoCatalogue.OFFERS.size());
        assertThat(counts.get("providers")).isGreaterThanOrEqualTo(5);
        assertThat(counts.get("assessments")).isBetween(RESIDENTS * 8L / 10, (long) RESIDENTS);
        // A plan runs a year, then the team makes the next one.
        assertThat(counts.get("plans")).isBetween(counts.get("assessments") * 8 / 10, counts.get("assessments") * 3);
        // Most are called every three months, a few are seen every week.
        assertThat(counts.get("visits")).isBetween(RESIDENTS * 4L, RESIDENTS * 20L);
        assertThat(counts.get("follow-ups")).isPositive().isLessThan(counts.get("visits") / 5);
        List<Visit> visits = sampleVisits();
        assertThat(visits).allSatisfy(v -> assertThat(v.visitedAt().toLocalDate()).isBefore(TODAY)
                .isAfterOrEqualTo(TODAY.minusYears(2)));
    }

    @Test
    void openResidentsWorkByOneMostlyActivePlanAndEarlierPlansEndedWithAReason() {
        List<SupportPlan> plans = new ArrayList<>();
        int open = 0;
        for (ResidentRow row : everyone()) {
            List<SupportPlan> own = township.plans().forResident(row.id());
            plans.addAll(own);
            if (row.status() == ResidentStatus.ACTIVE) {
                open++;
                assertThat(own).filteredOn(p -> p.status() != PlanStatus.ENDED).hasSizeLessThanOrEqualTo(1);
            } else {
                assertThat(own).allSatisfy(p -> assertThat(p.status()).isEqualTo(PlanStatus.ENDED));
            }
        }
        Map<PlanStatus, Long> byStatus = plans.stream()
                .collect(Collectors.groupingBy(SupportPlan::status, Collectors.counting()));

        assertThat(byStatus.keySet()).containsExactlyInAnyOrder(PlanStatus.values());
        assertThat(byStatus.get(PlanStatus.ACTIVE)).isGreaterThan(open * 8L / 10);
        assertThat(plans).allSatisfy(p -> assertThat(p.services()).hasSizeBetween(1, 4));
        assertThat(plans).filteredOn(p -> p.status() == PlanStatus.ENDED)
                .allSatisfy(p -> assertThat(p.endedReason()).isNotBlank());
    }

    @Test
    void theScheduleOpensOnAWorkedWeekLastWeekDoneThisWeekHalfDoneAndTheRestPlanned() {
        Week thisWeek = Week.containing(TODAY);
        List<ScheduleEntry> last = township.schedule().between(thisWeek.previous().monday(),
                thisWeek.previous().day(java.time.DayOfWeek.SUNDAY));
        List<ScheduleEntry> now = township.schedule().between(thisWeek.monday(), SUNDAY);

        assertThat(last).isNotEmpty().allSatisfy(e -> assertThat(e.status()).isNotEqualTo(ScheduleStatus.PLANNED));
        assertThat(last).extracting(ScheduleEntry::status).contains(ScheduleStatus.DONE, ScheduleStatus.ABSENT);
        assertThat(now).filteredOn(e -> e.date().isBefore(TODAY)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.visitId()).isNotNull());
        assertThat(now).filteredOn(e -> e.status() == ScheduleStatus.PLANNED).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date()).isAfterOrEqualTo(TODAY));
        // Everyone due this week is planned or listed; the due list says when each planned visit is.
        List<DueItem> due = township.caseFiles().due(TODAY, SUNDAY);
        Set<UUID> listed = township.schedule().notPlaced(thisWeek.monday()).stream().map(NotPlaced::residentId)
                .collect(Collectors.toSet());
        assertThat(due).allSatisfy(d -> assertThat(d.plannedOn() != null || listed.contains(d.residentId()))
                .as(d.residentName()).isTrue());
    }

    @Test
    void theAuditLogRecordsTheFillOnceNotEveryGeneratedRecord() {
        Map<String, Long> counts = township.inventory().counts();

        assertThat(counts.get("audit entries")).isEqualTo(1);
        // Plans ended later keep the version they started as, as ending them in the window would.
        assertThat(counts.get("history")).isPositive().isLessThan(counts.get("plans"));
    }

    @Test
    void demoResidentsAreFoundSealedAndEditedLikeAnyOther() {
        ResidentRow kim = township.residents().search("ㄱㅁㅅ", ResidentFilter.ALL, 0, 50).rows().stream()
                .filter(r -> r.name().equals("김민수")).findFirst().orElseThrow();
        assertThat(township.residents().search("오빈리", ResidentFilter.ALL, 0, 20).rows())
                .isNotEmpty().allSatisfy(r -> assertThat(r.areaLabel()).isEqualTo("양평읍 오빈리"));
        assertThat(township.residents().search(kim.birthDate().toString().replace("-", "").substring(2), 
                ResidentFilter.ALL, 0, 50).rows()).extracting(ResidentRow::id).contains(kim.id());

        try (AppContext context = AppContext.open(dir.resolve("edit.db"), CLOCK)) {
            DemoData.fill(context, 40, 3, ACTOR);
            List<ResidentRow> rows = context.residents().search("", ResidentFilter.ALL, 0, 40).rows();
            Resident sealed = rows.stream().map(r -> context.residents().open(r.id(), ACTOR))
                    .filter(r -> r.maskedRrn() != null).findFirst().orElseThrow();
            assertThat(context.residents().revealRrn(sealed.id(), ACTOR)).get()
                    .satisfies(rrn -> assertThat(rrn.masked()).isEqualTo(sealed.maskedRrn()));

            context.residents().save(sealed, RrnChange.keep(), ACTOR);
            assertThat(context.residents().history(sealed.id())).hasSize(1);
            SupportPlan plan = context.plans().forResident(sealed.id()).getFirst();
            context.plans().save(plan, ACTOR);
        }
    }

    @Test
    void nursesTakeVitalsAndSomeVisitsMissTheResident() {
        Set<UUID> nurses = township.staff().list(true).stream().filter(s -> s.role() == StaffRole.VISITING_NURSE)
                .map(Staff::id).collect(Collectors.toSet());
        List<Visit> visits = sampleVisits();

        assertThat(visits).anySatisfy(v -> {
            assertThat(v.staffId()).isIn(nurses);
            assertThat(v.vitals()).isNotNull();
            assertThat(v.vitals().problems()).isEmpty();
        });
        assertThat(visits).anySatisfy(v -> assertThat(v.vitals()).isNotNull()
                .satisfies(vitals -> assertThat(vitals.flags(null)).isNotEmpty()));
        assertThat(visits).filteredOn(v -> v.outcome() == VisitOutcome.MET).hasSizeGreaterThan(visits.size() * 3 / 4);
        assertThat(visits).anySatisfy(v -> assertThat(v.outcome()).isEqualTo(VisitOutcome.ABSENT));
        assertThat(visits).anySatisfy(v -> assertThat(v.outcome()).isEqualTo(VisitOutcome.REFUSED));
        assertThat(visits).allSatisfy(v -> assertThat(v.notes()).isNotBlank());
        assertThat(visits).anySatisfy(v -> assertThat(v.services()).isNotEmpty());
    }

    private static List<ResidentRow> everyone() {
        return township.residents().search("", ResidentFilter.ALL, 0, RESIDENTS).rows();
    }

    private static List<Visit> sampleVisits() {
        List<Visit> visits = new ArrayList<>();
        for (ResidentRow row : everyone().subList(0, 150)) {
            visits.addAll(township.visits().forResident(row.id(), 0, 1000));
        }
        return visits;
    }

    /** The visit times of the first residents in the registry, by id, name and birth date. */
    private static Map<String, List<LocalDateTime>> firstVisitDates(AppContext context) {
        Map<String, List<LocalDateTime>> dates = new LinkedHashMap<>();
        for (ResidentRow row : context.residents().search("", ResidentFilter.ALL, 0, 12).rows()) {
            dates.put(row.id() + " " + row.name() + " " + row.birthDate(), context.visits().forResident(row.id(), 0, 1000).stream()
                    .map(Visit::visitedAt).toList());
        }
        return dates;
    }
}
