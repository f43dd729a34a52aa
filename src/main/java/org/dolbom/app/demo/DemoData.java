package org.dolbom.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

import org.dolbom.app.AppContext;
import org.dolbom.app.schedule.WeekSchedule;
import org.dolbom.domain.Area;
import org.dolbom.domain.Household;
import org.dolbom.domain.PlanCheck;
import org.dolbom.domain.Provider;
import org.dolbom.domain.Resident;
import org.dolbom.domain.ScheduleStatus;
import org.dolbom.domain.ServiceEntry;
import org.dolbom.domain.Staff;
import org.dolbom.domain.StaffRole;
import org.dolbom.domain.SupportPlan;
import org.dolbom.domain.Visit;
import org.dolbom.schedule.KoreanHolidays;
import org.dolbom.schedule.Week;
import org.dolbom.store.Actor;
import org.dolbom.store.AuditAction;
import org.dolbom.store.BulkCaseWrites;

/**
 * Fills a data file with the demo township. Staff, areas and the catalogue go through the ordinary stores; the
 * thousands of case files go through {@link org.dolbom.store.BulkCaseWrites}, which checks and builds every record
 * as the stores do but writes them in batches, so 2,000 residents take seconds and 100,000 stay feasible.
 */
public final class DemoData {

    public static final int DEFAULT_RESIDENTS = 2000;
    public static final long DEFAULT_SEED = 1;
    /** Its own random stream for record ids, so ids never disturb the residents a seed gives. */
    private static final long IDS = 0x1D5_0F_DE30L;

    private DemoData() {
    }

    /** Whether the file already holds residents; demo data is only ever added to a file without any. */
    public static boolean hasResidents(AppContext context) {
        return context.inventory().counts().getOrDefault("residents", 0L) > 0;
    }

    /**
     * Writes staff, the service catalogue and providers, areas, households, residents and about two years of their
     * case work (assessments, plans, checks, visits) in one transaction: all of it, or nothing. "Today" is the
     * context clock's date. An office is registered only when the file has none; existing areas with the same
     * 읍면 and 리 are reused. The audit log gets one entry for the whole fill, with its counts. Record ids come
     * from the seed and the office code, so the same seed fills a file with the same records.
     * Call only when {@link #hasResidents} is false.
     */
    public static DemoSummary fill(AppContext context, int residents, long seed, Actor actor) {
        return fill(context, residents, seed, actor, DemoProgress.NONE);
    }

    /**
     * {@link #fill(AppContext, int, long, Actor)} with progress reports; when {@code progress} asks to stop, the
     * fill is rolled back and {@link CancellationException} is thrown, leaving the file as it was.
     */
    public static DemoSummary fill(AppContext context, int residents, long seed, Actor actor,
                                   DemoProgress progress) {
        LocalDate today = LocalDate.now(context.clock());
        DemoGenerator generator = new DemoGenerator(seed, today);
        return context.database().inTransaction(() -> {
            if (context.office().office().isEmpty()) {
                context.office().register(DemoGenerator.office());
            }
            List<Staff> staff = new ArrayList<>();
            for (Staff planned : generator.staff()) {
                staff.add(context.staff().save(planned));
            }
            List<UUID> staffIds = staff.stream().map(Staff::id).toList();
            List<Area> areas = saveAreas(context, generator.areas(), staffIds);
            DemoCaseWork caseWork = new DemoCaseWork(seed, today, team(context, staff));
            Random idSource = new Random(seed ^ IDS ^ context.office().office().orElseThrow().code().hashCode());

            DemoSummary summary = context.bulkWrites().write(actor, orderedIds(idSource), batch -> {
                DemoSummary.Counter written = new DemoSummary.Counter();
                generator.households(residents, demo -> {
                    if (progress.cancelled()) {
                        throw new CancellationException();
                    }
                    Area area = areas.get(demo.areaIndex());
                    Household planned = demo.household();
                    Household household = batch.household(new Household(null, area.id(), planned.roadAddress(),
                            planned.addressDetail(), planned.note()));
                    for (DemoResident member : demo.members()) {
                        Resident saved = batch.resident(placed(member.resident(), area, household), member.rrn());
                        saveCase(batch, caseWork.caseFor(saved), written);
                    }
                    written.households++;
                    written.residents += demo.members().size();
                    progress.residentsWritten(Math.min(written.residents, residents), residents);
                });
                return written.summary(staffIds.size(), areas.size());
            });
            int entries = context.audit().coveredByOneEntry(() -> workedWeeks(context, today, actor));
            context.audit().record(actor, AuditAction.DEMO, null, "seed " + seed + ", residents "
                    + summary.residents() + ", households " + summary.households() + ", assessments "
                    + summary.assessments() + ", plans " + summary.plans() + ", visits " + summary.visits()
                    + ", schedule entries " + entries);
            return summary;
        });
    }

    /**
     * Version 7 UUIDs (time-ordered, RFC 9562) counting up from a start taken from the seeded source: each new
     * record's key lands at the end of its index instead of at a random place, which keeps a large fill fast.
     */
    private static Supplier<UUID> orderedIds(Random source) {
        long start = 0x0180_0000_0000L + (source.nextLong() & 0x00FF_FFFF_FFFFL);
        long[] count = {0};
        return () -> {
            long tick = start + count[0]++;
            long high = (tick << 16) | 0x7000L | (source.nextInt() & 0x0FFF);
            long low = (source.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
            return new UUID(high, low);
        };
    }

    /**
     * The schedule as an office in the middle of a week has it: last week and the days of this week that have
     * passed show each visit with its result; the rest of this week is planned from the due list and saved with its
     * 미편성 list, so 일정 opens on a real week.
     */
    private static int workedWeeks(AppContext context, LocalDate today, Actor actor) {
        Week thisWeek = Week.containing(today);
        int entries = context.schedule().recordVisitsOnSchedule(thisWeek.previous().monday(), today, actor);
        WeekSchedule schedule = new WeekSchedule(context, KoreanHolidays.shipped());
        if (!schedule.hasPassed(thisWeek, false)) {
            entries += schedule.save(schedule.plan(thisWeek, false, List.of()), actor).stream()
                    .filter(e -> e.status() == ScheduleStatus.PLANNED).count();
        }
        return entries;
    }

    /** The catalogue and providers, reusing any service whose code the file already has. */
    private static DemoTeam team(AppContext context, List<Staff> staff) {
        Map<String, UUID> providers = new HashMap<>();
        for (Provider existing : context.catalogue().providers()) {
            providers.put(existing.name(), existing.id());
        }
        for (Provider provider : DemoCatalogue.providers()) {
            providers.computeIfAbsent(provider.name(), name -> context.catalogue().save(provider).id());
        }
        Map<String, UUID> services = new HashMap<>();
        for (ServiceEntry existing : context.catalogue().services(true)) {
            services.put(existing.code(), existing.id());
        }
        for (DemoCatalogue.Offer offer : DemoCatalogue.OFFERS) {
            services.computeIfAbsent(offer.code(), code -> context.catalogue().save(offer.entry()).id());
        }
        UUID leader = staff.stream().filter(s -> s.role() == StaffRole.TEAM_LEADER).findFirst().orElseThrow().id();
        List<UUID> nurses = staff.stream().filter(s -> s.role() == StaffRole.VISITING_NURSE).map(Staff::id).toList();
        return new DemoTeam(leader, nurses, services, providers);
    }

    private static void saveCase(BulkCaseWrites.Batch batch, DemoCase demo, DemoSummary.Counter written) {
        UUID assessmentId = null;
        if (demo.assessment() != null) {
            assessmentId = batch.assessment(demo.assessment()).id();
            written.assessments++;
        }
        for (DemoPlan planned : demo.plans()) {
            SupportPlan p = planned.plan();
            SupportPlan saved = batch.plan(new SupportPlan(null, null, p.residentId(), assessmentId, p.madeOn(),
                    p.periodStart(), p.periodEnd(), p.goals(), p.visitFrequency(), p.nextReviewOn(), p.status(), null,
                    null, p.responsibleStaffId(), p.services()), planned.endedOn(), planned.endedReason());
            for (PlanCheck check : planned.checks()) {
                batch.check(new PlanCheck(null, saved.id(), check.checkedOn(), check.staffId(), check.result(),
                        check.note()));
            }
            written.plans++;
        }
        for (Visit visit : demo.visits()) {
            batch.visit(visit, visit.isSignedOff());
            written.visits++;
        }
    }

    private static List<Area> saveAreas(AppContext context, List<DemoArea> planned, List<UUID> staffIds) {
        Map<String, Area> existing = new HashMap<>();
        for (Area area : context.areas().list()) {
            existing.put(area.label(), area);
        }
        List<Area> saved = new ArrayList<>();
        for (DemoArea demo : planned) {
            Area area = demo.area();
            Area already = existing.get(area.label());
            saved.add(already != null ? already : context.areas().save(new Area(null, area.township(), area.name(),
                    area.kind(), staffIds.get(demo.staffIndex()))));
        }
        return saved;
    }

    private static Resident placed(Resident r, Area area, Household household) {
        return new Resident(r.id(), r.rev(), r.name(), r.birthDate(), r.sex(), r.maskedRrn(), r.mobilePhone(),
                r.homePhone(), r.roadAddress(), r.addressDetail(), area.id(), household.id(),
                area.responsibleStaffId(), r.livingSituation(), r.vulnerabilities(), r.riskLevel(), r.status(),
                r.closureReason(), r.statusNote(), r.statusDate(), r.intakeDate(), r.emergencyContact(), r.notes(),
                r.consents());
    }
}
