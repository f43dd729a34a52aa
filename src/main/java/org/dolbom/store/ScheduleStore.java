package org.dolbom.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.dolbom.domain.DueReason;
import org.dolbom.domain.LivingSituation;
import org.dolbom.domain.PhoneNumber;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.ScheduleStatus;
import org.dolbom.domain.Sex;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitKind;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.schedule.NotPlaced;
import org.dolbom.store.jooq.tables.records.ScheduleEntryRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

import static org.dolbom.store.Columns.blankToNull;
import static org.dolbom.store.Columns.date;
import static org.dolbom.store.Columns.dateTime;
import static org.dolbom.store.Columns.text;
import static org.dolbom.store.Columns.uuid;
import static org.dolbom.store.jooq.Tables.AREA;
import static org.dolbom.store.jooq.Tables.RESIDENT;
import static org.dolbom.store.jooq.Tables.SCHEDULE_ENTRY;
import static org.dolbom.store.jooq.Tables.SCHEDULE_NOT_PLACED;
import static org.dolbom.store.jooq.Tables.VISIT;

/**
 * The saved weekly schedule. Planned entries of a week are replaced as a whole when the leader saves the week;
 * entries that already have an outcome (done, absent, refused, moved) are never touched by that, and every
 * replaced or removed entry is kept in history.
 */
public final class ScheduleStore {

    static final String RECORD_TYPE = "schedule_entry";
    private static final String RESPONSIBLE = "responsible_staff";

    private final Database database;
    private final VisitStore visits;
    private final AuditTrail audit;
    private final Clock clock;

    public ScheduleStore(Database database, VisitStore visits, AuditTrail audit, Clock clock) {
        this.database = database;
        this.visits = visits;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every entry planned from {@code first} to {@code last} (inclusive), by date, staff and visiting order. */
    public List<ScheduleEntry> between(LocalDate first, LocalDate last) {
        return database.read(ctx -> select(ctx)
                .where(SCHEDULE_ENTRY.DELETED.eq(0),
                        SCHEDULE_ENTRY.PLANNED_ON.between(first.toString(), last.toString()))
                .orderBy(SCHEDULE_ENTRY.PLANNED_ON, SCHEDULE_ENTRY.STAFF_ID, SCHEDULE_ENTRY.VISIT_ORDER,
                        SCHEDULE_ENTRY.ID)
                .fetch(ScheduleStore::toEntry));
    }

    /** Whether any entry, with any status, is saved from {@code first} to {@code last}. */
    public boolean anyBetween(LocalDate first, LocalDate last) {
        return database.read(ctx -> ctx.fetchExists(ctx.selectFrom(SCHEDULE_ENTRY)
                .where(SCHEDULE_ENTRY.DELETED.eq(0),
                        SCHEDULE_ENTRY.PLANNED_ON.between(first.toString(), last.toString()))));
    }

    public Optional<ScheduleEntry> find(UUID id) {
        return database.read(ctx -> select(ctx)
                .where(SCHEDULE_ENTRY.ID.eq(id.toString()), SCHEDULE_ENTRY.DELETED.eq(0))
                .fetchOptional(ScheduleStore::toEntry));
    }

    /**
     * Saves the planned visits of the days {@code first}..{@code last} in one transaction. A resident's existing
     * planned entry is updated in place (its old version goes to history); planned entries no longer in the list
     * are removed as tombstones; entries with an outcome stay as they are.
     *
     * @param planned the week's planned visits; ids may be null for new ones; each must lie within the days
     * @return the week as saved, all statuses
     */
    public List<ScheduleEntry> replacePlanned(LocalDate first, LocalDate last, List<ScheduleEntry> planned,
            Actor actor) {
        return replacePlanned(first, last, planned, null, actor);
    }

    /**
     * {@link #replacePlanned(LocalDate, LocalDate, List, Actor)}, and the week's 미편성 list in the same
     * transaction, replacing the one saved before ({@code notPlaced} null leaves it as it is).
     */
    public List<ScheduleEntry> replacePlanned(LocalDate first, LocalDate last, List<ScheduleEntry> planned,
            List<NotPlaced> notPlaced, Actor actor) {
        for (ScheduleEntry entry : planned) {
            if (entry.date().isBefore(first) || entry.date().isAfter(last)) {
                throw new IllegalArgumentException("entry outside the week: " + entry.date());
            }
        }
        database.write(ctx -> {
            Instant now = Instant.now(clock);
            Map<String, ScheduleEntryRecord> open = new HashMap<>();
            for (ScheduleEntryRecord r : ctx.selectFrom(SCHEDULE_ENTRY)
                    .where(SCHEDULE_ENTRY.DELETED.eq(0), SCHEDULE_ENTRY.STATUS.eq(ScheduleStatus.PLANNED.name()),
                            SCHEDULE_ENTRY.PLANNED_ON.between(first.toString(), last.toString()))
                    .fetch()) {
                open.put(r.getResidentId(), r);
            }
            for (ScheduleEntry entry : planned) {
                ScheduleEntryRecord existing = open.remove(entry.residentId().toString());
                ScheduleEntryRecord record = existing == null ? ctx.newRecord(SCHEDULE_ENTRY) : existing.copy();
                fill(record, entry);
                record.setStatus(ScheduleStatus.PLANNED.name());
                record.setVisitId(null);
                if (existing != null && sameContent(record, existing)) {
                    continue;
                }
                if (existing == null) {
                    AssessmentStore.residentMustExist(ctx, entry.residentId());
                }
                RecordVersions.store(ctx, record, existing, Map.of(), Map.of(), "edit", actor.name(), now,
                        database.origin(ctx));
                audit.record(actor, existing == null ? AuditAction.CREATE : AuditAction.EDIT, entry.residentId(),
                        RECORD_TYPE + " " + record.getId());
            }
            for (ScheduleEntryRecord removed : open.values()) {
                ScheduleEntryRecord record = removed.copy();
                record.setDeleted(1);
                RecordVersions.store(ctx, record, removed, Map.of(), Map.of(), "delete", actor.name(), now,
                        database.origin(ctx));
                audit.record(actor, AuditAction.EDIT, uuid(removed.getResidentId()),
                        RECORD_TYPE + " " + removed.getId() + " delete");
            }
            if (notPlaced != null) {
                writeNotPlaced(ctx, first, notPlaced, now);
            }
            return null;
        });
        return between(first, last);
    }

    /**
     * Puts the visits already recorded from {@code first} up to (not including) {@code until} on the schedule,
     * each as an entry with its result (완료, 부재, 거부) linked to the visit, on the visit's day and in its
     * order of the day: a file whose visits were recorded before its weeks were planned gets its worked weeks.
     * A resident with an entry that day already is left as it is.
     *
     * @return how many entries were written
     */
    public int recordVisitsOnSchedule(LocalDate first, LocalDate until, Actor actor) {
        return database.write(ctx -> {
            Instant now = Instant.now(clock);
            String origin = database.origin(ctx);
            var visitsOnDays = ctx.select(VISIT.ID, VISIT.RESIDENT_ID, VISIT.STAFF_ID, VISIT.VISITED_AT, VISIT.OUTCOME)
                    .from(VISIT)
                    .where(VISIT.DELETED.eq(0), VISIT.VISITED_AT.ge(first.toString()),
                            VISIT.VISITED_AT.lt(until.toString()), VISIT.STAFF_ID.isNotNull())
                    .orderBy(VISIT.STAFF_ID, VISIT.VISITED_AT, VISIT.ID)
                    .fetch();
            Map<String, Integer> order = new HashMap<>();
            int written = 0;
            for (var v : visitsOnDays) {
                LocalDate day = LocalDateTime.parse(v.value4()).toLocalDate();
                boolean already = ctx.fetchExists(ctx.selectFrom(SCHEDULE_ENTRY).where(
                        SCHEDULE_ENTRY.RESIDENT_ID.eq(v.value2()), SCHEDULE_ENTRY.DELETED.eq(0),
                        SCHEDULE_ENTRY.PLANNED_ON.eq(day.toString())));
                if (already) {
                    continue;
                }
                ScheduleEntryRecord entry = ctx.newRecord(SCHEDULE_ENTRY);
                entry.setPlannedOn(day.toString());
                entry.setStaffId(v.value3());
                entry.setResidentId(v.value2());
                // Most recorded contacts are the plan's regular visits; the visit itself says more.
                entry.setReasons(DueReason.VISIT_FREQUENCY.name());
                entry.setVisitOrder(order.merge(v.value3() + "/" + day, 1, Integer::sum));
                entry.setStatus(ScheduleResults.statusFor(VisitOutcome.valueOf(v.value5())).name());
                entry.setVisitId(v.value1());
                RecordVersions.store(ctx, entry, null, Map.of(), Map.of(), "edit", actor.name(), now, origin);
                written++;
            }
            audit.record(actor, AuditAction.CREATE, null, RECORD_TYPE + " recorded visits " + first + ".." + until
                    + " " + written);
            return written;
        });
    }

    /** The 미편성 list saved with the week that starts on {@code monday}, most urgent first within each cause. */
    public List<NotPlaced> notPlaced(LocalDate monday) {
        return database.read(ctx -> ctx.select(SCHEDULE_NOT_PLACED.RESIDENT_ID, RESIDENT.NAME, RESIDENT.AREA_ID,
                        SCHEDULE_NOT_PLACED.STAFF_ID, SCHEDULE_NOT_PLACED.REASONS, SCHEDULE_NOT_PLACED.CAUSE,
                        SCHEDULE_NOT_PLACED.CAUSE_DATE)
                .from(SCHEDULE_NOT_PLACED).join(RESIDENT).on(RESIDENT.ID.eq(SCHEDULE_NOT_PLACED.RESIDENT_ID))
                .where(SCHEDULE_NOT_PLACED.WEEK_MONDAY.eq(monday.toString()))
                .orderBy(SCHEDULE_NOT_PLACED.POSITION)
                .fetch(r -> new NotPlaced(uuid(r.value1()), r.value2(), uuid(r.value3()), uuid(r.value4()),
                        reasons(r.value5()), NotPlaced.Cause.valueOf(r.value6()), date(r.value7()))));
    }

    private static void writeNotPlaced(DSLContext ctx, LocalDate monday, List<NotPlaced> notPlaced, Instant now) {
        ctx.deleteFrom(SCHEDULE_NOT_PLACED).where(SCHEDULE_NOT_PLACED.WEEK_MONDAY.eq(monday.toString())).execute();
        int position = 0;
        for (NotPlaced n : notPlaced) {
            ctx.insertInto(SCHEDULE_NOT_PLACED)
                    .set(SCHEDULE_NOT_PLACED.WEEK_MONDAY, monday.toString())
                    .set(SCHEDULE_NOT_PLACED.POSITION, ++position)
                    .set(SCHEDULE_NOT_PLACED.RESIDENT_ID, n.residentId().toString())
                    .set(SCHEDULE_NOT_PLACED.STAFF_ID, text(n.staffId()))
                    .set(SCHEDULE_NOT_PLACED.REASONS, n.reasons().stream().map(Enum::name)
                            .collect(Collectors.joining(",")))
                    .set(SCHEDULE_NOT_PLACED.CAUSE, n.cause().name())
                    .set(SCHEDULE_NOT_PLACED.CAUSE_DATE, n.causeDate() == null ? null : n.causeDate().toString())
                    .set(SCHEDULE_NOT_PLACED.SAVED_AT, now.toString())
                    .execute();
        }
    }

    /**
     * Marks a planned entry done and links the visit record it produced.
     *
     * @throws StoreException {@code schedule.entry.missing} or {@code schedule.entry.notOpen}
     */
    public ScheduleEntry markDone(UUID entryId, UUID visitId, Actor actor) {
        Objects.requireNonNull(visitId, "visitId");
        return database.write(ctx -> {
            Optional<ScheduleEntry> linked = linkedTo(ctx, entryId, visitId);
            if (linked.isPresent()) {
                // Saving the visit already put its result on this entry.
                return linked.get();
            }
            ScheduleEntryRecord existing = open(ctx, entryId);
            return finish(ctx, existing, ScheduleStatus.DONE, visitId, actor);
        });
    }

    /** The entry when it already carries this visit's result. */
    private Optional<ScheduleEntry> linkedTo(DSLContext ctx, UUID entryId, UUID visitId) {
        return ctx.fetchExists(ctx.selectFrom(SCHEDULE_ENTRY).where(SCHEDULE_ENTRY.ID.eq(entryId.toString()),
                SCHEDULE_ENTRY.DELETED.eq(0), SCHEDULE_ENTRY.VISIT_ID.eq(visitId.toString())))
                ? find(entryId) : Optional.empty();
    }

    /**
     * Records that the visitor did not reach the resident: the entry becomes ABSENT or REFUSED and a visit record
     * with that outcome is written, so the resident's history and the due list both see the attempt (an absent or
     * refused visit does not count as contact, so the resident stays due).
     */
    public ScheduleEntry recordNotReached(UUID entryId, VisitOutcome outcome, Actor actor) {
        if (outcome == VisitOutcome.MET) {
            throw new IllegalArgumentException("a met visit is recorded through the visit form");
        }
        return database.write(ctx -> {
            ScheduleEntryRecord existing = open(ctx, entryId);
            LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
            LocalDateTime at = date(existing.getPlannedOn()).atTime(now.toLocalTime());
            if (at.isAfter(now)) {
                at = now;
            }
            Visit visit = visits.save(new Visit(null, null, uuid(existing.getResidentId()),
                    uuid(existing.getStaffId()), at, VisitKind.HOME, outcome, null, null, List.of(), null, null, 0),
                    false, actor);
            Optional<ScheduleEntry> linked = linkedTo(ctx, entryId, visit.id());
            if (linked.isPresent()) {
                return linked.get();
            }
            ScheduleStatus status = outcome == VisitOutcome.ABSENT ? ScheduleStatus.ABSENT : ScheduleStatus.REFUSED;
            return finish(ctx, open(ctx, entryId), status, visit.id(), actor);
        });
    }

    /**
     * Moves an unfinished entry to the same weekday of the next week, last in that day: the entry becomes MOVED
     * and a new planned entry is made.
     *
     * @return the new entry
     */
    public ScheduleEntry moveToNextWeek(UUID entryId, Actor actor) {
        return database.write(ctx -> {
            ScheduleEntryRecord existing = open(ctx, entryId);
            finish(ctx, existing, ScheduleStatus.MOVED, null, actor);
            LocalDate day = date(existing.getPlannedOn()).plusWeeks(1);
            Integer last = ctx.select(DSL.max(SCHEDULE_ENTRY.VISIT_ORDER)).from(SCHEDULE_ENTRY)
                    .where(SCHEDULE_ENTRY.DELETED.eq(0), SCHEDULE_ENTRY.PLANNED_ON.eq(day.toString()),
                            existing.getStaffId() == null ? SCHEDULE_ENTRY.STAFF_ID.isNull()
                                    : SCHEDULE_ENTRY.STAFF_ID.eq(existing.getStaffId()))
                    .fetchOne(0, Integer.class);
            ScheduleEntryRecord moved = ctx.newRecord(SCHEDULE_ENTRY);
            moved.setPlannedOn(day.toString());
            moved.setPlannedTime(existing.getPlannedTime());
            moved.setStaffId(existing.getStaffId());
            moved.setResidentId(existing.getResidentId());
            moved.setPurpose(existing.getPurpose());
            moved.setReasons(existing.getReasons());
            moved.setVisitOrder(last == null ? 1 : last + 1);
            moved.setStatus(ScheduleStatus.PLANNED.name());
            RecordVersions.store(ctx, moved, null, Map.of(), Map.of(), "edit", actor.name(), Instant.now(clock),
                    database.origin(ctx));
            audit.record(actor, AuditAction.CREATE, uuid(existing.getResidentId()),
                    RECORD_TYPE + " " + moved.getId() + " moved from " + existing.getId());
            return find(UUID.fromString(moved.getId())).orElseThrow();
        });
    }

    /** Earlier versions of an entry, newest first; a removed entry's last live version carries "delete". */
    public List<HistoryEntry> history(UUID id) {
        return AssessmentStore.history(database, RECORD_TYPE, id);
    }

    /** Writes one PRINT audit entry per resident on the printed or saved sheets, in one transaction. */
    public void recordPrint(Collection<UUID> residentIds, String detail, Actor actor) {
        database.write(ctx -> {
            for (UUID residentId : new LinkedHashSet<>(residentIds)) {
                audit.record(actor, AuditAction.PRINT, residentId, detail);
            }
            return null;
        });
    }

    /**
     * What the printed sheets need about each resident, in one read: address with 리, phones, age and sex, risk,
     * and the latest visit with its outcome. Residents that do not exist are left out.
     */
    public Map<UUID, VisitSheetFacts> sheetFacts(Collection<UUID> residentIds) {
        List<String> ids = residentIds.stream().distinct().map(UUID::toString).toList();
        return database.read(ctx -> {
            Map<UUID, VisitSheetFacts> facts = new HashMap<>();
            for (List<String> chunk : chunks(ids)) {
                var lastVisit = ctx.select(VISIT.RESIDENT_ID, VISIT.VISITED_AT, VISIT.OUTCOME,
                                DSL.rowNumber().over(DSL.partitionBy(VISIT.RESIDENT_ID)
                                        .orderBy(VISIT.VISITED_AT.desc(), VISIT.ID.desc())).as("latest"))
                        .from(VISIT)
                        .where(VISIT.DELETED.eq(0), VISIT.RESIDENT_ID.in(chunk))
                        .asTable("last_visit");
                Field<String> lastResident = lastVisit.field(VISIT.RESIDENT_ID);
                Field<String> lastAt = lastVisit.field(VISIT.VISITED_AT);
                Field<String> lastOutcome = lastVisit.field(VISIT.OUTCOME);
                ctx.select(RESIDENT.ID, RESIDENT.NAME, RESIDENT.BIRTH_DATE, RESIDENT.SEX, RESIDENT.ROAD_ADDRESS,
                                RESIDENT.ADDRESS_DETAIL, AREA.NAME, RESIDENT.PHONE_MOBILE, RESIDENT.PHONE_HOME,
                                RESIDENT.LIVING_SITUATION, RESIDENT.VULNERABILITIES, RESIDENT.RISK_LEVEL, lastAt,
                                lastOutcome)
                        .from(RESIDENT)
                        .leftJoin(AREA).on(AREA.ID.eq(RESIDENT.AREA_ID))
                        .leftJoin(lastVisit).on(lastResident.eq(RESIDENT.ID),
                                lastVisit.field("latest", Integer.class).eq(1))
                        .where(RESIDENT.ID.in(chunk), RESIDENT.DELETED.eq(0))
                        .forEach(r -> facts.put(uuid(r.get(RESIDENT.ID)), new VisitSheetFacts(
                                uuid(r.get(RESIDENT.ID)), r.get(RESIDENT.NAME), date(r.get(RESIDENT.BIRTH_DATE)),
                                Sex.valueOf(r.get(RESIDENT.SEX)), r.get(RESIDENT.ROAD_ADDRESS),
                                r.get(RESIDENT.ADDRESS_DETAIL), r.get(AREA.NAME),
                                phone(r.get(RESIDENT.PHONE_MOBILE)), phone(r.get(RESIDENT.PHONE_HOME)),
                                LivingSituation.valueOf(r.get(RESIDENT.LIVING_SITUATION)),
                                ResidentStore.vulnerabilities(r.get(RESIDENT.VULNERABILITIES)),
                                RiskLevel.valueOf(r.get(RESIDENT.RISK_LEVEL)),
                                r.get(lastAt) == null ? null : dateTime(r.get(lastAt)).toLocalDate(),
                                r.get(lastOutcome) == null ? null : VisitOutcome.valueOf(r.get(lastOutcome)))));
            }
            return facts;
        });
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return chunks;
    }

    private static PhoneNumber phone(String digits) {
        return digits == null || digits.isBlank() ? null : PhoneNumber.parseOptional(digits).orElse(null);
    }

    private ScheduleEntry finish(DSLContext ctx, ScheduleEntryRecord existing, ScheduleStatus status, UUID visitId,
            Actor actor) {
        ScheduleResults.finish(ctx, existing, status, visitId, actor, audit, Instant.now(clock), database.origin(ctx));
        return find(UUID.fromString(existing.getId())).orElseThrow();
    }

    private static ScheduleEntryRecord open(DSLContext ctx, UUID id) {
        ScheduleEntryRecord record = ctx.selectFrom(SCHEDULE_ENTRY)
                .where(SCHEDULE_ENTRY.ID.eq(id.toString()), SCHEDULE_ENTRY.DELETED.eq(0))
                .fetchOne();
        if (record == null) {
            throw new StoreException("schedule.entry.missing");
        }
        if (!ScheduleStatus.valueOf(record.getStatus()).isOpen()) {
            throw new StoreException("schedule.entry.notOpen");
        }
        return record;
    }

    private static void fill(ScheduleEntryRecord record, ScheduleEntry entry) {
        record.setPlannedOn(entry.date().toString());
        record.setPlannedTime(blankToNull(entry.time()));
        record.setStaffId(text(entry.staffId()));
        record.setResidentId(entry.residentId().toString());
        record.setPurpose(blankToNull(entry.purpose()));
        record.setReasons(entry.reasons().stream().map(Enum::name).collect(Collectors.joining(",")));
        record.setVisitOrder(entry.order());
    }

    private static boolean sameContent(ScheduleEntryRecord a, ScheduleEntryRecord b) {
        return Objects.equals(a.getPlannedOn(), b.getPlannedOn())
                && Objects.equals(a.getPlannedTime(), b.getPlannedTime())
                && Objects.equals(a.getStaffId(), b.getStaffId())
                && Objects.equals(a.getPurpose(), b.getPurpose())
                && Objects.equals(a.getReasons(), b.getReasons())
                && Objects.equals(a.getVisitOrder(), b.getVisitOrder());
    }

    private static SelectJoinStep<Record> select(DSLContext ctx) {
        List<SelectField<?>> fields = new ArrayList<>(Arrays.asList(SCHEDULE_ENTRY.fields()));
        fields.add(RESIDENT.NAME);
        fields.add(RESIDENT.AREA_ID);
        fields.add(DSL.coalesce(RESIDENT.RESPONSIBLE_STAFF_ID, AREA.RESPONSIBLE_STAFF_ID).as(RESPONSIBLE));
        return ctx.select(fields).from(SCHEDULE_ENTRY).join(RESIDENT).on(RESIDENT.ID.eq(SCHEDULE_ENTRY.RESIDENT_ID))
                .leftJoin(AREA).on(AREA.ID.eq(RESIDENT.AREA_ID));
    }

    private static ScheduleEntry toEntry(Record r) {
        List<DueReason> due = reasons(r.get(SCHEDULE_ENTRY.REASONS));
        return new ScheduleEntry(uuid(r.get(SCHEDULE_ENTRY.ID)), r.get(SCHEDULE_ENTRY.REV),
                date(r.get(SCHEDULE_ENTRY.PLANNED_ON)), r.get(SCHEDULE_ENTRY.PLANNED_TIME),
                uuid(r.get(SCHEDULE_ENTRY.STAFF_ID)), uuid(r.get(SCHEDULE_ENTRY.RESIDENT_ID)), r.get(RESIDENT.NAME),
                uuid(r.get(RESIDENT.AREA_ID)), due, r.get(SCHEDULE_ENTRY.PURPOSE),
                r.get(SCHEDULE_ENTRY.VISIT_ORDER), ScheduleStatus.valueOf(r.get(SCHEDULE_ENTRY.STATUS)),
                uuid(r.get(SCHEDULE_ENTRY.VISIT_ID)), uuid(r.get(RESPONSIBLE, String.class)));
    }

    private static List<DueReason> reasons(String codes) {
        return codes == null || codes.isBlank() ? List.of()
                : Arrays.stream(codes.split(",")).map(DueReason::valueOf).toList();
    }
}
