package org.dolbom.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.dolbom.domain.ClosureReason;
import org.dolbom.domain.Office;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.exchange.BundleReader;
import org.dolbom.exchange.BundleSource;
import org.dolbom.exchange.BundleWriter;
import org.dolbom.exchange.Envelope;
import org.dolbom.exchange.Origin;
import org.dolbom.exchange.Progress;
import org.dolbom.exchange.Purpose;
import org.dolbom.exchange.Scope;
import org.dolbom.exchange.ScopeKind;
import org.dolbom.exchange.Sealing;
import org.dolbom.exchange.WrittenBundle;
import org.dolbom.exchange.json.AssessmentDomainJson;
import org.dolbom.exchange.json.ExchangeRecord;
import org.dolbom.exchange.json.RecordType;
import org.dolbom.exchange.json.VisitServiceJson;
import org.dolbom.store.jooq.tables.records.AssessmentDomainRecord;
import org.dolbom.store.jooq.tables.records.VisitServiceRecord;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

import static org.dolbom.store.jooq.Tables.AREA;
import static org.dolbom.store.jooq.Tables.ASSESSMENT;
import static org.dolbom.store.jooq.Tables.ASSESSMENT_DOMAIN;
import static org.dolbom.store.jooq.Tables.CONSENT;
import static org.dolbom.store.jooq.Tables.HOUSEHOLD;
import static org.dolbom.store.jooq.Tables.PLANNED_SERVICE;
import static org.dolbom.store.jooq.Tables.PLAN_CHECK;
import static org.dolbom.store.jooq.Tables.RECORD_HISTORY;
import static org.dolbom.store.jooq.Tables.RESIDENT;
import static org.dolbom.store.jooq.Tables.SCHEDULE_ENTRY;
import static org.dolbom.store.jooq.Tables.SERVICE;
import static org.dolbom.store.jooq.Tables.STAFF;
import static org.dolbom.store.jooq.Tables.SUPPORT_PLAN;
import static org.dolbom.store.jooq.Tables.VISIT;
import static org.dolbom.store.jooq.Tables.VISIT_SERVICE;
import static org.dolbom.store.jooq.Tables.PROVIDER;

/**
 * Exports a scope of the case file as a bundle: the residents in scope with their whole case (consents, household,
 * area, assessments, plans, planned services, plan checks, visits with vitals and services, schedule entries) and
 * the staff, catalogue services and providers those records name. Rows stream from the database in id order
 * straight into the file. Deleted records travel whole with {@code deleted: true}, so the receiver keeps the same
 * lineage.
 */
public final class BundleExport {

    /**
     * What to export and why; a share names its legal basis and consent reference. {@code recipient} names the
     * office the file goes to, for the sharing ledger (blank: not known until its receipt comes back).
     */
    public record Request(Scope scope, Purpose purpose, String legalBasis, String consentReference, Sealing sealing,
                          String recipient) {

        public Request(Scope scope, Purpose purpose, String legalBasis, String consentReference, Sealing sealing) {
            this(scope, purpose, legalBasis, consentReference, sealing, null);
        }
    }

    /** The bundle on disk, how many residents it holds, and how many were marked transferred out. */
    public record Result(WrittenBundle bundle, int residents, int transferred) {
    }

    private final Database database;
    private final RrnVault vault;
    private final ResidentStore residents;
    private final AuditTrail audit;
    private final SharingLedger ledger;
    private final Clock clock;

    public BundleExport(Database database, RrnVault vault, ResidentStore residents, AuditTrail audit,
                        SharingLedger ledger, Clock clock) {
        this.database = database;
        this.vault = vault;
        this.residents = residents;
        this.audit = audit;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** What a scope holds before it is exported: live residents, how many a transfer would close, the first few. */
    public record ScopeSize(int residents, int transferable, List<Named> first) {

        /** A resident as a list names them: two people may share a name, rarely also a birth year. */
        public record Named(String name, LocalDate birthDate) {
        }

        public ScopeSize {
            first = List.copyOf(first);
        }
    }

    /** Counts the live residents in a scope (the selection {@link #export} uses) and names the first {@code names}. */
    public ScopeSize size(Scope scope, int names) {
        return database.read(ctx -> {
            Condition live = new Selection(scope).residents.and(RESIDENT.DELETED.eq(0));
            return new ScopeSize(ctx.fetchCount(RESIDENT, live),
                    ctx.fetchCount(RESIDENT, live.and(RESIDENT.STATUS.in(ResidentStatus.ACTIVE.name(),
                            ResidentStatus.CLOSED.name()))),
                    ctx.select(RESIDENT.NAME, RESIDENT.BIRTH_DATE).from(RESIDENT).where(live)
                            .orderBy(RESIDENT.SORT_NAME, RESIDENT.BIRTH_DATE, RESIDENT.ID).limit(names)
                            .fetch(r -> new ScopeSize.Named(r.value1(), LocalDate.parse(r.value2()))));
        });
    }

    /**
     * Area ids for what a person typed: an area's id, its name (양근리) or its township and name (양평읍 양근리).
     *
     * @throws StoreException {@code exchange.export.unknownArea} naming the first one that matches no area
     */
    public List<String> areaIds(List<String> idsOrNames) {
        return database.read(ctx -> {
            List<String> ids = new ArrayList<>();
            for (String given : idsOrNames) {
                String text = given.strip();
                List<String> found = ctx.select(AREA.ID).from(AREA)
                        .where(AREA.DELETED.eq(0))
                        .and(AREA.ID.eq(text).or(AREA.NAME.eq(text))
                                .or(AREA.TOWNSHIP.concat(" ").concat(AREA.NAME).eq(text)))
                        .fetch(AREA.ID);
                if (found.isEmpty()) {
                    throw new StoreException("exchange.export.unknownArea", text);
                }
                ids.addAll(found);
            }
            return List.copyOf(new LinkedHashSet<>(ids));
        });
    }

    /**
     * Writes the bundle safely to {@code target}, then in one transaction: an EXPORT audit entry per resident, a
     * SENT line in the sharing ledger and, for a transfer, each resident's case closed as moved (transferred out,
     * read-only, kept). A failure or cancel leaves no file and changes nothing.
     *
     * @throws StoreException {@code exchange.export.noOffice} before first-run setup; {@code exchange.export.empty}
     *                        when the scope holds no resident
     */
    public Result export(Request request, Path target, Actor actor, Progress progress, BooleanSupplier cancelled) {
        Office office = new OfficeStore(database).office()
                .orElseThrow(() -> new StoreException("exchange.export.noOffice"));
        boolean encrypted = request.sealing().encrypted();
        Envelope envelope = new Envelope(Instant.now(clock), new Origin(office.code(), office.name()),
                request.purpose(), request.scope(), blankToNull(request.legalBasis()),
                blankToNull(request.consentReference()), encrypted);
        return database.write(ctx -> {
            Selection selection = new Selection(request.scope());
            List<String> residentIds = ctx.select(RESIDENT.ID).from(RESIDENT).where(selection.residents)
                    .orderBy(RESIDENT.ID).fetch(RESIDENT.ID);
            if (residentIds.isEmpty() && request.scope().kind() != ScopeKind.ALL) {
                throw new StoreException("exchange.export.empty");
            }
            long total = 0;
            for (RecordType type : RecordType.values()) {
                if (type != RecordType.TOMBSTONES) {
                    total += ctx.fetchCount(ExchangeRows.table(type), selection.of(type));
                }
            }
            WrittenBundle written;
            try (Rows rows = new Rows(ctx, selection, encrypted, total)) {
                written = new BundleWriter().write(target, envelope, rows, request.sealing(), progress, cancelled);
            }
            String detail = request.purpose().code() + " " + written.sha256().substring(0, 12);
            int transferred = 0;
            LocalDate today = LocalDate.now(clock);
            audit.recordEach(actor, AuditAction.EXPORT, residentIds.stream().map(UUID::fromString).toList(), detail);
            for (String id : residentIds) {
                UUID uuid = UUID.fromString(id);
                if (request.purpose() == Purpose.TRANSFER && transferable(ctx, id)) {
                    residents.closeCase(uuid, ClosureReason.MOVED, request.scope().reason(), today, actor);
                    transferred++;
                }
            }
            ledger.record(new LedgerEntry(LedgerEntry.Direction.SENT, Instant.now(clock),
                    blankToNull(request.recipient()),
                    request.purpose().code(), envelope.legalBasis(), envelope.consentReference(), written.sha256(),
                    written.totalRecords(), null));
            return new Result(written, residentIds.size(), transferred);
        });
    }

    private static boolean transferable(DSLContext ctx, String id) {
        return ctx.fetchExists(RESIDENT, RESIDENT.ID.eq(id), RESIDENT.DELETED.eq(0),
                RESIDENT.STATUS.in(ResidentStatus.ACTIVE.name(), ResidentStatus.CLOSED.name()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Which rows of each table belong to the scope. */
    private static final class Selection {

        private final boolean all;
        private final Condition residents;
        private final Map<RecordType, Condition> conditions = new EnumMap<>(RecordType.class);

        Selection(Scope scope) {
            all = scope.kind() == ScopeKind.ALL;
            residents = switch (scope.kind()) {
                case ALL -> DSL.noCondition();
                case AREAS -> RESIDENT.AREA_ID.in(scope.values());
                case RESIDENTS -> RESIDENT.ID.in(scope.values());
                case CHANGED_SINCE -> changedSince(scope.since().toString());
            };
            if (all) {
                return;
            }
            Select<Record1<String>> residentIds = DSL.select(RESIDENT.ID).from(RESIDENT).where(residents);
            Select<Record1<String>> planIds = DSL.select(SUPPORT_PLAN.ID).from(SUPPORT_PLAN)
                    .where(SUPPORT_PLAN.RESIDENT_ID.in(residentIds));
            Select<Record1<String>> visitIds = DSL.select(VISIT.ID).from(VISIT)
                    .where(VISIT.RESIDENT_ID.in(residentIds));
            Condition households = HOUSEHOLD.ID.in(DSL.select(RESIDENT.HOUSEHOLD_ID).from(RESIDENT).where(residents));
            Condition areas = AREA.ID.in(DSL.select(RESIDENT.AREA_ID).from(RESIDENT).where(residents))
                    .or(AREA.ID.in(DSL.select(HOUSEHOLD.AREA_ID).from(HOUSEHOLD).where(households)));
            if (scope.kind() == ScopeKind.AREAS) {
                areas = areas.or(AREA.ID.in(scope.values()));
            }
            Condition plannedServices = PLANNED_SERVICE.PLAN_ID.in(planIds);
            conditions.put(RecordType.RESIDENTS, residents);
            conditions.put(RecordType.HOUSEHOLDS, households);
            conditions.put(RecordType.AREAS, areas);
            conditions.put(RecordType.CONSENTS, CONSENT.RESIDENT_ID.in(residentIds));
            conditions.put(RecordType.ASSESSMENTS, ASSESSMENT.RESIDENT_ID.in(residentIds));
            conditions.put(RecordType.PLANS, SUPPORT_PLAN.RESIDENT_ID.in(residentIds));
            conditions.put(RecordType.PLANNED_SERVICES, plannedServices);
            conditions.put(RecordType.PLAN_CHECKS, PLAN_CHECK.PLAN_ID.in(planIds));
            conditions.put(RecordType.VISITS, VISIT.RESIDENT_ID.in(residentIds));
            conditions.put(RecordType.VITALS, org.dolbom.store.jooq.Tables.VITALS.VISIT_ID.in(visitIds));
            conditions.put(RecordType.SCHEDULE_ENTRIES, SCHEDULE_ENTRY.RESIDENT_ID.in(residentIds));
            conditions.put(RecordType.SERVICES, SERVICE.ID.in(DSL.select(PLANNED_SERVICE.SERVICE_ID)
                            .from(PLANNED_SERVICE).where(plannedServices))
                    .or(SERVICE.ID.in(DSL.select(VISIT_SERVICE.SERVICE_ID).from(VISIT_SERVICE)
                            .where(VISIT_SERVICE.VISIT_ID.in(visitIds)))));
            conditions.put(RecordType.PROVIDERS, PROVIDER.ID.in(DSL.select(PLANNED_SERVICE.PROVIDER_ID)
                    .from(PLANNED_SERVICE).where(plannedServices)));
            conditions.put(RecordType.STAFF, STAFF.ID.in(DSL.select(RESIDENT.RESPONSIBLE_STAFF_ID).from(RESIDENT)
                            .where(residents))
                    .or(STAFF.ID.in(DSL.select(AREA.RESPONSIBLE_STAFF_ID).from(AREA).where(areas)))
                    .or(STAFF.ID.in(DSL.select(ASSESSMENT.ASSESSOR_STAFF_ID).from(ASSESSMENT)
                            .where(conditions.get(RecordType.ASSESSMENTS))))
                    .or(STAFF.ID.in(DSL.select(SUPPORT_PLAN.RESPONSIBLE_STAFF_ID).from(SUPPORT_PLAN)
                            .where(conditions.get(RecordType.PLANS))))
                    .or(STAFF.ID.in(DSL.select(PLAN_CHECK.STAFF_ID).from(PLAN_CHECK)
                            .where(conditions.get(RecordType.PLAN_CHECKS))))
                    .or(STAFF.ID.in(DSL.select(VISIT.STAFF_ID).from(VISIT)
                            .where(conditions.get(RecordType.VISITS))))
                    .or(STAFF.ID.in(DSL.select(SCHEDULE_ENTRY.STAFF_ID).from(SCHEDULE_ENTRY)
                            .where(conditions.get(RecordType.SCHEDULE_ENTRIES)))));
        }

        /** Residents whose own record or any record of their case changed on or after the date. */
        private static Condition changedSince(String since) {
            return RESIDENT.UPDATED_AT.ge(since)
                    .or(RESIDENT.ID.in(DSL.select(CONSENT.RESIDENT_ID).from(CONSENT)
                            .where(CONSENT.UPDATED_AT.ge(since))))
                    .or(RESIDENT.ID.in(DSL.select(ASSESSMENT.RESIDENT_ID).from(ASSESSMENT)
                            .where(ASSESSMENT.UPDATED_AT.ge(since))))
                    .or(RESIDENT.ID.in(DSL.select(SUPPORT_PLAN.RESIDENT_ID).from(SUPPORT_PLAN)
                            .where(SUPPORT_PLAN.UPDATED_AT.ge(since))))
                    .or(RESIDENT.ID.in(DSL.select(VISIT.RESIDENT_ID).from(VISIT)
                            .where(VISIT.UPDATED_AT.ge(since))))
                    .or(RESIDENT.ID.in(DSL.select(SCHEDULE_ENTRY.RESIDENT_ID).from(SCHEDULE_ENTRY)
                            .where(SCHEDULE_ENTRY.UPDATED_AT.ge(since))));
        }

        Condition of(RecordType type) {
            return all ? DSL.noCondition() : conditions.getOrDefault(type, DSL.noCondition());
        }
    }

    /**
     * The rows of each group, read lazily in id order and turned into bundle records as the writer asks. A record's
     * kept versions and child rows come from two more cursors in the same id order, walked alongside: three queries
     * a group, not two a record.
     */
    private final class Rows implements BundleSource, AutoCloseable {

        private final DSLContext ctx;
        private final Selection selection;
        private final boolean withRrn;
        private final long total;
        private final List<Cursor<?>> open = new ArrayList<>();

        Rows(DSLContext ctx, Selection selection, boolean withRrn, long total) {
            this.ctx = ctx;
            this.selection = selection;
            this.withRrn = withRrn;
            this.total = total;
        }

        @Override
        public Iterator<? extends ExchangeRecord> records(RecordType type) {
            close();
            if (type == RecordType.TOMBSTONES) {
                return List.<ExchangeRecord>of().iterator();
            }
            Table<? extends TableRecord<?>> table = ExchangeRows.table(type);
            Field<String> id = ExchangeRows.stringField(table, "id");
            Cursor<? extends TableRecord<?>> cursor = ctx.selectFrom(table).where(selection.of(type))
                    .orderBy(id).fetchLazy();
            open.add(cursor);
            Alongside<String> history = history(table.getName());
            Alongside<Object> children = children(type, table, id);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return cursor.hasNext();
                }

                @Override
                public ExchangeRecord next() {
                    TableRecord<?> row = cursor.fetchNext();
                    if (row == null) {
                        throw new NoSuchElementException();
                    }
                    String recordId = (String) row.get("id");
                    return toJson(type, row, history.take(recordId),
                            children == null ? null : children.take(recordId));
                }
            };
        }

        /** Kept revs of every record of the table, by record id and newest first, leaving out waiting conflicts. */
        private Alongside<String> history(String table) {
            Cursor<Record2<String, String>> cursor = ctx.select(RECORD_HISTORY.RECORD_ID, RECORD_HISTORY.REV)
                    .from(RECORD_HISTORY)
                    .where(RECORD_HISTORY.RECORD_TYPE.eq(table),
                            RECORD_HISTORY.REASON.notLike(BundleImport.CONFLICT_PREFIX + "%"))
                    .orderBy(RECORD_HISTORY.RECORD_ID, RECORD_HISTORY.SEQ.desc())
                    .fetchLazy();
            open.add(cursor);
            return new Alongside<>(cursor, Record2::value1, Record2::value2);
        }

        /** Child rows (an assessment's domains, a visit's services) by parent id, in the order records carry them. */
        private Alongside<Object> children(RecordType type, Table<? extends TableRecord<?>> table, Field<String> id) {
            if (type == RecordType.ASSESSMENTS) {
                Cursor<AssessmentDomainRecord> cursor = ctx.selectFrom(ASSESSMENT_DOMAIN)
                        .where(selection.all ? DSL.noCondition() : ASSESSMENT_DOMAIN.ASSESSMENT_ID.in(
                                DSL.select(id).from(table).where(selection.of(type))))
                        .orderBy(ASSESSMENT_DOMAIN.ASSESSMENT_ID, ASSESSMENT_DOMAIN.DOMAIN)
                        .fetchLazy();
                open.add(cursor);
                return new Alongside<>(cursor, AssessmentDomainRecord::getAssessmentId,
                        r -> new AssessmentDomainJson(r.getDomain(), r.getNeedLevel(), r.getNote()));
            }
            if (type == RecordType.VISITS) {
                Cursor<VisitServiceRecord> cursor = ctx.selectFrom(VISIT_SERVICE)
                        .where(selection.all ? DSL.noCondition() : VISIT_SERVICE.VISIT_ID.in(
                                DSL.select(id).from(table).where(selection.of(type))))
                        .orderBy(VISIT_SERVICE.VISIT_ID, VISIT_SERVICE.SERVICE_ID)
                        .fetchLazy();
                open.add(cursor);
                return new Alongside<>(cursor, VisitServiceRecord::getVisitId,
                        r -> new VisitServiceJson(r.getServiceId(), r.getCount()));
            }
            return null;
        }

        private ExchangeRecord toJson(RecordType type, TableRecord<?> row, List<String> kept, List<Object> children) {
            Map<String, Object> special = new java.util.HashMap<>();
            special.put("lineage", lineage(kept, (String) row.get("rev"), (String) row.get("prev_rev")));
            String childField = ExchangeRows.childField(type);
            if (childField != null) {
                special.put(childField, children == null ? List.of() : children);
            }
            if (type == RecordType.RESIDENTS) {
                String text = (String) row.get("vulnerabilities");
                special.put("vulnerabilities", text == null || text.isBlank() ? List.of()
                        : List.of(text.split(",")));
                byte[] cipher = (byte[]) row.get("rrn_cipher");
                if (withRrn && cipher != null) {
                    special.put("rrn", vault.open(cipher).reveal());
                }
            }
            return ExchangeRows.toJson(type, row, special);
        }

        @Override
        public long total() {
            return total;
        }

        @Override
        public void close() {
            open.forEach(Cursor::close);
            open.clear();
        }
    }

    /**
     * A cursor ordered by a key, read alongside another cursor in the same key order: {@link #take} answers the
     * values for one key, skipping keys the other cursor does not have (rows of records outside the scope).
     */
    private static final class Alongside<V> {

        private final Cursor<? extends Record> cursor;
        private final Function<Record, String> key;
        private final Function<Record, V> value;
        private Record pending;

        @SuppressWarnings("unchecked")
        <R extends Record> Alongside(Cursor<R> cursor, Function<R, String> key, Function<R, V> value) {
            this.cursor = cursor;
            this.key = r -> key.apply((R) r);
            this.value = r -> value.apply((R) r);
            this.pending = cursor.fetchNext();
        }

        /** The values for {@code id}; ids must be asked for in ascending order. */
        List<V> take(String id) {
            while (pending != null && key.apply(pending).compareTo(id) < 0) {
                pending = cursor.fetchNext();
            }
            List<V> values = new ArrayList<>(2);
            while (pending != null && key.apply(pending).equals(id)) {
                values.add(value.apply(pending));
                pending = cursor.fetchNext();
            }
            return values;
        }
    }

    /**
     * Earlier revs of a record, most recent first: its kept versions (newest first, without waiting conflicts) and
     * the lineage it arrived with. Falls back to just the previous rev when history is not a clean chain.
     */
    static List<String> lineage(List<String> keptNewestFirst, String rev, String prevRev) {
        if (prevRev == null) {
            return List.of();
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>(keptNewestFirst);
        distinct.remove(rev);
        List<String> lineage = new ArrayList<>(distinct);
        if (lineage.size() > BundleReader.MAX_LINEAGE) {
            lineage = new ArrayList<>(lineage.subList(0, BundleReader.MAX_LINEAGE));
        }
        if (lineage.isEmpty() || !lineage.getFirst().equals(prevRev)) {
            return List.of(prevRev);
        }
        return lineage;
    }
}
