package org.dolbom.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.dolbom.app.AppContext;
import org.dolbom.domain.Area;
import org.dolbom.domain.AreaKind;
import org.dolbom.domain.Assessment;
import org.dolbom.domain.CareDomain;
import org.dolbom.domain.ClosureReason;
import org.dolbom.domain.Consent;
import org.dolbom.domain.ConsentKind;
import org.dolbom.domain.DueReason;
import org.dolbom.domain.EmergencyContact;
import org.dolbom.domain.FollowUp;
import org.dolbom.domain.Household;
import org.dolbom.domain.LivingSituation;
import org.dolbom.domain.NeedDomain;
import org.dolbom.domain.NeedRating;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.PlanCheck;
import org.dolbom.domain.PlanStatus;
import org.dolbom.domain.PlannedService;
import org.dolbom.domain.Provider;
import org.dolbom.domain.ProviderKind;
import org.dolbom.domain.Resident;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.Rrn;
import org.dolbom.domain.RrnChange;
import org.dolbom.domain.ScheduleStatus;
import org.dolbom.domain.ServiceCount;
import org.dolbom.domain.ServiceEntry;
import org.dolbom.domain.Sex;
import org.dolbom.domain.Staff;
import org.dolbom.domain.StaffRole;
import org.dolbom.domain.SupportPlan;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitFrequency;
import org.dolbom.domain.VisitKind;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.domain.Vitals;
import org.dolbom.domain.Vulnerability;
import org.dolbom.testing.ForAll;

/**
 * A small random case file written through the ordinary stores: staff, catalogue, areas, households and residents
 * with consents, assessments, plans with services and checks, visits with vitals and services, a week of schedule
 * entries with reasons and visiting order, and a few edits and deletions. Optional fields are left empty or filled
 * at random; names and notes are Hangul, with the odd quote, backslash or line break. The same seed gives the same
 * content (ids and times differ).
 */
final class RandomOffice {

    private static final String[] TEXT_EXTRAS = {"", "", "\n둘째 줄", " \"따옴표\"", " 역\\슬래시", " ☎ 😀"};

    private final AppContext office;
    private final Random random;
    private final LocalDate today;
    private final List<UUID> staff = new ArrayList<>();
    private final List<UUID> services = new ArrayList<>();
    private final List<UUID> providers = new ArrayList<>();
    private final List<UUID> areas = new ArrayList<>();
    private final List<UUID> households = new ArrayList<>();
    private final List<UUID> residents = new ArrayList<>();

    private RandomOffice(AppContext office, Random random) {
        this.office = office;
        this.random = random;
        this.today = LocalDate.now(office.clock());
    }

    /** Fills {@code office} from {@code seed} in one transaction; returns the residents' ids in order. */
    static List<UUID> fill(AppContext office, long seed, int minResidents, int maxResidents) {
        RandomOffice fill = new RandomOffice(office, new Random(seed));
        return office.database().inTransaction(() -> {
            fill.team();
            fill.places();
            int count = minResidents + fill.random.nextInt(maxResidents - minResidents + 1);
            for (int i = 0; i < count; i++) {
                fill.resident(i);
            }
            fill.schedule();
            return List.copyOf(fill.residents);
        });
    }

    private void team() {
        int people = 1 + random.nextInt(3);
        for (int i = 0; i < people; i++) {
            staff.add(office.staff().save(new Staff(null, name(), pick(StaffRole.values()),
                    chance(50) ? mobile() : null, chance(85), random.nextInt(11))).id());
        }
        int offered = 1 + random.nextInt(3);
        for (int i = 0; i < offered; i++) {
            String code = "S" + i + "-" + Long.toHexString(random.nextLong());
            services.add(office.catalogue().save(new ServiceEntry(null, code, text(2, 8), pick(CareDomain.values()),
                    false)).id());
        }
        int institutions = random.nextInt(3);
        for (int i = 0; i < institutions; i++) {
            providers.add(office.catalogue().save(new Provider(null, text(3, 10) + " 복지관 " + i,
                    pick(ProviderKind.values()), chance(50) ? PhoneNumber.parse("031-77" + digits(1) + "-"
                    + digits(4)) : null)).id());
        }
    }

    private void places() {
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            areas.add(office.areas().save(new Area(null, "양평읍", text(2, 3) + "리 " + i, pick(AreaKind.values()),
                    chance(60) ? pick(staff) : null)).id());
        }
        int homes = random.nextInt(3);
        for (int i = 0; i < homes; i++) {
            households.add(office.households().save(new Household(null, chance(70) ? pick(areas) : null,
                    "양근로 " + (1 + random.nextInt(300)), optional(text(1, 4) + "호"), optional(text(2, 20)))).id());
        }
    }

    private void resident(int index) {
        Sex sex = chance(50) ? Sex.M : Sex.F;
        LocalDate birth = today.minusYears(60 + random.nextInt(40)).minusDays(random.nextInt(365));
        boolean closed = chance(15);
        ClosureReason reason = closed ? pick(ClosureReason.values()) : null;
        LocalDate intake = chance(85) ? today.minusDays(30 + random.nextInt(700)) : null;
        List<Consent> consents = new ArrayList<>();
        for (ConsentKind kind : ConsentKind.values()) {
            if (chance(60)) {
                consents.add(new Consent(null, kind, chance(80), today.minusDays(random.nextInt(700)),
                        optional(text(2, 10))));
            }
        }
        Set<Vulnerability> vulnerabilities = EnumSet.noneOf(Vulnerability.class);
        for (Vulnerability v : Vulnerability.values()) {
            if (chance(25)) {
                vulnerabilities.add(v);
            }
        }
        Resident resident = new Resident(null, null, name(), birth, sex, null, chance(70) ? mobile() : null,
                chance(30) ? PhoneNumber.parse("031-771-" + digits(4)) : null, optional("양평읍 양근로 " + index),
                optional(text(1, 5)), chance(70) ? pick(areas) : null, households.isEmpty() || chance(40) ? null
                : pick(households), chance(50) ? pick(staff) : null, pick(LivingSituation.values()),
                vulnerabilities, pick(RiskLevel.values()), closed ? reason.resultingStatus() : ResidentStatus.ACTIVE,
                reason, reason == ClosureReason.OTHER || (closed && chance(50)) ? text(2, 12) : null,
                closed ? today.minusDays(random.nextInt(20)) : null, intake,
                chance(40) ? new EmergencyContact(name(), optional("딸"), chance(70) ? mobile() : null) : null,
                optional(text(0, 60)), consents);
        RrnChange rrn = chance(40) ? new RrnChange.Set(rrn(birth, sex)) : RrnChange.keep();
        UUID id = office.residents().save(resident, rrn, Offices.LEADER).id();
        residents.add(id);
        if (chance(30)) {
            // A later edit, so the resident travels with lineage.
            Resident saved = office.residents().open(id, Offices.LEADER);
            office.residents().save(CaseFile.withName(saved, name()), RrnChange.keep(), Offices.LEADER);
        }
        UUID assessment = chance(70) ? assessment(id) : null;
        if (chance(60)) {
            plan(id, assessment);
        }
        int visits = random.nextInt(4);
        for (int i = 0; i < visits; i++) {
            visit(id);
        }
    }

    private UUID assessment(UUID resident) {
        List<NeedRating> needs = new ArrayList<>();
        for (NeedDomain domain : NeedDomain.values()) {
            if (chance(60)) {
                needs.add(new NeedRating(domain, random.nextInt(4), optional(text(1, 15))));
            }
        }
        return office.assessments().save(new Assessment(null, null, resident, today.minusDays(random.nextInt(400)),
                chance(60) ? pick(staff) : null, needs, optional(text(2, 40)), pick(RiskLevel.values())),
                Offices.LEADER).id();
    }

    private void plan(UUID resident, UUID assessment) {
        LocalDate made = today.minusDays(1 + random.nextInt(300));
        List<PlannedService> planned = new ArrayList<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            planned.add(new PlannedService(null, pick(services), providers.isEmpty() || chance(40) ? null
                    : pick(providers), optional(text(2, 10)), optional("방문"), optional("주 " + (1 + i) + "회"),
                    chance(50) ? made : null, null));
        }
        SupportPlan plan = office.plans().save(new SupportPlan(null, null, resident, assessment, made, made,
                chance(50) ? made.plusMonths(6) : null, optional(text(2, 30)), pick(VisitFrequency.values()),
                chance(50) ? made.plusMonths(3) : null, chance(20) ? PlanStatus.DRAFT : PlanStatus.ACTIVE, null, null,
                chance(50) ? pick(staff) : null, planned), Offices.LEADER);
        if (chance(40)) {
            office.plans().saveCheck(new PlanCheck(null, plan.id(), made.plusDays(1),
                    chance(50) ? pick(staff) : null, optional("유지"), optional(text(2, 20))), Offices.LEADER);
        }
        if (!planned.isEmpty() && chance(30)) {
            // Dropping a planned service tombstones it.
            SupportPlan saved = office.plans().find(plan.id()).orElseThrow();
            office.plans().save(new SupportPlan(saved.id(), saved.rev(), resident, assessment, made, made,
                    saved.periodEnd(), saved.goals(), saved.visitFrequency(), saved.nextReviewOn(), saved.status(),
                    null, null, saved.responsibleStaffId(), saved.services().subList(1, saved.services().size())),
                    Offices.LEADER);
        }
    }

    private void visit(UUID resident) {
        LocalDateTime at = today.minusDays(1 + random.nextInt(500)).atTime(9 + random.nextInt(8),
                random.nextInt(60));
        Vitals vitals = null;
        if (chance(60)) {
            int systolic = 100 + random.nextInt(80);
            boolean pressure = chance(80);
            vitals = new Vitals(pressure ? systolic : null, pressure ? systolic - 30 - random.nextInt(20) : null,
                    chance(60) ? 70 + random.nextInt(200) : null, chance(50) ? chance(50) : null,
                    chance(70) ? (300 + random.nextInt(700)) / 10.0 : null);
        }
        List<ServiceCount> delivered = new ArrayList<>();
        for (UUID service : services) {
            if (chance(30)) {
                delivered.add(new ServiceCount(service, 1 + random.nextInt(3)));
            }
        }
        FollowUp followUp = chance(30) ? new FollowUp(at.toLocalDate().plusDays(7), optional(text(2, 10)),
                chance(30) ? at.toLocalDate().plusDays(3) : null) : null;
        Visit saved = office.visits().save(new Visit(null, null, resident, chance(70) ? pick(staff) : null, at,
                pick(VisitKind.values()), pick(VisitOutcome.values()), optional(text(0, 80)), vitals, delivered,
                followUp, null, 0), chance(60), Offices.LEADER);
        if (saved.signedOffAt() == null && chance(25)) {
            office.visits().delete(saved.id(), Offices.LEADER);
        } else if (saved.signedOffAt() != null && vitals != null && chance(25)) {
            // A correction that takes the vitals away tombstones them.
            office.visits().save(new Visit(saved.id(), saved.rev(), resident, saved.staffId(), saved.visitedAt(),
                    saved.kind(), saved.outcome(), saved.notes(), null, saved.services(), saved.followUp(),
                    saved.signedOffAt(), saved.version()), true, Offices.LEADER);
        }
    }

    /** A week of planned visits, then some done, some not reached, one moved and one taken off the plan. */
    private void schedule() {
        LocalDate monday = today.minusWeeks(random.nextInt(3)).with(TemporalAdjusters.previousOrSame(
                DayOfWeek.MONDAY));
        LocalDate friday = monday.plusDays(4);
        List<ScheduleEntry> planned = new ArrayList<>();
        int order = 0;
        for (UUID resident : residents) {
            if (chance(30)) {
                continue;
            }
            List<DueReason> reasons = new ArrayList<>();
            for (DueReason reason : DueReason.values()) {
                if (chance(30)) {
                    reasons.add(reason);
                }
            }
            planned.add(new ScheduleEntry(null, null, monday.plusDays(random.nextInt(5)),
                    chance(50) ? (9 + random.nextInt(8)) + ":00" : null, chance(80) ? pick(staff) : null, resident,
                    null, null, reasons, optional(text(2, 12)), chance(80) ? ++order : 0, ScheduleStatus.PLANNED,
                    null));
        }
        List<ScheduleEntry> week = office.schedule().replacePlanned(monday, friday, planned, Offices.LEADER);
        for (ScheduleEntry entry : week) {
            int what = random.nextInt(5);
            if (what == 0 && !entry.date().isAfter(today)) {
                office.schedule().recordNotReached(entry.id(), chance(50) ? VisitOutcome.ABSENT
                        : VisitOutcome.REFUSED, Offices.LEADER);
            } else if (what == 1) {
                office.schedule().moveToNextWeek(entry.id(), Offices.LEADER);
            }
        }
        List<ScheduleEntry> open = office.schedule().between(monday, friday).stream()
                .filter(e -> e.status() == ScheduleStatus.PLANNED).toList();
        if (!open.isEmpty() && chance(50)) {
            // Taking a visit off the plan tombstones its entry.
            office.schedule().replacePlanned(monday, friday, open.subList(1, open.size()), Offices.LEADER);
        }
    }

    private Rrn rrn(LocalDate birth, Sex sex) {
        int century = birth.getYear() < 2000 ? (sex == Sex.M ? 1 : 2) : (sex == Sex.M ? 3 : 4);
        return Rrn.parse(String.format("%02d%02d%02d-%d%s", birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth(), century, digits(6)));
    }

    private String name() {
        return ForAll.hangul(random, 2 + random.nextInt(3));
    }

    private String text(int min, int max) {
        String text = ForAll.hangul(random, min + random.nextInt(max - min + 1));
        return text + TEXT_EXTRAS[random.nextInt(TEXT_EXTRAS.length)];
    }

    private PhoneNumber mobile() {
        return PhoneNumber.parse("010-" + digits(4) + "-" + digits(4));
    }

    private String digits(int count) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(random.nextInt(10));
        }
        return sb.toString();
    }

    private String optional(String value) {
        return chance(50) ? value : null;
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
