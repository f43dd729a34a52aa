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
        if (!intake.isBefore(historyStart)) {
            visits.add(visit(person, intake.atTime(10, 0), r.responsibleStaffId(), VisitKind.HOME, VisitOutcome.MET,
                    pick(Notes.INTAKE), null, List.of()));
        }
        long sinceIntake = ChronoUnit.DAYS.between(intake, today);
        LocalDate assessedOn = min(intake.plusDays(2 + random.nextInt(13)), lastDay);
        Assessment assessment = assessment(r, assessedOn);

        // Not yet planned: about half of the newest intakes, and a few older ones that slipped (plan deadline).
        boolean unplanned = open && (sinceIntake <= 45 ? chance(50) : chance(1));
        if (unplanned) {
            return new DemoCase(chance(50) || sinceIntake > 45 ? assessment : null, List.of(), visits);
        }
        LocalDate madeOn = min(assessedOn.plusDays(chance(6) ? 25 + random.nextInt(25) : 1 + random.nextInt(10)),
                lastDay);
        VisitFrequency frequency = frequency(r.riskLevel());
        List<PlannedService> services = services(assessment, madeOn);
        String goals = goals(assessment);

        List<DemoPlan> plans = new ArrayList<>();
        LocalDate replanOn = madeOn.plusDays(300 + random.nextInt(100));
        boolean replanned = open && replanOn.isBefore(lastDay.minusDays(30)) && chance(12);
        PlanStatus status = !open ? PlanStatus.ACTIVE
                : sinceIntake <= 150 && chance(12) ? PlanStatus.DRAFT
                : chance(7) ? PlanStatus.UNDER_REVIEW : PlanStatus.ACTIVE;
        if (replanned) {
            plans.add(plan(person, madeOn, frequency, services, goals, PlanStatus.ACTIVE, replanOn,
                    Notes.REPLAN_REASON, visits, false));
            VisitFrequency sooner = frequency == VisitFrequency.WEEKLY ? frequency
                    : VisitFrequency.values()[frequency.ordinal() - 1];
            plans.add(plan(person, replanOn, sooner, services(assessment, replanOn), goals, status, null, null,
                    visits, true));
        } else if (!open) {
            plans.add(plan(person, madeOn, frequency, services, goals, PlanStatus.ACTIVE, lastDay.plusDays(1),
                    Notes.endReason(r.closureReason()), visits, false));
        } else {
            plans.add(plan(person, madeOn, frequency, services, goals, status, null, null, visits, true));
        }
        visits.sort(Comparator.comparing(Visit::visitedAt));
        if (open && !visits.isEmpty() && chance(7)) {
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

    private VisitFrequency frequency(RiskLevel risk) {
        return switch (risk) {
            case CRISIS -> VisitFrequency.WEEKLY;
            case HIGH -> chance(30) ? VisitFrequency.WEEKLY : VisitFrequency.BIWEEKLY;
            case MEDIUM -> chance(25) ? VisitFrequency.BIWEEKLY : VisitFrequency.MONTHLY;
            case LOW -> chance(40) ? VisitFrequency.MONTHLY : VisitFrequency.QUARTERLY;
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
     * A plan with its checks, adding its visits to {@code visits}.
     *
     * @param endedOn the day it ended, or {@code null} when it still runs
     * @param latest  whether this is the resident's plan today; only then may its visits lapse
     */
    private DemoPlan plan(Person p, LocalDate madeOn, VisitFrequency frequency, List<PlannedService> services,
                          String goals, PlanStatus status, LocalDate endedOn, String endedReason, List<Visit> visits,
                          boolean latest) {
        Resident r = p.resident();
        LocalDate periodEnd = madeOn.plusYears(1);
        LocalDate runsUntil = endedOn == null ? today : endedOn;
        List<PlanCheck> checks = checks(madeOn, runsUntil);
        LocalDate lastCheck = checks.isEmpty() ? madeOn : checks.getLast().checkedOn();
        SupportPlan plan = new SupportPlan(null, null, r.id(), null, madeOn, madeOn,
                periodEnd.isAfter(today) ? periodEnd : null, goals, frequency, lastCheck.plusMonths(6), status,
                null, null, r.responsibleStaffId(), services);
        if (status != PlanStatus.DRAFT) {
            boolean nurse = services.stream().anyMatch(s -> s.serviceId().equals(team.services()
                    .get(DemoCatalogue.VISITING_NURSE)) || s.serviceId().equals(team.services()
                    .get(DemoCatalogue.CHRONIC_CARE)));
            contacts(p, madeOn, runsUntil.minusDays(1), frequency, services, nurse,
                    latest && chance(10), visits);
        }
        return new DemoPlan(plan, checks, endedOn, endedReason);
    }

    /** First check within 3 months, then about every 5–6 months; a few teams miss the first or run late. */
    private List<PlanCheck> checks(LocalDate madeOn, LocalDate until) {
        List<PlanCheck> checks = new ArrayList<>();
        if (chance(2)) {
            return checks;
        }
        boolean late = chance(8);
        LocalDate next = madeOn.plusDays(50 + random.nextInt(39));
        while (next.isBefore(until)) {
            checks.add(new PlanCheck(null, null, next, team.leader(), pick(Notes.CHECK_RESULTS),
                    chance(30) ? pick(Notes.CHECK_NOTES) : null));
            next = next.plusDays(late ? 185 + random.nextInt(45) : 140 + random.nextInt(39));
        }
        return checks;
    }

    /** Contacts at the plan's frequency from {@code from} to {@code until}; a missed contact is retried soon. */
    private void contacts(Person p, LocalDate from, LocalDate until, VisitFrequency frequency,
                          List<PlannedService> services, boolean nurseCase, boolean lapses, List<Visit> visits) {
        int interval = (int) ChronoUnit.DAYS.between(from, frequency.nextAfter(from));
        LocalDate stop = lapses ? until.minusDays(interval + interval * (1 + random.nextInt(4)) / 2) : until;
        LocalDate start = from.isBefore(historyStart) ? historyStart : from;
        LocalDate next = start.plusDays(step(interval));
        while (!next.isAfter(stop)) {
            LocalDate day = weekday(next);
            Visit visit = contact(p, day, services, nurseCase);
            visits.add(visit);
            next = visit.outcome() == VisitOutcome.MET ? day.plusDays(step(interval)) : day.plusDays(1
                    + random.nextInt(5));
        }
    }

    private int step(int interval) {
        return interval - interval / 5 + random.nextInt(interval / 4 + 1);
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

    /** Some contacts ask for a follow-up; most of those were done or overtaken by the next meeting. */
    private Visit withFollowUp(Visit v) {
        if (!chance(8)) {
            return v;
        }
        LocalDate on = v.visitedAt().toLocalDate();
        LocalDate due = on.plusDays(3 + random.nextInt(12));
        LocalDate done = chance(55) ? on.plusDays(1 + random.nextInt((int) ChronoUnit.DAYS.between(on, due))) : null;
        if (done != null && !done.isBefore(today)) {
            done = null;
        }
        return withFollowUp(v, new FollowUp(due, pick(Notes.FOLLOW_UPS), done));
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

    /** A resident and their usual vitals, while their visits are made up. */
    private record Person(Resident resident, Vitals base) {
    }

}
