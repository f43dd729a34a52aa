package org.dolbom.app.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.dolbom.domain.Assessment;
import org.dolbom.domain.DueVisits;
import org.dolbom.domain.FollowUp;
import org.dolbom.domain.LivingSituation;
import org.dolbom.domain.NeedDomain;
import org.dolbom.domain.NeedRating;
import org.dolbom.domain.PlanCheck;
import org.dolbom.domain.PlanStatus;
import org.dolbom.domain.PlannedService;
import org.dolbom.domain.Resident;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.ServiceCount;
import org.dolbom.domain.Sex;
import org.dolbom.domain.SupportPlan;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitFrequency;
import org.dolbom.domain.VisitKind;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.domain.Vitals;
import org.dolbom.domain.Vulnerability;

/**
 * Two years of believable case work for saved demo residents: an assessment that follows from their
 * vulnerabilities, a support plan with services from the catalogue, plan checks, and visits at the plan's
 * frequency. Some residents are left behind on purpose (no plan yet, a check missed, visits lapsed, a follow-up
 * open) so the due list has something in every row. Deterministic: the same seed, day and residents in the same
 * order give the same case work. Nothing here touches the store.
 */
final class DemoCaseWork {

    private static final int HISTORY_YEARS = 2;
    /** Its own random stream, so adding case work leaves the seed's residents exactly as they were. */
    private static final long STREAM = 0x5EED_CA5EL;

    private final Random random;
    private final LocalDate today;
    private final LocalDate historyStart;
    private final DemoTeam team;

    DemoCaseWork(long seed, LocalDate today, DemoTeam team) {
        this.random = new Random(seed ^ STREAM);
        this.today = today;
        this.historyStart = today.minusYears(HISTORY_YEARS);
        this.team = team;
    }

    /** The case work for one saved resident (with id, area staff, intake date and status). */
    DemoCase caseFor(Resident r) {
        boolean open = r.status() == ResidentStatus.ACTIVE;
        LocalDate intake = r.intakeDate();
        LocalDate lastDay = today.minusDays(1);
        if (!open && r.statusDate() != null && r.statusDate().isBefore(today)) {
            lastDay = r.statusDate().minusDays(1);
        }
        List<Visit> visits = new ArrayList<>();
        if (intake == null || lastDay.isBefore(intake)) {
            return new DemoCase(null, List.of(), visits);
        }
        Person person = new Person(r, vitalsBase(r));
        Contact contact = new Contact();
        if (!intake.isBefore(historyStart)) {
            visits.add(visit(person, intake.atTime(10, 0), r.responsibleStaffId(), VisitKind.HOME, VisitOutcome.MET,
                    pick(Notes.INTAKE), null, List.of()));
            contact.lastMet = intake;
        }
        long sinceIntake = ChronoUnit.DAYS.between(intake, today);
        Assessment assessment = assessment(r, min(intake.plusDays(2 + random.nextInt(10)), lastDay));

        // The plan is made within the 30 days the law allows, often in the last week before the deadline: the
        // newest intakes are still waiting for theirs, and one or two have slipped past it.
        LocalDate madeOn = intake.plusDays(14 + random.nextInt(17));
        boolean finalWeek = open && sinceIntake > 20 && sinceIntake <= DueVisits.PLAN_DEADLINE_DAYS && chance(50);
        boolean slipped = open && sinceIntake > DueVisits.PLAN_DEADLINE_DAYS && sinceIntake <= 50 && chance(10);
        if (finalWeek || slipped || madeOn.isAfter(lastDay)) {
            List<DemoPlan> draft = List.of();
            if (open && !slipped && chance(40)) {
                LocalDate drafted = min(assessment.assessedOn().plusDays(1 + random.nextInt(5)), lastDay);
                List<PlannedService> services = services(assessment, drafted);
                draft = List.of(new DemoPlan(new SupportPlan(null, null, r.id(), null, drafted, drafted,
                        drafted.plusYears(1), goals(assessment), frequency(r.riskLevel()), null, PlanStatus.DRAFT,
                        null, null, r.responsibleStaffId(), services), List.of(), null, null));
            }
            return new DemoCase(assessment, draft, visits);
        }

        // A plan runs for a year; at its end the team reviews the case and makes the next one.
        VisitFrequency frequency = frequency(r.riskLevel());
        List<PlannedService> services = services(assessment, madeOn);
        String goals = goals(assessment);
        boolean lapses = open && random.nextInt(1000) < 15;
        List<DemoPlan> plans = new ArrayList<>();
        LocalDate start = madeOn;
        while (true) {
            LocalDate end = start.plusYears(1);
            if (end.isAfter(lastDay)) {
                if (open) {
                    PlanStatus status = chance(5) ? PlanStatus.UNDER_REVIEW : PlanStatus.ACTIVE;
                    plans.add(plan(person, start, today, frequency, services, goals, status, null, null, lapses,
                            contact, visits));
                } else {
                    plans.add(plan(person, start, lastDay.plusDays(1), frequency, services, goals,
                            PlanStatus.ACTIVE, lastDay.plusDays(1), Notes.endReason(r.closureReason()), false,
                            contact, visits));
                }
                break;
            }
            plans.add(plan(person, start, end, frequency, services, goals, PlanStatus.ACTIVE, end,
                    Notes.REPLAN_REASON, false, contact, visits));
            start = end;
            services = services(assessment, start);
        }
        visits.sort(Comparator.comparing(Visit::visitedAt));
        if (open && !visits.isEmpty() && chance(1)) {
            leaveFollowUpOpen(visits);
        }
        return new DemoCase(assessment, plans, visits);
    }

    private Assessment assessment(Resident r, LocalDate on) {
        Set<Vulnerability> v = r.vulnerabilities();
        boolean alone = r.livingSituation() == LivingSituation.ALONE;
        int age = r.ageOn(on);
        Map<NeedDomain, Integer> levels = new EnumMap<>(NeedDomain.class);
        levels.put(NeedDomain.HEALTH_ADL, v.contains(Vulnerability.CHRONIC_ILLNESS)
                || v.contains(Vulnerability.DISCHARGED_PATIENT) ? 2 + random.nextInt(2)
                : v.contains(Vulnerability.DISABILITY) || v.contains(Vulnerability.DEMENTIA) ? 2 : random.nextInt(2));
        levels.put(NeedDomain.MEALS, alone && age >= 80 ? 2 : alone || v.contains(Vulnerability.BASIC_LIVELIHOOD)
                ? 1 + random.nextInt(2) : random.nextInt(2));
        levels.put(NeedDomain.HOUSEWORK, v.contains(Vulnerability.DISABILITY) || v.contains(Vulnerability.DEMENTIA)
                || age >= 85 ? 1 + random.nextInt(2) : random.nextInt(2));
        levels.put(NeedDomain.MOBILITY, v.contains(Vulnerability.DISABILITY) || age >= 85 ? 2 + random.nextInt(2)
                : v.contains(Vulnerability.DISCHARGED_PATIENT) ? 2 : random.nextInt(2));
        levels.put(NeedDomain.SAFETY, alone && v.contains(Vulnerability.DEMENTIA) ? 3 : alone ? 1 + random.nextInt(2)
                : v.contains(Vulnerability.DEMENTIA) ? 2 : 0);
        levels.put(NeedDomain.HOUSING, v.contains(Vulnerability.BASIC_LIVELIHOOD)
                || v.contains(Vulnerability.NEAR_POOR) ? random.nextInt(3) : chance(10) ? 1 : 0);
        levels.put(NeedDomain.RESPITE, v.contains(Vulnerability.DEMENTIA) && !alone ? 1 + random.nextInt(2) : 0);
        levels.put(NeedDomain.ECONOMY, v.contains(Vulnerability.BASIC_LIVELIHOOD) ? 2
                : v.contains(Vulnerability.NEAR_POOR) ? 1 + random.nextInt(2) : random.nextInt(2));
        levels.put(NeedDomain.ISOLATION, v.contains(Vulnerability.SOCIAL_ISOLATION) ? 2 + random.nextInt(2)
                : v.contains(Vulnerability.MENTAL_HEALTH) ? 2 : alone ? 1 : 0);
        List<NeedRating> needs = new ArrayList<>();
        levels.forEach((domain, level) -> needs.add(new NeedRating(domain, level,
                level >= 2 ? pick(Notes.NEED.get(domain)) : null)));
        return new Assessment(null, null, r.id(), on, r.responsibleStaffId(), needs, summary(r, levels),
                r.riskLevel());
    }

    private String summary(Resident r, Map<NeedDomain, Integer> levels) {
        List<String> urgent = levels.entrySet().stream().filter(e -> e.getValue() >= 2)
                .sorted(Map.Entry.<NeedDomain, Integer>comparingByValue().reversed())
                .map(e -> Notes.DOMAIN_WORDS.get(e.getKey())).limit(3).toList();
        String situation = switch (r.livingSituation()) {
            case ALONE -> "홀로 거주";
            case ELDERLY_COUPLE -> "노부부 거주";
            case GRANDPARENT_GRANDCHILD -> "조손 가구";
            case WITH_FAMILY -> "가족과 거주";
            case OTHER -> "기타 거주";
        };
        return urgent.isEmpty() ? situation + ". 현재 일상생활 유지 가능, 정기 안부 확인 필요."
                : situation + ". " + String.join(", ", urgent) + " 지원이 필요함.";
    }

    /**
     * Most of the caseload is called every three months or seen monthly; only the few in crisis are seen weekly.
     * That is about what six staff can keep up with for 1,300 open cases, phone check-ins included.
     */
    private VisitFrequency frequency(RiskLevel risk) {
        return switch (risk) {
            case CRISIS -> VisitFrequency.WEEKLY;
            case HIGH -> chance(45) ? VisitFrequency.BIWEEKLY : VisitFrequency.MONTHLY;
            case MEDIUM -> chance(15) ? VisitFrequency.MONTHLY : VisitFrequency.QUARTERLY;
            case LOW -> VisitFrequency.QUARTERLY;
        };
    }

    /** One to four services for the highest-rated domains. */
    private List<PlannedService> services(Assessment assessment, LocalDate from) {
        Set<String> codes = new LinkedHashSet<>();
        assessment.needs().stream().filter(n -> n.level() >= 1)
                .sorted(Comparator.comparingInt(NeedRating::level).reversed())
                .forEach(n -> {
                    List<String> options = Notes.SERVICES_FOR.get(n.domain());
                    if (options != null && codes.size() < 1 + random.nextInt(4)) {
                        codes.add(pick(options));
                    }
                });
        if (codes.isEmpty()) {
            codes.add("SF-01");
        }
        List<PlannedService> services = new ArrayList<>();
        for (String code : codes) {
            DemoCatalogue.Offer offer = DemoCatalogue.offer(code);
            services.add(new PlannedService(null, team.services().get(code), team.providers().get(offer.provider()),
                    offer.name() + " 제공", offer.method(), offer.quantity(), from, null));
        }
        return services;
    }

    private String goals(Assessment assessment) {
        List<String> goals = assessment.needs().stream().filter(n -> n.level() >= 2)
                .sorted(Comparator.comparingInt(NeedRating::level).reversed())
                .map(n -> Notes.GOALS.get(n.domain())).distinct().limit(2).toList();
        return goals.isEmpty() ? "현재 생활 유지, 정기 안부 확인으로 위기 조기 발견" : String.join(" / ", goals);
    }

    /**
     * A plan with its checks, adding its contacts to {@code visits}.
     *
     * @param until   the first day the plan no longer runs: its end, or today for the plan the team works by
     * @param endedOn the day it ended, or {@code null} when it still runs
     * @param lapses  whether the team lost track of this resident some weeks ago (a handful do)
     */
    private DemoPlan plan(Person p, LocalDate madeOn, LocalDate until, VisitFrequency frequency,
                          List<PlannedService> services, String goals, PlanStatus status, LocalDate endedOn,
                          String endedReason, boolean lapses, Contact contact, List<Visit> visits) {
        Resident r = p.resident();
        List<PlanCheck> checks = checks(madeOn, until);
        LocalDate lastCheck = checks.isEmpty() ? madeOn : checks.getLast().checkedOn();
        SupportPlan plan = new SupportPlan(null, null, r.id(), null, madeOn, madeOn, madeOn.plusYears(1), goals,
                frequency, lastCheck.plusMonths(checks.isEmpty() ? DueVisits.FIRST_CHECK_MONTHS
                        : DueVisits.CHECK_INTERVAL_MONTHS), status, null, null, r.responsibleStaffId(), services);
        boolean nurse = services.stream().anyMatch(s -> s.serviceId().equals(team.services()
                .get(DemoCatalogue.VISITING_NURSE)) || s.serviceId().equals(team.services()
                .get(DemoCatalogue.CHRONIC_CARE)));
        LocalDate stop = lapses ? until.minusDays(14 + random.nextInt(40)) : until;
        contacts(p, madeOn, stop, frequency, services, nurse, contact, visits);
        return new DemoPlan(plan, checks, endedOn, endedReason);
    }

    /**
     * The first check within 3 months of the plan, then one before each 6 months are up, usually some weeks
     * early; now and then the team is a few weeks late.
     */
    private List<PlanCheck> checks(LocalDate madeOn, LocalDate until) {
        List<PlanCheck> checks = new ArrayList<>();
        LocalDate day = checkDay(madeOn.plusMonths(DueVisits.FIRST_CHECK_MONTHS));
        while (day.isBefore(until)) {
            checks.add(new PlanCheck(null, null, day, team.leader(), pick(Notes.CHECK_RESULTS),
                    chance(30) ? pick(Notes.CHECK_NOTES) : null));
            day = checkDay(day.plusMonths(DueVisits.CHECK_INTERVAL_MONTHS));
        }
        return checks;
    }

    private LocalDate checkDay(LocalDate due) {
        int roll = random.nextInt(100);
        return weekday(roll < 4 ? due.plusDays(1 + random.nextInt(30))
                : roll < 45 ? due.minusDays(random.nextInt(7)) : due.minusDays(7 + random.nextInt(30)));
    }

    /**
     * Contacts at the plan's frequency from {@code from} until the day before {@code until}: each one near the
     * day it is due (usually in the days before, sometimes a few days late); a resident not reached is tried again
     * within days, and one who refused within weeks.
     */
    private void contacts(Person p, LocalDate from, LocalDate until, VisitFrequency frequency,
                          List<PlannedService> services, boolean nurseCase, Contact contact, List<Visit> visits) {
        LocalDate anchor = contact.lastMet == null || contact.lastMet.isBefore(from) ? from : contact.lastMet;
        while (true) {
            LocalDate due = frequency.nextAfter(anchor);
            LocalDate day = weekday(chance(85) ? due.minusDays(random.nextInt(5)) : due.plusDays(1 + random.nextInt(3)));
            if (day.isBefore(from)) {
                day = from;
            }
            Visit visit = null;
            while (!day.isBefore(historyStart) && day.isBefore(until)) {
                visit = contact(p, day, services, nurseCase);
                visits.add(visit);
                if (visit.outcome() == VisitOutcome.MET) {
                    break;
                }
                day = weekday(day.plusDays(visit.outcome() == VisitOutcome.REFUSED ? 7 + random.nextInt(14)
                        : 2 + random.nextInt(5)));
            }
            if (!day.isBefore(until)) {
                return;
            }
            anchor = day;
            contact.lastMet = day;
        }
    }

    /** Teams do not visit at weekends: a Saturday or Sunday contact happens on the Friday before. */
    private static LocalDate weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.minusDays(1);
            case SUNDAY -> day.minusDays(2);
            default -> day;
        };
    }

    private Visit contact(Person p, LocalDate day, List<PlannedService> services, boolean nurseCase) {
        UUID worker = p.resident().responsibleStaffId();
        if (nurseCase && chance(45)) {
            UUID nurse = team.nurses().get(Math.floorMod(p.resident().id().hashCode(), team.nurses().size()));
            VisitOutcome outcome = chance(92) ? VisitOutcome.MET : VisitOutcome.ABSENT;
            if (outcome != VisitOutcome.MET) {
                return visit(p, at(day, 10, 7), nurse, VisitKind.HOME, outcome, pick(Notes.ABSENT_HOME), null,
                        List.of());
            }
            Vitals vitals = vitals(p);
            boolean abnormal = !vitals.flags(null).isEmpty();
            List<ServiceCount> delivered = delivered(services, DemoCatalogue.VISITING_NURSE);
            return visit(p, at(day, 10, 7), nurse, VisitKind.HOME, outcome,
                    pick(abnormal ? Notes.NURSE_ABNORMAL : Notes.NURSE), vitals, delivered);
        }
        int roll = random.nextInt(100);
        VisitKind kind = roll < 52 ? VisitKind.HOME : roll < 86 ? VisitKind.PHONE : roll < 91 ? VisitKind.OFFICE
                : roll < 96 ? VisitKind.ACCOMPANIMENT : VisitKind.OUTREACH;
        UUID staff = chance(5) ? team.leader() : worker;
        int reached = random.nextInt(100);
        VisitOutcome outcome = kind == VisitKind.HOME || kind == VisitKind.PHONE
                ? reached < 85 ? VisitOutcome.MET : reached < 96 ? VisitOutcome.ABSENT : VisitOutcome.REFUSED
                : VisitOutcome.MET;
        LocalDateTime when = kind == VisitKind.PHONE ? at(day, 9, 9) : at(day, 9, 8);
        return switch (outcome) {
            case ABSENT -> visit(p, when, staff, kind, outcome,
                    pick(kind == VisitKind.PHONE ? Notes.ABSENT_PHONE : Notes.ABSENT_HOME), null, List.of());
            case REFUSED -> visit(p, when, staff, kind, outcome, pick(Notes.REFUSED), null, List.of());
            case MET -> {
                String note = switch (kind) {
                    case PHONE -> pick(Notes.PHONE);
                    case OFFICE -> pick(Notes.OFFICE);
                    case ACCOMPANIMENT -> pick(Notes.ACCOMPANIMENT);
                    case OUTREACH -> pick(Notes.OUTREACH);
                    case HOME -> pick(Notes.HOME);
                };
                List<ServiceCount> delivered = kind == VisitKind.ACCOMPANIMENT
                        ? delivered(services, DemoCatalogue.HOSPITAL_ESCORT)
                        : kind == VisitKind.HOME && chance(35) ? delivered(services, null) : List.of();
                yield withFollowUp(visit(p, when, staff, kind, outcome, note, null, delivered));
            }
        };
    }

    /** One planned service counted once: the given one when planned, else any planned one. */
    private List<ServiceCount> delivered(List<PlannedService> services, String code) {
        if (services.isEmpty()) {
            return List.of();
        }
        UUID wanted = code == null ? null : team.services().get(code);
        for (PlannedService s : services) {
            if (s.serviceId().equals(wanted)) {
                return List.of(new ServiceCount(wanted, 1));
            }
        }
        return code == null ? List.of(new ServiceCount(pick(services).serviceId(), 1)) : List.of();
    }

    /**
     * Some contacts ask for a follow-up within two weeks; the team does it and marks it done, so only the newest
     * can still be open.
     */
    private Visit withFollowUp(Visit v) {
        if (!chance(8)) {
            return v;
        }
        LocalDate on = v.visitedAt().toLocalDate();
        LocalDate due = on.plusDays(3 + random.nextInt(12));
        LocalDate done = on.plusDays(1 + random.nextInt((int) ChronoUnit.DAYS.between(on, due) + 3));
        return withFollowUp(v, new FollowUp(due, pick(Notes.FOLLOW_UPS), done.isBefore(today) ? done : null));
    }

    /** The resident's last contact asks for something around this week, and nobody has done it yet. */
    private void leaveFollowUpOpen(List<Visit> visits) {
        Visit last = visits.getLast();
        LocalDate on = last.visitedAt().toLocalDate();
        LocalDate due = today.plusDays(random.nextInt(13) - 6);
        visits.set(visits.size() - 1, withFollowUp(last, new FollowUp(due.isBefore(on) ? on : due,
                pick(Notes.FOLLOW_UPS), null)));
    }

    private static Visit withFollowUp(Visit v, FollowUp followUp) {
        return new Visit(v.id(), v.rev(), v.residentId(), v.staffId(), v.visitedAt(), v.kind(), v.outcome(),
                v.notes(), v.vitals(), v.services(), followUp, v.signedOffAt(), v.version());
    }

    private Visit visit(Person p, LocalDateTime when, UUID staff, VisitKind kind, VisitOutcome outcome, String notes,
                        Vitals vitals, List<ServiceCount> services) {
        // The last few days' records may still be drafts waiting for sign-off.
        boolean draft = ChronoUnit.DAYS.between(when.toLocalDate(), today) <= 3 && chance(30);
        Instant signed = draft ? null : Instant.EPOCH;
        return new Visit(null, null, p.resident().id(), staff, when, kind, outcome, notes, vitals, services, null,
                signed, 1);
    }

    private LocalDateTime at(LocalDate day, int firstHour, int hours) {
        return day.atTime(LocalTime.of(firstHour + random.nextInt(hours), random.nextInt(6) * 10));
    }

    /** A resident's usual readings: nurses see the same person drift around them. */
    private Vitals vitalsBase(Resident r) {
        boolean chronic = r.vulnerabilities().contains(Vulnerability.CHRONIC_ILLNESS);
        int systolic = 112 + random.nextInt(24) + (chronic ? 8 : 0);
        int glucose = chronic && chance(60) ? 115 + random.nextInt(45) : 90 + random.nextInt(20);
        double weight = r.sex() == Sex.F ? 42 + random.nextInt(22) : 52 + random.nextInt(26);
        return new Vitals(systolic, null, glucose, null, weight);
    }

    private Vitals vitals(Person p) {
        Vitals base = p.base();
        int systolic = (int) Math.round(base.systolic() + random.nextGaussian() * 8);
        if (chance(7)) {
            systolic += 25 + random.nextInt(25);
        }
        systolic = Math.clamp(systolic, 85, 210);
        int diastolic = Math.min(systolic - 25, (int) Math.round(systolic * 0.6) + random.nextInt(12) - 3);
        boolean fasting = chance(40);
        int glucose = base.glucose() + (fasting ? -10 : 30) + (int) Math.round(random.nextGaussian() * 15);
        if (chance(4)) {
            glucose += 90 + random.nextInt(80);
        }
        glucose = Math.clamp(glucose, 60, 450);
        double weight = Math.round((base.weightKg() + random.nextGaussian() * 0.7) * 10) / 10.0;
        boolean measuresGlucose = base.glucose() >= 115 || chance(30);
        return new Vitals(systolic, diastolic, measuresGlucose ? glucose : null, measuresGlucose ? fasting : null,
                chance(60) ? weight : null);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** The resident's last MET contact, carried from one plan to the next. */
    private static final class Contact {
        LocalDate lastMet;
    }

    /** A resident and their usual vitals, while their visits are made up. */
    private record Person(Resident resident, Vitals base) {
    }

}
