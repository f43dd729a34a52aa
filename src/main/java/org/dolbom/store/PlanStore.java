package org.dolbom.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.PlanCheck;
import org.dolbom.domain.PlanRules;
import org.dolbom.domain.PlanStatus;
import org.dolbom.domain.PlannedService;
import org.dolbom.domain.Problem;
import org.dolbom.domain.SupportPlan;
import org.dolbom.domain.VisitFrequency;
import org.dolbom.store.jooq.tables.records.PlanCheckRecord;
import org.dolbom.store.jooq.tables.records.PlannedServiceRecord;
import org.dolbom.store.jooq.tables.records.SupportPlanRecord;
import org.jooq.DSLContext;

import static org.dolbom.store.Columns.blankToNull;
import static org.dolbom.store.Columns.date;
import static org.dolbom.store.Columns.text;
import static org.dolbom.store.Columns.uuid;
import static org.dolbom.store.jooq.Tables.PLANNED_SERVICE;
import static org.dolbom.store.jooq.Tables.PLAN_CHECK;
import static org.dolbom.store.jooq.Tables.SERVICE;
import static org.dolbom.store.jooq.Tables.SUPPORT_PLAN;

/**
 * Support plans (개인별지원계획) with their planned services, and plan checks (점검). Status changes follow
 * draft → active → under review → ended; an ended plan carries its day and reason.
 */
public final class PlanStore {

    static final String RECORD_TYPE = "support_plan";

    private final Database database;
    private final AuditTrail audit;
    private final Clock clock;

    public PlanStore(Database database, AuditTrail audit, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates (null id) or updates a plan and its planned services in one transaction. Services left out of the
     * list are tombstoned; a changed status must be an allowed step.
     *
     * @throws InvalidInputException with every problem, including a status step that is not allowed
     * @throws StoreException        {@code store.plan.stale} when someone saved the plan since it was read,
     *                               {@code store.service.retired} when a new planned service uses a retired service
     */
    public SupportPlan save(SupportPlan plan, Actor actor) {
        return database.write(ctx -> {
            SupportPlanRecord existing = null;
            if (plan.id() != null) {
                existing = live(ctx, plan.id());
                if (!existing.getRev().equals(plan.rev())) {
                    throw new StoreException("store.plan.stale");
                }
            }
            PlanStatus previous = existing == null ? null : PlanStatus.valueOf(existing.getStatus());
            List<Problem> problems = PlanRules.check(plan, previous, LocalDate.now(clock));
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            AssessmentStore.residentMustExist(ctx, plan.residentId());
            return write(ctx, plan, existing, previous, actor);
        });
    }

    /**
     * Moves a plan to another status (activate, put under review, end). Ending needs a reason.
     *
     * @throws InvalidInputException when the step is not allowed or an ended plan has no reason
     */
    public SupportPlan changeStatus(UUID planId, PlanStatus next, LocalDate on, String reason, Actor actor) {
        return database.write(ctx -> {
            SupportPlan current = toPlan(live(ctx, planId), servicesOf(ctx, planId.toString()));
            return save(current.withStatus(next, on, reason), actor);
        });
    }

    public Optional<SupportPlan> find(UUID id) {
        return database.read(ctx -> ctx.selectFrom(SUPPORT_PLAN)
                .where(SUPPORT_PLAN.ID.eq(id.toString()), SUPPORT_PLAN.DELETED.eq(0))
                .fetchOptional(r -> toPlan(r, servicesOf(ctx, r.getId()))));
    }

    /** The resident's plans, newest first. */
    public List<SupportPlan> forResident(UUID residentId) {
        return database.read(ctx -> ctx.selectFrom(SUPPORT_PLAN)
                .where(SUPPORT_PLAN.RESIDENT_ID.eq(residentId.toString()), SUPPORT_PLAN.DELETED.eq(0))
                .orderBy(SUPPORT_PLAN.MADE_ON.desc(), SUPPORT_PLAN.CREATED_AT.desc())
                .fetch(r -> toPlan(r, servicesOf(ctx, r.getId()))));
    }

    /** The plan the team works by: the newest active or under-review plan, else the newest draft. */
    public Optional<SupportPlan> current(UUID residentId) {
        List<SupportPlan> plans = forResident(residentId);
        return plans.stream().filter(p -> p.status().isCurrent()).findFirst()
                .or(() -> plans.stream().filter(p -> p.status() == PlanStatus.DRAFT).findFirst());
    }

    /** Earlier versions of a plan, newest first. */
    public List<HistoryEntry> history(UUID planId) {
        return AssessmentStore.history(database, RECORD_TYPE, planId);
    }

    /**
     * Records (null id) or corrects a plan check.
     *
     * @throws InvalidInputException when the plan or date is missing or the date is in the future
     */
    public PlanCheck saveCheck(PlanCheck check, Actor actor) {
        List<Problem> problems = PlanRules.check(check, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return database.write(ctx -> {
            SupportPlanRecord plan = live(ctx, check.planId());
            PlanCheckRecord existing = null;
            if (check.id() != null) {
                existing = ctx.selectFrom(PLAN_CHECK)
                        .where(PLAN_CHECK.ID.eq(check.id().toString()), PLAN_CHECK.DELETED.eq(0)).fetchOne();
                if (existing == null) {
                    throw new StoreException("store.check.missing");
                }
            }
            PlanCheckRecord record = ctx.newRecord(PLAN_CHECK);
            fill(record, plan.getId(), check);
            RecordVersions.store(ctx, record, existing, Map.of(), Map.of(), "edit", actor.name(),
                    Instant.now(clock), database.origin(ctx));
            audit.record(actor, existing == null ? AuditAction.CREATE : AuditAction.EDIT,
                    UUID.fromString(plan.getResidentId()), "plan_check " + record.getId());
            return toCheck(record);
        });
    }

    /** The checks of a plan, newest first. */
    public List<PlanCheck> checks(UUID planId) {
        return database.read(ctx -> ctx.selectFrom(PLAN_CHECK)
                .where(PLAN_CHECK.PLAN_ID.eq(planId.toString()), PLAN_CHECK.DELETED.eq(0))
                .orderBy(PLAN_CHECK.CHECKED_ON.desc(), PLAN_CHECK.CREATED_AT.desc())
                .fetch(PlanStore::toCheck));
    }

    private SupportPlan write(DSLContext ctx, SupportPlan plan, SupportPlanRecord existing, PlanStatus previous,
                              Actor actor) {
        Instant now = Instant.now(clock);
        String origin = database.origin(ctx);
        PlanStatus status = plan.status() == null ? PlanStatus.DRAFT : plan.status();
        SupportPlanRecord record = ctx.newRecord(SUPPORT_PLAN);
        fill(record, plan, status);

        List<PlannedServiceRecord> existingServices = existing == null ? List.of()
                : serviceRecordsOf(ctx, existing.getId());
        refuseNewlyPickedRetired(ctx, plan.services(), existingServices);
        Map<String, Object> extra = servicesExtra(plan.services());
        Map<String, Object> replacedExtra = Map.of("services",
                servicesContent(existingServices.stream().map(PlanStore::toService).toList()));
        String reason = previous != null && previous != status ? "status" : "edit";
        RecordVersions.store(ctx, record, existing, extra, replacedExtra, reason, actor.name(), now, origin);
        List<PlannedService> services = storeServices(ctx, record.getId(), plan.services(), existingServices,
                actor, now, origin);
        AuditAction action = existing == null ? AuditAction.CREATE : AuditAction.EDIT;
        audit.record(actor, action, plan.residentId(), RECORD_TYPE + " " + record.getId() + " " + status.name());
        return toPlan(record, services);
    }

    /** Sets a plan's content columns as every save stores them, in the given status. */
    static void fill(SupportPlanRecord record, SupportPlan plan, PlanStatus status) {
        record.setResidentId(plan.residentId().toString());
        record.setAssessmentId(text(plan.assessmentId()));
        record.setMadeOn(plan.madeOn().toString());
        record.setPeriodStart(plan.periodStart().toString());
        record.setPeriodEnd(text(plan.periodEnd()));
        record.setGoals(blankToNull(plan.goals()));
        record.setVisitFrequency(plan.visitFrequency().name());
        record.setNextReviewOn(text(plan.nextReviewOn()));
        record.setStatus(status.name());
        record.setEndedOn(status == PlanStatus.ENDED ? text(plan.endedOn()) : null);
        record.setEndedReason(status == PlanStatus.ENDED ? blankToNull(plan.endedReason()) : null);
        record.setResponsibleStaffId(text(plan.responsibleStaffId()));
    }

    static void fill(PlannedServiceRecord record, String planId, PlannedService s) {
        record.setPlanId(planId);
        record.setServiceId(s.serviceId().toString());
        record.setProviderId(text(s.providerId()));
        record.setContent(blankToNull(s.content()));
        record.setMethod(blankToNull(s.method()));
        record.setQuantity(blankToNull(s.quantity()));
        record.setPeriodStart(text(s.periodStart()));
        record.setPeriodEnd(text(s.periodEnd()));
    }

    static void fill(PlanCheckRecord record, String planId, PlanCheck check) {
        record.setPlanId(planId);
        record.setCheckedOn(check.checkedOn().toString());
        record.setStaffId(text(check.staffId()));
        record.setResult(blankToNull(check.result()));
        record.setNote(blankToNull(check.note()));
    }

    /** The planned services as they count in a plan's rev and history. */
    static Map<String, Object> servicesExtra(List<PlannedService> services) {
        return Map.of("services", servicesContent(services));
    }

    /** A retired service stays on the plans that already had it, but cannot be picked again. */
    private static void refuseNewlyPickedRetired(DSLContext ctx, List<PlannedService> wanted,
                                                 List<PlannedServiceRecord> existing) {
        Map<String, String> kept = new HashMap<>();
        existing.forEach(r -> kept.put(r.getId(), r.getServiceId()));
        for (PlannedService s : wanted) {
            String serviceId = s.serviceId().toString();
            if (s.id() != null && serviceId.equals(kept.get(s.id().toString()))) {
                continue;
            }
            var service = ctx.selectFrom(SERVICE).where(SERVICE.ID.eq(serviceId), SERVICE.DELETED.eq(0)).fetchOne();
            if (service == null) {
                throw new StoreException("store.service.missing");
            }
            if (service.getRetired() == 1) {
                throw new StoreException("store.service.retired", service.getName());
            }
        }
    }

    private static List<PlannedService> storeServices(DSLContext ctx, String planId, List<PlannedService> wanted,
                                                      List<PlannedServiceRecord> existing, Actor actor, Instant now,
                                                      String origin) {
        Map<String, PlannedServiceRecord> byId = new LinkedHashMap<>();
        existing.forEach(r -> byId.put(r.getId(), r));
        List<PlannedService> saved = new ArrayList<>(wanted.size());
        for (PlannedService s : wanted) {
            PlannedServiceRecord previous = s.id() == null ? null : byId.remove(s.id().toString());
            if (previous != null && toService(previous).equals(normalised(s))) {
                saved.add(toService(previous));
                continue;
            }
            PlannedServiceRecord record = ctx.newRecord(PLANNED_SERVICE);
            fill(record, planId, s);
            RecordVersions.store(ctx, record, previous, Map.of(), Map.of(), "edit", actor.name(), now, origin);
            saved.add(toService(record));
        }
        for (PlannedServiceRecord dropped : byId.values()) {
            PlannedServiceRecord tombstone = dropped.copy();
            tombstone.setDeleted(1);
            RecordVersions.store(ctx, tombstone, dropped, Map.of(), Map.of(), "delete", actor.name(), now, origin);
        }
        return saved;
    }

    private static PlannedService normalised(PlannedService s) {
        return new PlannedService(s.id(), s.serviceId(), s.providerId(), blankToNull(s.content()),
                blankToNull(s.method()), blankToNull(s.quantity()), s.periodStart(), s.periodEnd());
    }

    private static List<Map<String, Object>> servicesContent(List<PlannedService> services) {
        return services.stream()
                .map(PlanStore::normalised)
                .sorted(Comparator.comparing((PlannedService s) -> s.serviceId().toString())
                        .thenComparing(s -> String.valueOf(s.content())))
                .map(s -> {
                    Map<String, Object> content = new LinkedHashMap<>();
                    content.put("service_id", s.serviceId().toString());
                    content.put("provider_id", text(s.providerId()));
                    content.put("content", s.content());
                    content.put("method", s.method());
                    content.put("quantity", s.quantity());
                    content.put("period_start", text(s.periodStart()));
                    content.put("period_end", text(s.periodEnd()));
                    return content;
                })
                .toList();
    }

    private static SupportPlanRecord live(DSLContext ctx, UUID id) {
        SupportPlanRecord row = ctx.selectFrom(SUPPORT_PLAN)
                .where(SUPPORT_PLAN.ID.eq(id.toString()), SUPPORT_PLAN.DELETED.eq(0)).fetchOne();
        if (row == null) {
            throw new StoreException("store.plan.missing");
        }
        return row;
    }

    private static List<PlannedServiceRecord> serviceRecordsOf(DSLContext ctx, String planId) {
        return ctx.selectFrom(PLANNED_SERVICE)
                .where(PLANNED_SERVICE.PLAN_ID.eq(planId), PLANNED_SERVICE.DELETED.eq(0))
                // Insertion order is the order the team entered them; an edit keeps its row, so its place.
                .orderBy(PLANNED_SERVICE.rowid())
                .fetch();
    }

    private static List<PlannedService> servicesOf(DSLContext ctx, String planId) {
        return serviceRecordsOf(ctx, planId).stream().map(PlanStore::toService).toList();
    }

    private static PlannedService toService(PlannedServiceRecord r) {
        return new PlannedService(UUID.fromString(r.getId()), UUID.fromString(r.getServiceId()),
                uuid(r.getProviderId()), r.getContent(), r.getMethod(), r.getQuantity(), date(r.getPeriodStart()),
                date(r.getPeriodEnd()));
    }

    static SupportPlan toPlan(SupportPlanRecord r, List<PlannedService> services) {
        return new SupportPlan(UUID.fromString(r.getId()), r.getRev(), UUID.fromString(r.getResidentId()),
                uuid(r.getAssessmentId()), LocalDate.parse(r.getMadeOn()), LocalDate.parse(r.getPeriodStart()),
                date(r.getPeriodEnd()), r.getGoals(), VisitFrequency.valueOf(r.getVisitFrequency()),
                date(r.getNextReviewOn()), PlanStatus.valueOf(r.getStatus()), date(r.getEndedOn()),
                r.getEndedReason(), uuid(r.getResponsibleStaffId()), services);
    }

    private static PlanCheck toCheck(PlanCheckRecord r) {
        return new PlanCheck(UUID.fromString(r.getId()), UUID.fromString(r.getPlanId()),
                LocalDate.parse(r.getCheckedOn()), uuid(r.getStaffId()), r.getResult(), r.getNote());
    }
}
