package org.dolbom.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.dolbom.domain.FollowUp;
import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.Problem;
import org.dolbom.domain.ServiceCount;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitKind;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.domain.VisitRules;
import org.dolbom.domain.Vitals;
import org.dolbom.store.jooq.tables.records.VisitRecord;
import org.dolbom.store.jooq.tables.records.VitalsRecord;
import org.jooq.DSLContext;

import static org.dolbom.store.Columns.blankToNull;
import static org.dolbom.store.Columns.date;
import static org.dolbom.store.Columns.dateTime;
import static org.dolbom.store.Columns.minutes;
import static org.dolbom.store.Columns.text;
import static org.dolbom.store.Columns.uuid;
import static org.dolbom.store.jooq.Tables.SERVICE;
import static org.dolbom.store.jooq.Tables.VISIT;
import static org.dolbom.store.jooq.Tables.VISIT_SERVICE;
import static org.dolbom.store.jooq.Tables.VITALS;

/**
 * Visit records with their vitals and delivered services. A visit not yet signed off is edited normally (the
 * replaced version still goes to history). A signed-off visit is never overwritten silently: saving it again is
 * a correction, which makes version n+1 and keeps version n in history with the reason "correction".
 */
public final class VisitStore {

    static final String RECORD_TYPE = "visit";
    static final String CORRECTION = "correction";

    private final Database database;
    private final AuditTrail audit;
    private final Clock clock;

    public VisitStore(Database database, AuditTrail audit, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a new visit (null id), edits a draft, or corrects a signed-off visit, in one transaction.
     *
     * @param signOff sign the visit off now; a correction is always signed off by the person making it
     * @throws InvalidInputException with every problem, including implausible vitals
     * @throws StoreException        {@code store.visit.stale} when someone saved the visit since it was read,
     *                               {@code store.service.retired} when a newly counted service is retired
     */
    public Visit save(Visit visit, boolean signOff, Actor actor) {
        List<Problem> problems = VisitRules.check(visit, LocalDateTime.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return database.write(ctx -> {
            VisitRecord existing = null;
            if (visit.id() != null) {
                existing = live(ctx, visit.id());
                if (!existing.getRev().equals(visit.rev())) {
                    throw new StoreException("store.visit.stale");
                }
            }
            AssessmentStore.residentMustExist(ctx, visit.residentId());
            if (existing != null) {
                Visit stored = assemble(ctx, List.of(existing)).getFirst();
                // Saving a signed-off visit again without a change is not a correction.
                if (sameContent(stored, visit) && (stored.isSignedOff() || !signOff)) {
                    return stored;
                }
            }
            boolean correction = existing != null && existing.getSignedOffAt() != null;
            Instant now = Instant.now(clock);
            VisitRecord record = ctx.newRecord(VISIT);
            fill(record, visit);
            int version = existing == null ? 1 : existing.getVersion() + (correction ? 1 : 0);
            record.setVersion(version);
            String signedOffAt = correction || signOff ? now.toString()
                    : existing == null ? null : existing.getSignedOffAt();
            record.setSignedOffAt(signedOffAt);

            List<ServiceCount> services = normalised(visit.services());
            refuseNewlyCountedRetired(ctx, services, existing == null ? List.of() : servicesOf(ctx, existing.getId()));
            Map<String, Object> replacedExtra = existing == null ? Map.of() : childContent(
                    vitalsOf(ctx, existing.getId()).map(VisitStore::toVitals).orElse(null),
                    servicesOf(ctx, existing.getId()));
            String reason = correction ? CORRECTION : "edit";
            RecordVersions.store(ctx, record, existing, childContent(visit.vitals(), services), replacedExtra, reason,
                    actor.name(), now, database.origin(ctx));
            storeVitals(ctx, record.getId(), visit.vitals(), reason, actor, now);
            ctx.deleteFrom(VISIT_SERVICE).where(VISIT_SERVICE.VISIT_ID.eq(record.getId())).execute();
            for (ServiceCount s : services) {
                ctx.insertInto(VISIT_SERVICE)
                        .set(VISIT_SERVICE.VISIT_ID, record.getId())
                        .set(VISIT_SERVICE.SERVICE_ID, s.serviceId().toString())
                        .set(VISIT_SERVICE.COUNT, s.count())
                        .execute();
            }
            audit.record(actor, existing == null ? AuditAction.CREATE : AuditAction.EDIT, visit.residentId(),
                    RECORD_TYPE + " " + record.getId() + (correction ? " " + CORRECTION : ""));
            if (existing == null) {
                UUID visitId = UUID.fromString(record.getId());
                ScheduleResults.openInWeek(ctx, visit.residentId(), visit.visitedAt().toLocalDate())
                        .ifPresent(entry -> ScheduleResults.finish(ctx, entry,
                                ScheduleResults.statusFor(visit.outcome()), visitId, actor, audit, now,
                                database.origin(ctx)));
            }
            return toVisit(record, visit.vitals(), services);
        });
    }

    /** Signs a draft visit off; from then on it changes only by correction. Signing twice changes nothing. */
    public Visit signOff(UUID id, Actor actor) {
        return database.write(ctx -> {
            VisitRecord existing = live(ctx, id);
            if (existing.getSignedOffAt() == null) {
                VisitRecord record = existing.copy();
                record.setSignedOffAt(Instant.now(clock).toString());
                replaceRow(ctx, record, existing, "signoff", actor);
                audit.record(actor, AuditAction.EDIT, UUID.fromString(existing.getResidentId()),
                        RECORD_TYPE + " " + id + " signoff");
            }
            return assemble(ctx, List.of(live(ctx, id))).getFirst();
        });
    }

    /**
     * Marks the visit's follow-up done on a day, without a new version: the visit's content stays as signed,
     * and the replaced row still goes to history.
     *
     * @throws StoreException {@code store.visit.noFollowUp} when the visit asked for none
     */
    public Visit markFollowUpDone(UUID id, LocalDate on, Actor actor) {
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(Problem.of("followUpDoneOn", "validation.visit.followUpDoneFuture"));
        }
        return database.write(ctx -> {
            VisitRecord existing = live(ctx, id);
            if (existing.getFollowUpDue() == null) {
                throw new StoreException("store.visit.noFollowUp");
            }
            VisitRecord record = existing.copy();
            record.setFollowUpDoneOn(on.toString());
            replaceRow(ctx, record, existing, "followUpDone", actor);
            audit.record(actor, AuditAction.EDIT, UUID.fromString(existing.getResidentId()),
                    RECORD_TYPE + " " + id + " followUpDone");
            return assemble(ctx, List.of(live(ctx, id))).getFirst();
        });
    }

    /**
     * Deletes (tombstones) a draft visit entered by mistake.
     *
     * @throws StoreException {@code store.visit.signedOff} when it was signed off: correct it instead
     */
    public void delete(UUID id, Actor actor) {
        database.write(ctx -> {
            VisitRecord existing = live(ctx, id);
            if (existing.getSignedOffAt() != null) {
                throw new StoreException("store.visit.signedOff");
            }
            VisitRecord record = existing.copy();
            record.setDeleted(1);
            replaceRow(ctx, record, existing, "delete", actor);
            audit.record(actor, AuditAction.EDIT, UUID.fromString(existing.getResidentId()),
                    RECORD_TYPE + " " + id + " delete");
            return null;
        });
    }

    public Optional<Visit> find(UUID id) {
        return database.read(ctx -> ctx.selectFrom(VISIT).where(VISIT.ID.eq(id.toString()), VISIT.DELETED.eq(0))
                .fetchOptional().map(r -> assemble(ctx, List.of(r)).getFirst()));
    }

    /** One page of a resident's visits, newest first. */
    public List<Visit> forResident(UUID residentId, int offset, int limit) {
        return database.read(ctx -> assemble(ctx, ctx.selectFrom(VISIT)
                .where(VISIT.RESIDENT_ID.eq(residentId.toString()), VISIT.DELETED.eq(0))
                .orderBy(VISIT.VISITED_AT.desc(), VISIT.ID.desc())
                .limit(limit).offset(offset)
                .fetch()));
    }

    /** Earlier versions of a visit, newest first; corrections carry the reason "correction". */
    public List<HistoryEntry> history(UUID id) {
        return AssessmentStore.history(database, RECORD_TYPE, id);
    }

    /** The resident's weight at the latest visit before {@code before}, to flag weight loss on the next one. */
    public Optional<Double> previousWeight(UUID residentId, LocalDateTime before) {
        return database.read(ctx -> ctx.select(VITALS.WEIGHT_KG)
                .from(VITALS).join(VISIT).on(VISIT.ID.eq(VITALS.VISIT_ID))
                .where(VISIT.RESIDENT_ID.eq(residentId.toString()), VISIT.DELETED.eq(0), VITALS.DELETED.eq(0),
                        VITALS.WEIGHT_KG.isNotNull(), VISIT.VISITED_AT.lt(minutes(before)))
                .orderBy(VISIT.VISITED_AT.desc())
                .limit(1)
                .fetchOptional(VITALS.WEIGHT_KG));
    }

    private void replaceRow(DSLContext ctx, VisitRecord record, VisitRecord existing, String reason, Actor actor) {
        Map<String, Object> children = childContent(vitalsOf(ctx, existing.getId()).map(VisitStore::toVitals)
                .orElse(null), servicesOf(ctx, existing.getId()));
        RecordVersions.store(ctx, record, existing, children, children, reason, actor.name(), Instant.now(clock),
                database.origin(ctx));
    }

    private void storeVitals(DSLContext ctx, String visitId, Vitals vitals, String reason, Actor actor, Instant now) {
        VitalsRecord existing = vitalsOf(ctx, visitId).orElse(null);
        if (vitals == null && existing == null) {
            return;
        }
        if (existing != null && vitals != null && toVitals(existing).equals(vitals)) {
            return;
        }
        VitalsRecord record = existing == null ? ctx.newRecord(VITALS) : existing.copy();
        record.setVisitId(visitId);
        if (vitals == null) {
            record.setDeleted(1);
        } else {
            fill(record, vitals);
        }
        RecordVersions.store(ctx, record, existing, Map.of(), Map.of(), reason, actor.name(), now,
                database.origin(ctx));
    }

    /** Sets a visit's content columns as every save stores them; version and sign-off are the caller's. */
    static void fill(VisitRecord record, Visit visit) {
        record.setResidentId(visit.residentId().toString());
        record.setStaffId(text(visit.staffId()));
        record.setVisitedAt(minutes(visit.visitedAt()));
        record.setKind(visit.kind().name());
        record.setOutcome(visit.outcome().name());
        record.setNotes(blankToNull(visit.notes()));
        FollowUp followUp = visit.followUp();
        record.setFollowUpDue(followUp == null ? null : text(followUp.dueOn()));
        record.setFollowUpNote(followUp == null ? null : blankToNull(followUp.note()));
        record.setFollowUpDoneOn(followUp == null ? null : text(followUp.doneOn()));
    }

    static void fill(VitalsRecord record, Vitals vitals) {
        record.setSystolic(vitals.systolic());
        record.setDiastolic(vitals.diastolic());
        record.setGlucose(vitals.glucose());
        record.setGlucoseFasting(vitals.glucoseFasting() == null ? null : vitals.glucoseFasting() ? 1 : 0);
        record.setWeightKg(vitals.weightKg());
    }

    private static boolean sameContent(Visit stored, Visit wanted) {
        FollowUp f = wanted.followUp();
        FollowUp followUp = f == null ? null : new FollowUp(f.dueOn(), blankToNull(f.note()), f.doneOn());
        Visit normalised = new Visit(stored.id(), stored.rev(), wanted.residentId(), wanted.staffId(),
                dateTime(minutes(wanted.visitedAt())), wanted.kind(), wanted.outcome(), blankToNull(wanted.notes()),
                wanted.vitals(), normalised(wanted.services()), followUp, stored.signedOffAt(), stored.version());
        return normalised.equals(stored);
    }

    /** A retired service stays counted on visits that already had it, but cannot be counted anew. */
    private static void refuseNewlyCountedRetired(DSLContext ctx, List<ServiceCount> wanted,
                                                  List<ServiceCount> existing) {
        for (ServiceCount s : wanted) {
            if (existing.stream().anyMatch(e -> e.serviceId().equals(s.serviceId()))) {
                continue;
            }
            var service = ctx.selectFrom(SERVICE)
                    .where(SERVICE.ID.eq(s.serviceId().toString()), SERVICE.DELETED.eq(0)).fetchOne();
            if (service == null) {
                throw new StoreException("store.service.missing");
            }
            if (service.getRetired() == 1) {
                throw new StoreException("store.service.retired", service.getName());
            }
        }
    }

    static List<ServiceCount> normalised(List<ServiceCount> services) {
        return services.stream().sorted(Comparator.comparing(s -> s.serviceId().toString())).toList();
    }

    /** Vitals and delivered services as they count in a visit's rev and history. */
    static Map<String, Object> childContent(Vitals vitals, List<ServiceCount> services) {
        Map<String, Object> content = new LinkedHashMap<>();
        if (vitals != null) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("systolic", vitals.systolic());
            v.put("diastolic", vitals.diastolic());
            v.put("glucose", vitals.glucose());
            v.put("glucose_fasting", vitals.glucoseFasting());
            v.put("weight_kg", vitals.weightKg());
            content.put("vitals", v);
        } else {
            content.put("vitals", null);
        }
        content.put("services", normalised(services).stream().map(s -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("service_id", s.serviceId().toString());
            c.put("count", s.count());
            return c;
        }).toList());
        return content;
    }

    private static VisitRecord live(DSLContext ctx, UUID id) {
        VisitRecord row = ctx.selectFrom(VISIT).where(VISIT.ID.eq(id.toString()), VISIT.DELETED.eq(0)).fetchOne();
        if (row == null) {
            throw new StoreException("store.visit.missing");
        }
        return row;
    }

    private static Optional<VitalsRecord> vitalsOf(DSLContext ctx, String visitId) {
        return ctx.selectFrom(VITALS).where(VITALS.VISIT_ID.eq(visitId), VITALS.DELETED.eq(0)).fetchOptional();
    }

    private static List<ServiceCount> servicesOf(DSLContext ctx, String visitId) {
        return ctx.selectFrom(VISIT_SERVICE).where(VISIT_SERVICE.VISIT_ID.eq(visitId))
                .orderBy(VISIT_SERVICE.SERVICE_ID)
                .fetch(r -> new ServiceCount(UUID.fromString(r.getServiceId()), r.getCount()));
    }

    /** Visits with their vitals and services, three queries however many visits. */
    private static List<Visit> assemble(DSLContext ctx, List<VisitRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(VisitRecord::getId).toList();
        Map<String, Vitals> vitals = new HashMap<>();
        ctx.selectFrom(VITALS).where(VITALS.VISIT_ID.in(ids), VITALS.DELETED.eq(0))
                .forEach(v -> vitals.put(v.getVisitId(), toVitals(v)));
        Map<String, List<ServiceCount>> services = new HashMap<>();
        ctx.selectFrom(VISIT_SERVICE).where(VISIT_SERVICE.VISIT_ID.in(ids)).orderBy(VISIT_SERVICE.SERVICE_ID)
                .forEach(s -> services.computeIfAbsent(s.getVisitId(), k -> new ArrayList<>())
                        .add(new ServiceCount(UUID.fromString(s.getServiceId()), s.getCount())));
        return rows.stream()
                .map(r -> toVisit(r, vitals.get(r.getId()), services.getOrDefault(r.getId(), List.of())))
                .toList();
    }

    private static Vitals toVitals(VitalsRecord r) {
        return new Vitals(r.getSystolic(), r.getDiastolic(), r.getGlucose(),
                r.getGlucoseFasting() == null ? null : r.getGlucoseFasting() == 1, r.getWeightKg());
    }

    private static Visit toVisit(VisitRecord r, Vitals vitals, List<ServiceCount> services) {
        FollowUp followUp = r.getFollowUpDue() == null ? null
                : new FollowUp(LocalDate.parse(r.getFollowUpDue()), r.getFollowUpNote(), date(r.getFollowUpDoneOn()));
        return new Visit(UUID.fromString(r.getId()), r.getRev(), UUID.fromString(r.getResidentId()),
                uuid(r.getStaffId()), dateTime(r.getVisitedAt()), VisitKind.valueOf(r.getKind()),
                VisitOutcome.valueOf(r.getOutcome()), r.getNotes(), vitals, services, followUp,
                r.getSignedOffAt() == null ? null : Instant.parse(r.getSignedOffAt()), r.getVersion());
    }
}
