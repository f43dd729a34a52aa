package org.dolbom.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.dolbom.domain.Area;
import org.dolbom.domain.AreaKind;
import org.dolbom.domain.DueItem;
import org.dolbom.domain.DueReason;
import org.dolbom.domain.DueState;
import org.dolbom.domain.DueVisits;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.Staff;
import org.dolbom.domain.StaffRole;
import org.dolbom.i18n.Messages;
import org.dolbom.testing.ForAll;
import org.junit.jupiter.api.Test;

class WeeklyPlannerTest {

    private static final Week PLAIN_WEEK = Week.parse("2026-W49");
    private static final Week CHUSEOK_WEEK = Week.parse("2026-W39");

    private final Staff kim = staff("김간호", 4, true);
    private final Staff lee = staff("이복지", 3, true);
    private final Area yanggeun = area("양근리", kim.id());
    private final Area obin = area("오빈리", lee.id());
    private final Area nobody = area("회현리", null);

    @Test
    void severalReasonsBecomeOneVisitWithEveryPurpose() {
        UUID resident = UUID.randomUUID();
        List<DueItem> due = List.of(
                item(resident, "박순자", DueReason.VISIT_FREQUENCY, DueState.DUE, 3, yanggeun, null),
                item(resident, "박순자", DueReason.PERIODIC_CHECK, DueState.OVERDUE, -10, yanggeun, null));
        WeekPlan plan = plan(PLAIN_WEEK, due);
        assertThat(plan.visits()).singleElement().satisfies(v -> {
            assertThat(v.reasons()).containsExactly(DueReason.PERIODIC_CHECK, DueReason.VISIT_FREQUENCY);
            assertThat(v.purpose(Messages.korean())).isEqualTo("정기 점검(6개월), 정기 방문");
        });
    }

    @Test
    void visitsGoToTheResidentsStaffElseTheAreasElseAreListed() {
        Staff retired = staff("최퇴직", 5, false);
        DueItem own = item(UUID.randomUUID(), "가", DueReason.FOLLOW_UP, DueState.DUE, 0, yanggeun, lee.id());
        DueItem ofArea = item(UUID.randomUUID(), "나", DueReason.FOLLOW_UP, DueState.DUE, 0, yanggeun, null);
        DueItem fallsBack = item(UUID.randomUUID(), "다", DueReason.FOLLOW_UP, DueState.DUE, 0, obin, retired.id());
        DueItem noOne = item(UUID.randomUUID(), "라", DueReason.FOLLOW_UP, DueState.DUE, 0, nobody, null);
        DueItem gone = item(UUID.randomUUID(), "마", DueReason.FOLLOW_UP, DueState.DUE, 0, nobody, retired.id());
        WeekPlan plan = WeeklyPlanner.plan(new PlanRequest(PLAIN_WEEK, false,
                List.of(own, ofArea, fallsBack, noOne, gone), List.of(kim, lee, retired),
                List.of(yanggeun, obin, nobody), KoreanHolidays.shipped(), List.of()));

        assertThat(plan.visitOf(own.residentId()).orElseThrow().staffId()).isEqualTo(lee.id());
        assertThat(plan.visitOf(ofArea.residentId()).orElseThrow().staffId()).isEqualTo(kim.id());
        assertThat(plan.visitOf(fallsBack.residentId()).orElseThrow().staffId()).isEqualTo(lee.id());
        assertThat(plan.notPlaced()).extracting(NotPlaced::residentName, NotPlaced::cause).containsExactlyInAnyOrder(
                tuple("라", NotPlaced.Cause.NO_STAFF),
                tuple("마", NotPlaced.Cause.STAFF_INACTIVE));
        assertThat(plan.notPlaced().getFirst().explanation(Messages.korean())).contains("담당자");
        assertThat(plan.capacities()).doesNotContainKey(retired.id());
    }

    @Test
    void chuseokWeekUsesOnlyTheThreeWorkingDaysAndListsTheRest() {
        List<DueItem> due = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            due.add(item(UUID.randomUUID(), "대상" + i, DueReason.VISIT_FREQUENCY, DueState.DUE, i, yanggeun, null));
        }
        WeekPlan plan = planAlone(CHUSEOK_WEEK, due);
        assertThat(plan.workingDays()).hasSize(3);
        assertThat(plan.visits()).hasSize(12).allSatisfy(v -> assertThat(v.date()).isBefore(LocalDate.of(2026, 9,
                24)));
        assertThat(plan.notPlaced()).extracting(NotPlaced::residentName).containsExactly("대상12", "대상13");
        assertThat(plan.notPlaced()).allSatisfy(n -> assertThat(n.cause()).isEqualTo(NotPlaced.Cause.CAPACITY_FULL));
    }

    @Test
    void aColleagueWithRoomCoversWhenTheResponsibleMemberIsFullAndTheCoverCanBeUndone() {
        List<DueItem> due = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            due.add(item(UUID.randomUUID(), "대상" + i, DueReason.VISIT_FREQUENCY, DueState.DUE, i, yanggeun, null));
        }
        WeekPlan plan = plan(CHUSEOK_WEEK, due);

        assertThat(plan.notPlaced()).isEmpty();
        assertThat(plan.visits(kim.id())).hasSize(12).noneMatch(PlannedVisit::isCovering);
        assertThat(plan.visits(lee.id())).extracting(PlannedVisit::residentName).containsExactly("대상12", "대상13");
        assertThat(plan.visits(lee.id())).allSatisfy(v -> assertThat(v.coversFor()).isEqualTo(kim.id()));
        // The two least urgent share one day: the same 리 goes together.
        assertThat(plan.visits(lee.id())).extracting(PlannedVisit::date).containsOnly(
                plan.visits(lee.id()).getFirst().date());

        UUID covered = plan.visits(lee.id()).getFirst().residentId();
        WeekPlan undone = plan.uncover(covered);
        assertThat(undone.contains(covered)).isFalse();
        assertThat(undone.notPlaced()).singleElement().satisfies(n -> {
            assertThat(n.residentId()).isEqualTo(covered);
            assertThat(n.cause()).isEqualTo(NotPlaced.Cause.CAPACITY_FULL);
            assertThat(n.staffId()).isEqualTo(kim.id());
        });
    }

    @Test
    void theLocalElectionWeekPlansNoVisitOnElectionDay() {
        List<DueItem> due = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            due.add(item(UUID.randomUUID(), "대상" + i, DueReason.VISIT_FREQUENCY, DueState.DUE, i, yanggeun, null));
        }
        WeekPlan plan = plan(Week.parse("2026-W23"), due);
        assertThat(plan.workingDays()).doesNotContain(LocalDate.of(2026, 6, 3)).hasSize(4);
        assertThat(plan.visits()).isNotEmpty().noneSatisfy(v -> assertThat(v.date())
                .isEqualTo(LocalDate.of(2026, 6, 3)));
    }

    @Test
    void aWeekOfHolidaysPlacesNoOneAndSaysWhy() {
        Map<LocalDate, String> allWeek = new HashMap<>();
        PLAIN_WEEK.weekdays(false).forEach(d -> allWeek.put(d, "휴무"));
        DueItem due = item(UUID.randomUUID(), "가", DueReason.FOLLOW_UP, DueState.OVERDUE, -3, yanggeun, null);
        WeekPlan plan = WeeklyPlanner.plan(new PlanRequest(PLAIN_WEEK, false, List.of(due), List.of(kim),
                List.of(yanggeun), new KoreanHolidays(allWeek), List.of()));
        assertThat(plan.visits()).isEmpty();
        assertThat(plan.notPlaced()).singleElement()
                .extracting(NotPlaced::cause).isEqualTo(NotPlaced.Cause.NO_WORKING_DAY);
    }

    @Test
    void theMostUrgentGoEarliestAndOneVillageShareADay() {
        Area a = area("A리", kim.id());
        Area b = area("B리", kim.id());
        Area c = area("C리", kim.id());
        List<DueItem> due = new ArrayList<>();
        // Urgency interleaves the villages: A0 B0 C0 A1 B1 C1 A2 B2 C2.
        for (int i = 0; i < 3; i++) {
            for (Area area : List.of(a, b, c)) {
                due.add(item(UUID.randomUUID(), area.name() + i, DueReason.VISIT_FREQUENCY,
                        i == 0 && area == a ? DueState.OVERDUE : DueState.DUE, i, area, null));
            }
        }
        WeekPlan plan = WeeklyPlanner.plan(new PlanRequest(PLAIN_WEEK, false, due, List.of(kim), List.of(a, b, c),
                KoreanHolidays.shipped(), List.of()));
        assertThat(plan.notPlaced()).isEmpty();
        Map<UUID, Set<LocalDate>> daysByArea = daysByArea(plan);
        assertThat(daysByArea.values()).allSatisfy(days -> assertThat(days).hasSize(1));
        assertThat(daysByArea.get(a.id())).containsExactly(PLAIN_WEEK.monday());
        assertThat(daysByArea.get(b.id())).containsExactly(PLAIN_WEEK.day(DayOfWeek.TUESDAY));
        assertThat(plan.visits(kim.id(), PLAIN_WEEK.monday())).extracting(PlannedVisit::residentName, PlannedVisit::order)
                .containsExactly(tuple("A리0", 1),
                        tuple("A리1", 2), tuple("A리2", 3));
    }

    @Test
    void keptVisitsStayPutCountAgainstCapacityAndDrawTheirVillage() {
        UUID keptResident = UUID.randomUUID();
        LocalDate thursday = PLAIN_WEEK.day(DayOfWeek.THURSDAY);
        PlannedVisit kept = new PlannedVisit(thursday, kim.id(), keptResident, "고정", yanggeun.id(),
                List.of(DueReason.FOLLOW_UP), 1, true);
        List<DueItem> due = List.of(
                item(keptResident, "고정", DueReason.FOLLOW_UP, DueState.DUE, 0, yanggeun, null),
                item(UUID.randomUUID(), "이웃", DueReason.VISIT_FREQUENCY, DueState.DUE, 1, yanggeun, null));
        WeekPlan plan = WeeklyPlanner.plan(new PlanRequest(PLAIN_WEEK, false, due, List.of(kim), List.of(yanggeun),
                KoreanHolidays.shipped(), List.of(kept)));
        assertThat(plan.visits()).hasSize(2);
        assertThat(plan.visitOf(keptResident).orElseThrow()).satisfies(v -> {
            assertThat(v.date()).isEqualTo(thursday);
            assertThat(v.fixed()).isTrue();
            assertThat(v.order()).isEqualTo(1);
        });
        assertThat(plan.visits(kim.id(), thursday)).extracting(PlannedVisit::residentName)
                .as("the neighbour joins the trip already fixed to 양근리").containsExactly("고정", "이웃");
    }

    @Test
    void movingByHandShowsTheOverflowInsteadOfRefusing() {
        List<DueItem> due = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            due.add(item(UUID.randomUUID(), "대상" + i, DueReason.VISIT_FREQUENCY, DueState.DUE, i, yanggeun, null));
        }
        WeekPlan plan = plan(PLAIN_WEEK, due);
        assertThat(plan.overflows()).isEmpty();
        LocalDate monday = PLAIN_WEEK.monday();
        PlannedVisit tuesdayVisit = plan.visits(kim.id(), monday.plusDays(1)).getFirst();

        WeekPlan moved = plan.move(tuesdayVisit.residentId(), monday, kim.id(), 1);
        assertThat(moved.load(kim.id(), monday)).isEqualTo(5);
        assertThat(moved.overflows()).containsExactly(new Overflow(kim.id(), monday, 5, 4));
        assertThat(moved.visits(kim.id(), monday)).extracting(PlannedVisit::order).containsExactly(1, 2, 3, 4, 5);
        assertThat(moved.visits(kim.id(), monday).getFirst().residentId()).isEqualTo(tuesdayVisit.residentId());
        assertThat(moved.visits(kim.id(), monday).getFirst().fixed()).isTrue();
        assertThat(moved.visits(kim.id(), monday.plusDays(1))).extracting(PlannedVisit::order).containsExactly(1, 2,
                3);

        WeekPlan removed = moved.remove(tuesdayVisit.residentId());
        assertThat(removed.overflows()).isEmpty();
        assertThat(removed.contains(tuesdayVisit.residentId())).isFalse();
        assertThatThrownBy(() -> plan.add(plan.visits().getFirst())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addingByHandTakesTheResidentOffTheNotPlacedList() {
        List<DueItem> due = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            due.add(item(UUID.randomUUID(), "대상" + i, DueReason.VISIT_FREQUENCY, DueState.DUE, i, yanggeun, null));
        }
        WeekPlan plan = planAlone(CHUSEOK_WEEK, due);
        NotPlaced left = plan.notPlaced().getFirst();
        WeekPlan added = plan.add(new PlannedVisit(CHUSEOK_WEEK.monday(), kim.id(), left.residentId(),
                left.residentName(), left.areaId(), left.reasons(), 0, true));
        assertThat(added.notPlaced()).isEmpty();
        assertThat(added.visits(kim.id(), CHUSEOK_WEEK.monday()).getLast().residentName()).isEqualTo("대상12");
    }

    // ---- properties over generated teams and due lists ----

    @Test
    void noVisitOnAWeekendOrHoliday() {
        ForAll.check(200, 300, Scenario::random, s -> {
            WeekPlan plan = WeeklyPlanner.plan(s.request());
            for (PlannedVisit v : plan.visits().stream().filter(v -> !v.fixed()).toList()) {
                assertThat(KoreanHolidays.shipped().isHoliday(v.date())).as(v.date() + " is a holiday").isFalse();
                assertThat(v.date().getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
                if (!s.request().includeSaturday()) {
                    assertThat(v.date().getDayOfWeek()).isNotEqualTo(DayOfWeek.SATURDAY);
                }
                assertThat(s.request().week().contains(v.date())).isTrue();
            }
        });
    }

    @Test
    void capacityIsRespectedAndKeptOverflowsAreReported() {
        ForAll.check(201, 300, Scenario::random, s -> {
            WeekPlan plan = WeeklyPlanner.plan(s.request());
            Map<String, Long> keptLoad = s.request().kept().stream()
                    .collect(Collectors.groupingBy(v -> v.staffId() + "/" + v.date(), Collectors.counting()));
            for (UUID staffId : plan.capacities().keySet()) {
                for (LocalDate day : plan.workingDays()) {
                    int load = plan.load(staffId, day);
                    long kept = keptLoad.getOrDefault(staffId + "/" + day, 0L);
                    if (load > plan.capacity(staffId)) {
                        assertThat(load).as("only the leader's own entries overflow").isEqualTo((int) kept);
                        assertThat(plan.overflows()).contains(new Overflow(staffId, day, load,
                                plan.capacity(staffId)));
                    }
                }
            }
            assertThat(plan.overflows()).allSatisfy(o -> assertThat(o.load()).isGreaterThan(o.capacity()));
        });
    }

    @Test
    void everyDueResidentIsPlacedOnceOrListedAsNotPlaced() {
        ForAll.check(202, 300, Scenario::random, s -> {
            WeekPlan plan = WeeklyPlanner.plan(s.request());
            List<UUID> placed = plan.visits().stream().map(PlannedVisit::residentId).toList();
            List<UUID> listed = plan.notPlaced().stream().map(NotPlaced::residentId).toList();
            assertThat(placed).doesNotHaveDuplicates();
            assertThat(listed).doesNotHaveDuplicates().noneMatch(placed::contains);
            Set<UUID> expected = new HashSet<>();
            s.request().due().forEach(i -> expected.add(i.residentId()));
            s.request().kept().forEach(v -> expected.add(v.residentId()));
            List<UUID> all = new ArrayList<>(placed);
            all.addAll(listed);
            assertThat(all).hasSameSizeAs(expected);
            assertThat(new HashSet<>(all)).isEqualTo(expected);
        });
    }

    @Test
    void whenAWeekIsFullTheLeastUrgentAreLeftOut() {
        ForAll.check(203, 300, Scenario::random, s -> {
            WeekPlan plan = WeeklyPlanner.plan(s.request());
            Map<UUID, DueItem> mostUrgent = new HashMap<>();
            s.request().due().stream().sorted(DueVisits.URGENCY)
                    .forEach(i -> mostUrgent.putIfAbsent(i.residentId(), i));
            for (NotPlaced out : plan.notPlaced()) {
                if (out.cause() != NotPlaced.Cause.CAPACITY_FULL) {
                    continue;
                }
                for (PlannedVisit in : plan.visits(out.staffId())) {
                    if (!in.fixed()) {
                        assertThat(DueVisits.URGENCY.compare(mostUrgent.get(in.residentId()),
                                mostUrgent.get(out.residentId())))
                                .as(in.residentName() + " placed before " + out.residentName()).isNegative();
                    }
                }
                for (LocalDate day : plan.workingDays()) {
                    assertThat(plan.load(out.staffId(), day)).as("no free room left on " + day)
                            .isGreaterThanOrEqualTo(plan.capacity(out.staffId()));
                }
            }
        });
    }

    @Test
    void aVillageThatFitsInADayIsVisitedOnOneDay() {
        // When every village fits in a day and there are no more villages than days, none is split.
        ForAll.check(204, 300, r -> Scenario.villages(r), s -> {
            WeekPlan plan = WeeklyPlanner.plan(s.request());
            assertThat(plan.notPlaced()).isEmpty();
            daysByArea(plan).forEach((area, days) -> assertThat(days).as("days of area " + area).hasSize(1));
        });
    }

    @Test
    void theSameRequestGivesTheSamePlanWhateverTheInputOrder() {
        ForAll.check(205, 200, Scenario::random, s -> {
            WeekPlan first = WeeklyPlanner.plan(s.request());
            List<DueItem> shuffled = new ArrayList<>(s.request().due());
            Collections.shuffle(shuffled, new Random(shuffled.size()));
            List<Staff> staff = new ArrayList<>(s.request().staff());
            Collections.reverse(staff);
            PlanRequest again = new PlanRequest(s.request().week(), s.request().includeSaturday(), shuffled, staff,
                    s.request().areas(), s.request().holidays(), s.request().kept());
            assertThat(WeeklyPlanner.plan(again)).isEqualTo(first);
        });
    }

    @Test
    void twoThousandDueItemsPlanWithoutTrouble() {
        Random random = new Random(2000);
        List<Staff> team = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            team.add(staff("직원" + i, 6 + random.nextInt(4), true));
        }
        List<Area> areas = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            areas.add(area("마을" + i, team.get(i % team.size()).id()));
        }
        List<DueItem> due = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            Area area = areas.get(random.nextInt(areas.size()));
            due.add(item(UUID.randomUUID(), "대상" + i, DueReason.values()[random.nextInt(5)],
                    random.nextBoolean() ? DueState.DUE : DueState.OVERDUE, random.nextInt(30) - 15, area, null));
        }
        WeekPlan plan = WeeklyPlanner.plan(new PlanRequest(PLAIN_WEEK, false, due, team, areas,
                KoreanHolidays.shipped(), List.of()));
        assertThat(plan.visits().size() + plan.notPlaced().size()).isEqualTo(2000);
        assertThat(plan.overflows()).isEmpty();
        int room = team.stream().mapToInt(Staff::visitsPerDay).sum() * 5;
        assertThat(plan.visits()).hasSize(room);
    }

    // ---- fixtures ----

    /** Only 김간호 on the team: nobody can cover. */
    private WeekPlan planAlone(Week week, List<DueItem> due) {
        return WeeklyPlanner.plan(new PlanRequest(week, false, due, List.of(kim), List.of(yanggeun, obin, nobody),
                KoreanHolidays.shipped(), List.of()));
    }

    private WeekPlan plan(Week week, List<DueItem> due) {
        return WeeklyPlanner.plan(new PlanRequest(week, false, due, List.of(kim, lee), List.of(yanggeun, obin, nobody),
                KoreanHolidays.shipped(), List.of()));
    }

    private static Map<UUID, Set<LocalDate>> daysByArea(WeekPlan plan) {
        Map<UUID, Set<LocalDate>> days = new HashMap<>();
        plan.visits().forEach(v -> days.computeIfAbsent(v.areaId(), k -> new HashSet<>()).add(v.date()));
        return days;
    }

    static Staff staff(String name, int visitsPerDay, boolean active) {
        return new Staff(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)), name,
                StaffRole.VISITING_NURSE, null, active, visitsPerDay);
    }

    static Area area(String name, UUID staffId) {
        return new Area(UUID.nameUUIDFromBytes(("area" + name).getBytes(StandardCharsets.UTF_8)),
                "양평읍", name, AreaKind.RI, staffId);
    }

    static DueItem item(UUID resident, String name, DueReason reason, DueState state, int daysFromMonday, Area area,
            UUID staffId) {
        return new DueItem(resident, name, reason, PLAIN_WEEK.monday().plusDays(daysFromMonday), state,
                RiskLevel.MEDIUM, staffId, area == null ? null : area.id());
    }

    /** A generated team, villages and due list for a random week of 2025–2028. */
    record Scenario(PlanRequest request) {

        @Override
        public String toString() {
            return request.week() + (request.includeSaturday() ? " with Saturday" : "") + ", "
                    + request.staff().size() + " staff, " + request.areas().size() + " areas, "
                    + request.due().size() + " due items, " + request.kept().size() + " kept";
        }

        static Scenario random(Random r) {
            Week week = Week.containing(LocalDate.of(2025, 1, 6).plusWeeks(r.nextInt(200)));
            List<Staff> team = new ArrayList<>();
            int staffCount = 1 + r.nextInt(4);
            for (int i = 0; i < staffCount; i++) {
                team.add(new Staff(new UUID(1, r.nextLong()), "직원" + r.nextInt(1000), StaffRole.SOCIAL_WORKER, null,
                        r.nextInt(6) > 0, r.nextInt(7)));
            }
            List<Area> areas = new ArrayList<>();
            int areaCount = 1 + r.nextInt(8);
            for (int i = 0; i < areaCount; i++) {
                UUID staffId = r.nextInt(5) == 0 ? null : team.get(r.nextInt(team.size())).id();
                areas.add(new Area(new UUID(2, r.nextLong()), "양평읍", "리" + i, AreaKind.RI, staffId));
            }
            List<UUID> residents = new ArrayList<>();
            int residentCount = r.nextInt(50);
            for (int i = 0; i < residentCount; i++) {
                residents.add(new UUID(3, r.nextLong()));
            }
            List<DueItem> due = new ArrayList<>();
            Map<UUID, Area> home = new HashMap<>();
            for (UUID resident : residents) {
                home.put(resident, r.nextInt(10) == 0 ? null : areas.get(r.nextInt(areas.size())));
                int reasons = 1 + r.nextInt(3);
                for (int k = 0; k < reasons; k++) {
                    UUID own = r.nextInt(3) == 0 ? team.get(r.nextInt(team.size())).id() : null;
                    Area area = home.get(resident);
                    due.add(new DueItem(resident, "대상" + resident.getLeastSignificantBits() % 1000,
                            DueReason.values()[r.nextInt(5)], week.monday().plusDays(r.nextInt(20) - 10),
                            r.nextBoolean() ? DueState.DUE : DueState.OVERDUE, RiskLevel.values()[r.nextInt(4)], own,
                            area == null ? null : area.id()));
                }
            }
            List<PlannedVisit> kept = new ArrayList<>();
            for (UUID resident : residents) {
                if (r.nextInt(8) == 0) {
                    Area area = home.get(resident);
                    kept.add(new PlannedVisit(week.monday().plusDays(r.nextInt(5)), team.get(r.nextInt(team.size()))
                            .id(), resident, "고정", area == null ? null : area.id(), List.of(), 1 + r.nextInt(3),
                            true));
                }
            }
            return new Scenario(new PlanRequest(week, r.nextBoolean(), due, team, areas, KoreanHolidays.shipped(),
                    kept));
        }

        /** One staff member, at most five villages, each no bigger than a day's capacity, a plain week. */
        static Scenario villages(Random r) {
            int capacity = 1 + r.nextInt(8);
            Staff nurse = new Staff(new UUID(4, r.nextLong()), "간호사", StaffRole.VISITING_NURSE, null, true,
                    capacity);
            int villageCount = 1 + r.nextInt(5);
            List<Area> areas = new ArrayList<>();
            List<DueItem> due = new ArrayList<>();
            for (int i = 0; i < villageCount; i++) {
                Area area = new Area(new UUID(5, r.nextLong()), "양평읍", "리" + i, AreaKind.RI, nurse.id());
                areas.add(area);
                int size = 1 + r.nextInt(capacity);
                for (int k = 0; k < size; k++) {
                    due.add(new DueItem(new UUID(6, r.nextLong()), "대상", DueReason.values()[r.nextInt(5)],
                            PLAIN_WEEK.monday().plusDays(r.nextInt(10) - 5),
                            r.nextBoolean() ? DueState.DUE : DueState.OVERDUE, RiskLevel.values()[r.nextInt(4)], null,
                            area.id()));
                }
            }
            return new Scenario(new PlanRequest(PLAIN_WEEK, false, due, List.of(nurse), areas,
                    KoreanHolidays.shipped(), List.of()));
        }
    }
}
