package org.dolbom.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dolbom.testing.ForAll;
import org.junit.jupiter.api.Test;

/** The one definition of due: every rule with concrete dates, then the properties that must hold for any case. */
class DueVisitsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate SUNDAY = TODAY;
    private static final LocalDate FAR = LocalDate.of(2030, 1, 1);

    @Test
    void weeklyPlanIsOverdueAWeekAfterTheLastMetVisit() {
        CaseFacts c = resident("김민수", plan(PlanStatus.ACTIVE, "2026-10-01", VisitFrequency.WEEKLY))
                .withVisit(UUID.randomUUID(), at("2026-11-10T10:00"), VisitOutcome.MET, null);

        List<DueItem> items = DueVisits.due(c, TODAY, SUNDAY);

        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.reason()).isEqualTo(DueReason.VISIT_FREQUENCY);
            assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 11, 17));
            assertThat(i.state()).isEqualTo(DueState.OVERDUE);
            assertThat(DueVisits.daysOverdue(i, TODAY)).isEqualTo(5);
        });
    }

    @Test
    void anAbsentOrRefusedVisitDoesNotCountAsContact() {
        CaseFacts met = resident("김민수", plan(PlanStatus.ACTIVE, "2026-10-01", VisitFrequency.WEEKLY))
                .withVisit(UUID.randomUUID(), at("2026-11-10T10:00"), VisitOutcome.MET, null);
        CaseFacts absent = met.withVisit(UUID.randomUUID(), at("2026-11-20T10:00"), VisitOutcome.ABSENT, null)
                .withVisit(UUID.randomUUID(), at("2026-11-21T10:00"), VisitOutcome.REFUSED, null);

        assertThat(DueVisits.due(absent, TODAY, SUNDAY)).extracting(DueItem::dueDate)
                .containsExactly(LocalDate.of(2026, 11, 17));
    }

    @Test
    void withoutAMetVisitSinceThePlanStartedTheFrequencyCountsFromTheStart() {
        CaseFacts never = resident("김민수", plan(PlanStatus.ACTIVE, "2026-11-01", VisitFrequency.BIWEEKLY));
        CaseFacts metBefore = never.withVisit(UUID.randomUUID(), at("2026-09-01T10:00"), VisitOutcome.MET, null);

        assertThat(DueVisits.next(never, TODAY)).extracting(DueItem::dueDate).contains(LocalDate.of(2026, 11, 15));
        assertThat(DueVisits.next(metBefore, TODAY)).extracting(DueItem::dueDate)
                .contains(LocalDate.of(2026, 11, 15));
    }

    @Test
    void monthStepsKeepTheMonthEnd() {
        assertThat(VisitFrequency.MONTHLY.nextAfter(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(VisitFrequency.MONTHLY.nextAfter(LocalDate.of(2028, 1, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(VisitFrequency.QUARTERLY.nextAfter(LocalDate.of(2026, 11, 30)))
                .isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(VisitFrequency.WEEKLY.nextAfter(LocalDate.of(2026, 12, 29))).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void draftAndEndedPlansAskForNoVisits() {
        CaseFacts draft = resident("김민수", plan(PlanStatus.DRAFT, "2026-01-01", VisitFrequency.WEEKLY));
        CaseFacts ended = resident("이영희", plan(PlanStatus.ENDED, "2026-01-01", VisitFrequency.WEEKLY));
        CaseFacts review = resident("박철수", plan(PlanStatus.UNDER_REVIEW, "2026-11-01", VisitFrequency.WEEKLY));

        assertThat(reasons(draft)).doesNotContain(DueReason.VISIT_FREQUENCY);
        assertThat(reasons(ended)).doesNotContain(DueReason.VISIT_FREQUENCY, DueReason.FIRST_CHECK);
        assertThat(reasons(review)).contains(DueReason.VISIT_FREQUENCY);
    }

    @Test
    void aFollowUpIsDueUntilMarkedDoneOrTheResidentIsMetAgain() {
        CaseFacts asked = resident("김민수").withVisit(UUID.randomUUID(), at("2026-11-02T10:00"), VisitOutcome.MET,
                LocalDate.of(2026, 11, 16));
        CaseFacts absentSince = asked.withVisit(UUID.randomUUID(), at("2026-11-10T10:00"), VisitOutcome.ABSENT, null);
        CaseFacts metSince = asked.withVisit(UUID.randomUUID(), at("2026-11-10T10:00"), VisitOutcome.MET, null);
        FollowUpFacts open = asked.followUps().getFirst();
        CaseFacts markedDone = withFollowUps(asked, List.of(new FollowUpFacts(open.visitId(), open.askedAt(),
                open.dueOn(), LocalDate.of(2026, 11, 12))));

        assertThat(DueVisits.due(asked, TODAY, SUNDAY)).singleElement()
                .satisfies(i -> {
                    assertThat(i.reason()).isEqualTo(DueReason.FOLLOW_UP);
                    assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 11, 16));
                    assertThat(i.state()).isEqualTo(DueState.OVERDUE);
                });
        assertThat(reasons(absentSince)).containsExactly(DueReason.FOLLOW_UP);
        assertThat(DueVisits.due(metSince, TODAY, SUNDAY)).isEmpty();
        assertThat(DueVisits.due(markedDone, TODAY, SUNDAY)).isEmpty();
    }

    @Test
    void severalOpenFollowUpsShowOnceAtTheEarliestDate() {
        CaseFacts c = resident("김민수")
                .withVisit(UUID.randomUUID(), at("2026-11-02T10:00"), VisitOutcome.ABSENT, LocalDate.of(2026, 11, 25))
                .withVisit(UUID.randomUUID(), at("2026-11-03T10:00"), VisitOutcome.ABSENT, LocalDate.of(2026, 11, 20));

        assertThat(DueVisits.next(c, TODAY)).extracting(DueItem::reason, DueItem::dueDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DueReason.FOLLOW_UP, LocalDate.of(2026, 11, 20)));
    }

    @Test
    void aPlanIsDueWithin30DaysOfIntakeAndADraftDoesNotCount() {
        CaseFacts noPlan = withIntake(resident("김민수"), "2026-10-01");
        CaseFacts draftOnly = withIntake(resident("김민수", plan(PlanStatus.DRAFT, "2026-10-20",
                VisitFrequency.MONTHLY)), "2026-10-01");
        CaseFacts planned = withIntake(resident("김민수", plan(PlanStatus.ACTIVE, "2026-10-20",
                VisitFrequency.MONTHLY)), "2026-10-01");

        assertThat(DueVisits.due(noPlan, TODAY, SUNDAY)).singleElement().satisfies(i -> {
            assertThat(i.reason()).isEqualTo(DueReason.PLAN_DEADLINE);
            assertThat(i.dueDate()).isEqualTo(LocalDate.of(2026, 10, 31));
            assertThat(i.state()).isEqualTo(DueState.OVERDUE);
        });
        assertThat(reasons(draftOnly)).contains(DueReason.PLAN_DEADLINE);
        assertThat(DueVisits.next(planned, TODAY)).extracting(DueItem::reason)
                .doesNotContain(DueReason.PLAN_DEADLINE);
    }

    @Test
    void theFirstCheckIsDueThreeMonthsAfterThePlanKeepingMonthEndsAndLeapDays() {
        CaseFacts november = resident("김민수", plan(PlanStatus.ACTIVE, "2026-11-30", VisitFrequency.QUARTERLY));
        CaseFacts leap = resident("김민수", plan(PlanStatus.ACTIVE, "2027-11-30", VisitFrequency.QUARTERLY));

        assertThat(date(DueVisits.next(november, TODAY), DueReason.FIRST_CHECK)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(date(DueVisits.next(leap, TODAY), DueReason.FIRST_CHECK)).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void aCheckBeforeThePlanDoesNotCountAsItsFirstCheck() {
        CaseFacts c = withLastCheck(resident("김민수", plan(PlanStatus.ACTIVE, "2026-08-01", VisitFrequency.MONTHLY)),
                "2026-07-15");

        assertThat(date(DueVisits.next(c, TODAY), DueReason.FIRST_CHECK)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(reasons(c)).contains(DueReason.FIRST_CHECK);
    }

    @Test
    void afterTheFirstCheckACheckIsDueEverySixMonths() {
        CaseFacts c = withLastCheck(resident("김민수", plan(PlanStatus.ACTIVE, "2026-05-01", VisitFrequency.MONTHLY)),
                "2026-08-31");

        List<DueItem> next = DueVisits.next(c, TODAY);

        assertThat(next).extracting(DueItem::reason).doesNotContain(DueReason.FIRST_CHECK);
        assertThat(date(next, DueReason.PERIODIC_CHECK)).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void closedTransferredAndDeceasedResidentsAreNeverDue() {
        for (ResidentStatus status : List.of(ResidentStatus.CLOSED, ResidentStatus.TRANSFERRED,
                ResidentStatus.DECEASED)) {
            CaseFacts c = withStatus(withIntake(resident("김민수", plan(PlanStatus.ACTIVE, "2025-01-01",
                    VisitFrequency.WEEKLY)), "2024-12-01"), status);
            assertThat(DueVisits.due(List.of(c), TODAY, FAR)).as(status.name()).isEmpty();
        }
    }

    @Test
    void theHorizonBoundsWhatIsDueButNotWhatIsOverdue() {
        CaseFacts dueToday = resident("가", plan(PlanStatus.ACTIVE, "2026-11-15", VisitFrequency.WEEKLY));
        CaseFacts dueSunday = resident("나", plan(PlanStatus.ACTIVE, "2026-11-22", VisitFrequency.WEEKLY));
        CaseFacts dueMonday = resident("다", plan(PlanStatus.ACTIVE, "2026-11-23", VisitFrequency.WEEKLY));

        List<DueItem> items = DueVisits.due(List.of(dueToday, dueSunday, dueMonday), LocalDate.of(2026, 11, 22),
                LocalDate.of(2026, 11, 29));

        assertThat(items).extracting(DueItem::residentName, DueItem::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("가", DueState.DUE),
                org.assertj.core.groups.Tuple.tuple("나", DueState.DUE));
        assertThat(DueVisits.due(List.of(dueToday), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23)))
                .extracting(DueItem::state).containsExactly(DueState.OVERDUE);
    }

    @Test
    void theMostUrgentComesFirst() {
        CaseFacts longOverdue = resident("하", plan(PlanStatus.ACTIVE, "2026-10-01", VisitFrequency.WEEKLY));
        CaseFacts legal = withIntake(resident("라"), "2026-10-15");
        CaseFacts frequencySameDay = resident("가", plan(PlanStatus.ACTIVE, "2026-11-07", VisitFrequency.WEEKLY));
        CaseFacts lowRisk = resident("나", plan(PlanStatus.ACTIVE, "2026-11-13", VisitFrequency.WEEKLY));
        CaseFacts crisis = withRisk(resident("마", plan(PlanStatus.ACTIVE, "2026-11-13", VisitFrequency.WEEKLY)),
                RiskLevel.CRISIS);
        CaseFacts dueLater = resident("바", plan(PlanStatus.ACTIVE, "2026-11-20", VisitFrequency.WEEKLY));

        List<DueItem> items = DueVisits.due(List.of(dueLater, lowRisk, crisis, frequencySameDay, legal, longOverdue),
                TODAY, LocalDate.of(2026, 11, 29));

        // 하 10-08; 라 (legal) and 가 (frequency) both 11-14; 마 (crisis) and 나 both 11-20; 바 due 11-27.
        assertThat(items).extracting(DueItem::residentName).containsExactly("하", "라", "가", "마", "나", "바");
        assertThat(items.getFirst().dueDate()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(items.get(1).reason()).isEqualTo(DueReason.PLAN_DEADLINE);
        assertThat(items.getLast().state()).isEqualTo(DueState.DUE);
    }

    // --- properties over seeded random case files ---

    @Test
    void theListIsTheSameWhateverOrderTheCasesComeInAndItIsSorted() {
        ForAll.check(DueVisitsTest::caseFiles, cases -> {
            List<CaseFacts> shuffled = new ArrayList<>(cases.facts);
            Collections.shuffle(shuffled, new Random(cases.facts.size()));
            List<DueItem> items = DueVisits.due(cases.facts, cases.today, cases.horizon);

            assertThat(DueVisits.due(shuffled, cases.today, cases.horizon)).isEqualTo(items);
            List<DueItem> sorted = new ArrayList<>(items);
            sorted.sort(DueVisits.URGENCY);
            assertThat(items).isEqualTo(sorted);
        });
    }

    @Test
    void overdueMeansBeforeTodayAndDueMeansBetweenTodayAndTheHorizon() {
        ForAll.check(DueVisitsTest::caseFiles, cases -> {
            for (DueItem item : DueVisits.due(cases.facts, cases.today, cases.horizon)) {
                if (item.state() == DueState.OVERDUE) {
                    assertThat(item.dueDate()).isBefore(cases.today);
                } else {
                    assertThat(item.dueDate()).isBetween(cases.today, cases.horizon);
                }
            }
        });
    }

    @Test
    void noClosedResidentIsEverDue() {
        ForAll.check(DueVisitsTest::caseFiles, cases -> {
            Map<UUID, ResidentStatus> status = cases.facts.stream()
                    .collect(Collectors.toMap(CaseFacts::residentId, CaseFacts::status));
            assertThat(DueVisits.due(cases.facts, cases.today, cases.horizon))
                    .allSatisfy(i -> assertThat(status.get(i.residentId())).isEqualTo(ResidentStatus.ACTIVE));
        });
    }

    @Test
    void recordingAVisitNeverMakesAResidentMoreOverdue() {
        ForAll.check(random -> {
            CaseFiles cases = caseFiles(random);
            CaseFacts before = cases.facts.get(random.nextInt(cases.facts.size()));
            LocalDateTime at = cases.today.minusDays(random.nextInt(60)).atTime(8 + random.nextInt(10), 0);
            VisitOutcome outcome = VisitOutcome.values()[random.nextInt(VisitOutcome.values().length)];
            // A follow-up asked today or later cannot already be late.
            LocalDate followUp = random.nextBoolean() ? null : cases.today.plusDays(random.nextInt(30));
            CaseFacts after = before.withVisit(UUID.randomUUID(), at, outcome, followUp);
            return new VisitRecorded(cases.today, before, after);
        }, recorded -> {
            Map<DueReason, LocalDate> before = overdue(recorded.before, recorded.today);
            Map<DueReason, LocalDate> after = overdue(recorded.after, recorded.today);
            assertThat(before.keySet()).containsAll(after.keySet());
            after.forEach((reason, date) -> assertThat(date).as(reason.name()).isAfterOrEqualTo(before.get(reason)));
        });
    }

    // --- builders ---

    private record CaseFiles(List<CaseFacts> facts, LocalDate today, LocalDate horizon) {
    }

    private record VisitRecorded(LocalDate today, CaseFacts before, CaseFacts after) {
    }

    private static Map<DueReason, LocalDate> overdue(CaseFacts c, LocalDate today) {
        return DueVisits.due(c, today, today).stream().filter(i -> i.state() == DueState.OVERDUE)
                .collect(Collectors.toMap(DueItem::reason, DueItem::dueDate));
    }

    /** A small township: residents with random intake, plans, checks, visits and follow-ups around one day. */
    private static CaseFiles caseFiles(Random random) {
        LocalDate today = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(1500));
        LocalDate horizon = today.plusDays(random.nextInt(14));
        List<CaseFacts> facts = new ArrayList<>();
        int residents = 1 + random.nextInt(12);
        for (int r = 0; r < residents; r++) {
            Function<Integer, LocalDate> past = days -> today.minusDays(random.nextInt(days));
            List<PlanFacts> plans = new ArrayList<>();
            for (int p = random.nextInt(3); p > 0; p--) {
                LocalDate made = past.apply(500);
                plans.add(new PlanFacts(UUID.randomUUID(), PlanStatus.values()[random.nextInt(4)], made,
                        made.plusDays(random.nextInt(20)), VisitFrequency.values()[random.nextInt(4)]));
            }
            List<FollowUpFacts> followUps = new ArrayList<>();
            for (int f = random.nextInt(3); f > 0; f--) {
                LocalDateTime asked = past.apply(90).atTime(9, 30);
                followUps.add(new FollowUpFacts(UUID.randomUUID(), asked,
                        asked.toLocalDate().plusDays(random.nextInt(30)),
                        random.nextInt(4) == 0 ? today : null));
            }
            facts.add(new CaseFacts(UUID.randomUUID(), ForAll.hangul(random, 3),
                    ResidentStatus.values()[random.nextInt(5) < 4 ? 0 : 1 + random.nextInt(3)],
                    RiskLevel.values()[random.nextInt(4)], null, null,
                    random.nextBoolean() ? past.apply(400) : null, plans,
                    random.nextBoolean() ? past.apply(400) : null,
                    random.nextBoolean() ? past.apply(120).atTime(14, 0) : null, followUps));
        }
        return new CaseFiles(facts, today, horizon);
    }

    private static CaseFacts resident(String name, PlanFacts... plans) {
        return new CaseFacts(UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)), name,
                ResidentStatus.ACTIVE, RiskLevel.MEDIUM, null, null, null, List.of(plans), null, null, List.of());
    }

    private static PlanFacts plan(PlanStatus status, String start, VisitFrequency frequency) {
        LocalDate on = LocalDate.parse(start);
        return new PlanFacts(UUID.randomUUID(), status, on, on, frequency);
    }

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    private static List<DueReason> reasons(CaseFacts c) {
        return DueVisits.next(c, TODAY).stream().map(DueItem::reason).toList();
    }

    private static LocalDate date(List<DueItem> items, DueReason reason) {
        return items.stream().filter(i -> i.reason() == reason).findFirst().orElseThrow().dueDate();
    }

    private static CaseFacts withIntake(CaseFacts c, String intake) {
        return new CaseFacts(c.residentId(), c.residentName(), c.status(), c.riskLevel(), null, null,
                LocalDate.parse(intake), c.plans(), c.lastCheckOn(), c.lastMetAt(), c.followUps());
    }

    private static CaseFacts withLastCheck(CaseFacts c, String checked) {
        return new CaseFacts(c.residentId(), c.residentName(), c.status(), c.riskLevel(), null, null,
                c.intakeDate(), c.plans(), LocalDate.parse(checked), c.lastMetAt(), c.followUps());
    }

    private static CaseFacts withStatus(CaseFacts c, ResidentStatus status) {
        return new CaseFacts(c.residentId(), c.residentName(), status, c.riskLevel(), null, null,
                c.intakeDate(), c.plans(), c.lastCheckOn(), c.lastMetAt(), c.followUps());
    }

    private static CaseFacts withRisk(CaseFacts c, RiskLevel risk) {
        return new CaseFacts(c.residentId(), c.residentName(), c.status(), risk, null, null,
                c.intakeDate(), c.plans(), c.lastCheckOn(), c.lastMetAt(), c.followUps());
    }

    private static CaseFacts withFollowUps(CaseFacts c, List<FollowUpFacts> followUps) {
        return new CaseFacts(c.residentId(), c.residentName(), c.status(), c.riskLevel(), null, null,
                c.intakeDate(), c.plans(), c.lastCheckOn(), c.lastMetAt(), followUps);
    }
}
