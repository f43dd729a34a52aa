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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import org.dolbom.app.AppContext;
import org.dolbom.domain.DueItem;
import org.dolbom.domain.DueReason;
import org.dolbom.domain.DueState;
import org.dolbom.domain.PlanStatus;
import org.dolbom.domain.Staff;
import org.dolbom.domain.StaffRole;
import org.dolbom.domain.SupportPlan;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.store.Actor;
import org.dolbom.store.ResidentFilter;
import org.dolbom.store.ResidentRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo case file as a team leader meets it on first run: full, believable, and the same every time. */
class DemoDataTest {

    /** Wednesday 18 November 2026, 10:00 in Korea; the week ends on Sunday the 22nd. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T01:00:00Z"), ZoneId.of("Asia/Seoul"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private static final Actor ACTOR = new Actor("demo", "test");
    private static final int RESIDENTS = 500;

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
    void theSameSeedGivesTheSameCountsAndTheSameVisitDates() {
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
        assertThat(counts.get("plans")).isBetween(counts.get("assessments") * 8 / 10, counts.get("assessments") * 2);
        assertThat(counts.get("visits")).isBetween(RESIDENTS * 12L, RESIDENTS * 35L);
        assertThat(counts.get("follow-ups")).isPositive().isLessThan(counts.get("visits") / 5);
        List<Visit> visits = sampleVisits();
        assertThat(visits).allSatisfy(v -> assertThat(v.visitedAt().toLocalDate()).isBefore(TODAY)
                .isAfterOrEqualTo(TODAY.minusYears(2)));
    }

    @Test
    void plansAreMostlyActiveWithSomeInEveryOtherStatus() {
        List<SupportPlan> plans = new ArrayList<>();
        for (ResidentRow row : everyone()) {
            plans.addAll(township.plans().forResident(row.id()));
        }
        Map<PlanStatus, Long> byStatus = plans.stream()
                .collect(Collectors.groupingBy(SupportPlan::status, Collectors.counting()));

        assertThat(byStatus.keySet()).containsExactlyInAnyOrder(PlanStatus.values());
        assertThat(byStatus.get(PlanStatus.ACTIVE)).isGreaterThan(plans.size() / 2L);
        assertThat(plans).allSatisfy(p -> assertThat(p.services()).hasSizeBetween(1, 4));
        assertThat(plans).filteredOn(p -> p.status() == PlanStatus.ENDED)
                .allSatisfy(p -> assertThat(p.endedReason()).isNotBlank());
    }

    @Test
    void theDueListHasEveryReasonAndSomeoneOverdue() {
        List<DueItem> due = township.caseFiles().due(TODAY, SUNDAY);
        Set<DueReason> reasons = due.stream().map(DueItem::reason)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DueReason.class)));
        long overdueResidents = due.stream().filter(i -> i.state() == DueState.OVERDUE).map(DueItem::residentId)
                .distinct().count();

        assertThat(reasons).containsExactlyInAnyOrder(DueReason.values());
        assertThat(due).anySatisfy(i -> assertThat(i.state()).isEqualTo(DueState.DUE));
        // Believable: a good share of a caseload is behind on something, but not most of it.
        assertThat(overdueResidents).isBetween(RESIDENTS / 20L, RESIDENTS * 2L / 5);
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

    /** The visit times of the first residents in the registry, by name and birth date. */
    private static Map<String, List<LocalDateTime>> firstVisitDates(AppContext context) {
        Map<String, List<LocalDateTime>> dates = new LinkedHashMap<>();
        for (ResidentRow row : context.residents().search("", ResidentFilter.ALL, 0, 12).rows()) {
            dates.put(row.name() + " " + row.birthDate(), context.visits().forResident(row.id(), 0, 1000).stream()
                    .map(Visit::visitedAt).toList());
        }
        return dates;
    }
}
