package org.dolbom.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.dolbom.domain.Assessment;
import org.dolbom.domain.AssessmentRules;
import org.dolbom.domain.Consent;
import org.dolbom.domain.Household;
import org.dolbom.domain.InvalidInputException;
import org.dolbom.domain.NeedRating;
import org.dolbom.domain.PlanCheck;
import org.dolbom.domain.PlanRules;
import org.dolbom.domain.PlanStatus;
import org.dolbom.domain.PlannedService;
import org.dolbom.domain.Problem;
import org.dolbom.domain.Resident;
import org.dolbom.domain.ResidentRules;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.RrnChange;
import org.dolbom.domain.ServiceCount;
import org.dolbom.domain.SupportPlan;
import org.dolbom.domain.Visit;
import org.dolbom.domain.VisitRules;
import org.dolbom.store.jooq.tables.records.AssessmentDomainRecord;
import org.dolbom.store.jooq.tables.records.AssessmentRecord;
import org.dolbom.store.jooq.tables.records.ConsentRecord;
import org.dolbom.store.jooq.tables.records.HouseholdRecord;
import org.dolbom.store.jooq.tables.records.PlanCheckRecord;
import org.dolbom.store.jooq.tables.records.PlannedServiceRecord;
import org.dolbom.store.jooq.tables.records.RecordHistoryRecord;
import org.dolbom.store.jooq.tables.records.ResidentRecord;
import org.dolbom.store.jooq.tables.records.SupportPlanRecord;
import org.dolbom.store.jooq.tables.records.VisitRecord;
import org.dolbom.store.jooq.tables.records.VisitServiceRecord;
import org.dolbom.store.jooq.tables.records.VitalsRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.exception.DataAccessException;

import static org.dolbom.store.jooq.Tables.AREA;
import static org.dolbom.store.jooq.Tables.ASSESSMENT;
import static org.dolbom.store.jooq.Tables.ASSESSMENT_DOMAIN;
import static org.dolbom.store.jooq.Tables.CONSENT;
import static org.dolbom.store.jooq.Tables.HOUSEHOLD;
import static org.dolbom.store.jooq.Tables.PLANNED_SERVICE;
import static org.dolbom.store.jooq.Tables.PLAN_CHECK;
import static org.dolbom.store.jooq.Tables.RECORD_HISTORY;
import static org.dolbom.store.jooq.Tables.RESIDENT;
import static org.dolbom.store.jooq.Tables.SUPPORT_PLAN;
import static org.dolbom.store.jooq.Tables.VISIT;
import static org.dolbom.store.jooq.Tables.VISIT_SERVICE;
import static org.dolbom.store.jooq.Tables.VITALS;

/**
 * Writes whole case files at once (households, residents with consents and sealed RRNs, assessments, plans with
 * services and checks, visits with vitals and services): the demo township, and later any other bulk load.
 *
 * <p>Every record is checked by the same rules and built by the same code as the ordinary stores use, with the
 * same rev; only the writing differs. One prepared insert per table is reused and sent in batches, instead of a
 * rendered statement per row, and the residents are added to the search index in one statement at the end. Nothing
 * here writes audit entries: the caller records what the person did once.
 */
public final class BulkCaseWrites {

    /** Rows bound before the batches go to SQLite: bounds memory, whatever the size of the load. */
    private static final int BATCH = 1000;
    /**
     * SQLite's page cache while the batch writes, in KiB (negative, as the pragma takes it). Every new id lands at
     * a random place in its table's key index; with the default 2 MB cache a large load spends most of its time
     * reading those pages back. 64 MB is modest for an office PC and is given back when the batch ends.
     */
    private static final int CACHE_KIB = -64 * 1024;

    /** Parents before children, so every batch finds the rows it refers to. */
    private static final List<Table<?>> ORDER = List.of(HOUSEHOLD, RESIDENT, CONSENT, ASSESSMENT, ASSESSMENT_DOMAIN,
            SUPPORT_PLAN, PLANNED_SERVICE, PLAN_CHECK, RECORD_HISTORY, VISIT, VITALS, VISIT_SERVICE);

    private final Database database;
    private final RrnVault vault;
    private final Clock clock;

    public BulkCaseWrites(Database database, RrnVault vault, Clock clock) {
        this.database = database;
        this.vault = vault;
        this.clock = clock;
    }

    /**
     * Runs {@code work} with a batch in the caller's transaction, or in one of its own: all of it is written, or
     * none of it. Records without an id get one from {@code ids}, so a seeded source gives the same ids every time.
     *
     * @throws InvalidInputException when a record breaks a rule a save checks
     */
    public <T> T write(Actor actor, Supplier<UUID> ids, Function<Batch, T> work) {
        return database.write(ctx -> {
            try (Batch batch = new Batch(ctx, actor, ids)) {
                T result = work.apply(batch);
                batch.finish();
                return result;
            }
        });
    }

    /** The records of one bulk write, queued and sent in batches; see {@link BulkCaseWrites#write}. */
    public final class Batch implements AutoCloseable {

        private final DSLContext ctx;
        private final Actor actor;
        private final Supplier<UUID> ids;
        private final InsertConnection insertConnection;
        private final Connection connection;
        private final long cacheBefore;
        private final Instant now = Instant.now(clock);
        private final LocalDate today = LocalDate.now(clock);
        private final LocalDateTime todayAt = LocalDateTime.now(clock);
        private final String origin;
        private final Map<String, String> areaLabels;
        private final Map<Table<?>, Insert> inserts = new LinkedHashMap<>();
        /** Risk of the residents written here, so an assessment cannot silently disagree with it. */
        private final Map<UUID, RiskLevel> risks = new HashMap<>();
        private DeferredSearchIndex searchIndex;

        private Batch(DSLContext ctx, Actor actor, Supplier<UUID> ids) {
            this.ctx = ctx;
            this.actor = actor;
            this.ids = ids;
            this.insertConnection = new InsertConnection(ctx);
            this.connection = insertConnection.connection();
            this.cacheBefore = pragma("cache_size", null);
            pragma("cache_size", (long) CACHE_KIB);
            this.origin = database.origin(ctx);
            this.areaLabels = ctx.select(AREA.ID, AREA.TOWNSHIP, AREA.NAME).from(AREA)
                    .fetchMap(AREA.ID, r -> r.value2() + " " + r.value3());
            for (Table<?> table : ORDER) {
                inserts.put(table, new Insert(table));
            }
        }

        public Household household(Household household) {
            HouseholdRecord record = ctx.newRecord(HOUSEHOLD);
            record.setId(id(household.id()));
            HouseholdStore.fill(record, household);
            RecordVersions.stampNew(record, Map.of(), now, origin);
            add(record);
            return HouseholdStore.toHousehold(record);
        }

        /** A new resident with their consents; an RRN to set is sealed, masked and fingerprinted. */
        public Resident resident(Resident resident, RrnChange rrn) {
            RrnChange change = rrn == null ? RrnChange.keep() : rrn;
            List<Problem> problems = new ArrayList<>(ResidentRules.check(resident, change, today));
            if (resident.consents().stream().anyMatch(c -> c.kind() == null || c.givenOn() == null)) {
                problems.add(Problem.of("consents", "store.consent.incomplete"));
            }
            refuse(problems);
            if (searchIndex == null) {
                searchIndex = DeferredSearchIndex.setAside(connection);
            }
            ResidentRecord record = ctx.newRecord(RESIDENT);
            record.setId(id(resident.id()));
            ResidentStore.fill(record, resident);
            if (change instanceof RrnChange.Set(var number)) {
                ResidentStore.seal(record, vault, number);
            }
            ResidentStore.searchKeys(record, resident, areaLabels.get(record.getAreaId()));
            RecordVersions.stampNew(record, ResidentStore.consentExtra(resident.consents()), now, origin);
            add(record);
            List<Consent> consents = new ArrayList<>(resident.consents().size());
            for (Consent consent : resident.consents()) {
                ConsentRecord c = ctx.newRecord(CONSENT);
                ResidentStore.fill(c, record.getId(), consent);
                c.setId(id(consent.id()));
                RecordVersions.stampNew(c, Map.of(), now, origin);
                add(c);
                consents.add(new Consent(UUID.fromString(c.getId()), consent.kind(), consent.granted(),
                        consent.givenOn(), c.getNote()));
            }
            Resident saved = ResidentStore.toResident(record, consents);
            risks.put(saved.id(), saved.riskLevel());
            return saved;
        }

        /**
         * An assessment of a resident written in this batch, with its nine domains. Its risk must be the
         * resident's, as a save of the newest assessment would make it.
         */
        public Assessment assessment(Assessment assessment) {
            refuse(AssessmentRules.check(assessment, today));
            RiskLevel risk = risks.get(assessment.residentId());
            if (risk != null && risk != assessment.riskLevel()) {
                throw new IllegalArgumentException("an assessment's risk must be its resident's");
            }
            AssessmentRecord record = ctx.newRecord(ASSESSMENT);
            record.setId(id(assessment.id()));
            AssessmentStore.fill(record, assessment);
            List<NeedRating> needs = AssessmentStore.normalised(assessment.needs());
            RecordVersions.stampNew(record, AssessmentStore.needsExtra(needs), now, origin);
            add(record);
            for (NeedRating need : needs) {
                AssessmentDomainRecord domain = ctx.newRecord(ASSESSMENT_DOMAIN);
                domain.setAssessmentId(record.getId());
                domain.setDomain(need.domain().name());
                domain.setNeedLevel(need.level());
                domain.setNote(need.note());
                add(domain);
            }
            return new Assessment(UUID.fromString(record.getId()), record.getRev(), assessment.residentId(),
                    assessment.assessedOn(), assessment.assessorStaffId(), needs, record.getSummary(),
                    assessment.riskLevel());
        }

        /**
         * A new plan with its services. When {@code endedOn} is given the plan was ended later: it is stored as
         * ended, with the version it started as kept in history, as ending it through the plan store would.
         */
        public SupportPlan plan(SupportPlan plan, LocalDate endedOn, String endedReason) {
            refuse(PlanRules.check(plan, null, today));
            PlanStatus status = plan.status() == null ? PlanStatus.DRAFT : plan.status();
            SupportPlanRecord record = ctx.newRecord(SUPPORT_PLAN);
            record.setId(id(plan.id()));
            PlanStore.fill(record, plan, status);
            Map<String, Object> extra = PlanStore.servicesExtra(plan.services());
            RecordVersions.stampNew(record, extra, now, origin);
            List<PlannedService> services = new ArrayList<>(plan.services().size());
            for (PlannedService s : plan.services()) {
                PlannedServiceRecord service = ctx.newRecord(PLANNED_SERVICE);
                service.setId(id(s.id()));
                PlanStore.fill(service, record.getId(), s);
                RecordVersions.stampNew(service, Map.of(), now, origin);
                add(service);
                services.add(new PlannedService(UUID.fromString(service.getId()), s.serviceId(), s.providerId(),
                        service.getContent(), service.getMethod(), service.getQuantity(), s.periodStart(),
                        s.periodEnd()));
            }
            SupportPlan saved = PlanStore.toPlan(record, services);
            if (endedOn == null) {
                add(record);
                return saved;
            }
            SupportPlan ended = saved.withStatus(PlanStatus.ENDED, endedOn, endedReason);
            refuse(PlanRules.check(ended, status, today));
            RecordHistoryRecord replaced = ctx.newRecord(RECORD_HISTORY);
            replaced.setRecordType(PlanStore.RECORD_TYPE);
            replaced.setRecordId(record.getId());
            replaced.setRev(record.getRev());
            replaced.setReplacedAt(now.toString());
            replaced.setReplacedBy(actor.name());
            replaced.setReason("status");
            replaced.setContent(RecordVersions.historyContent(record, extra));
            add(replaced);
            SupportPlanRecord next = record.copy();
            next.setId(record.getId());
            PlanStore.fill(next, ended, PlanStatus.ENDED);
            next.setOrigin(record.getOrigin());
            next.setCreatedAt(record.getCreatedAt());
            next.setUpdatedAt(record.getUpdatedAt());
            next.setDeleted(0);
            next.setPrevRev(record.getRev());
            next.setRev(RecordVersions.rev(next, extra, record.getRev()));
            add(next);
            return PlanStore.toPlan(next, services);
        }

        /** A check of a plan written in this batch. */
        public void check(PlanCheck check) {
            refuse(PlanRules.check(check, today));
            PlanCheckRecord record = ctx.newRecord(PLAN_CHECK);
            record.setId(id(check.id()));
            PlanStore.fill(record, check.planId().toString(), check);
            RecordVersions.stampNew(record, Map.of(), now, origin);
            add(record);
        }

        /** A new visit with its vitals and delivered services; signed off now when {@code signOff}. */
        public void visit(Visit visit, boolean signOff) {
            refuse(VisitRules.check(visit, todayAt));
            VisitRecord record = ctx.newRecord(VISIT);
            record.setId(id(visit.id()));
            VisitStore.fill(record, visit);
            record.setVersion(1);
            record.setSignedOffAt(signOff ? now.toString() : null);
            List<ServiceCount> services = VisitStore.normalised(visit.services());
            RecordVersions.stampNew(record, VisitStore.childContent(visit.vitals(), services), now, origin);
            add(record);
            if (visit.vitals() != null) {
                VitalsRecord vitals = ctx.newRecord(VITALS);
                vitals.setId(id(null));
                vitals.setVisitId(record.getId());
                VisitStore.fill(vitals, visit.vitals());
                RecordVersions.stampNew(vitals, Map.of(), now, origin);
                add(vitals);
            }
            for (ServiceCount s : services) {
                VisitServiceRecord service = ctx.newRecord(VISIT_SERVICE);
                service.setVisitId(record.getId());
                service.setServiceId(s.serviceId().toString());
                service.setCount(s.count());
                add(service);
            }
        }

        private String id(UUID given) {
            return (given != null ? given : ids.get()).toString();
        }

        private void add(TableRecord<?> record) {
            Insert insert = inserts.get(record.getTable());
            insert.add(record);
            if (insert.queued >= BATCH) {
                flush();
            }
        }

        private void flush() {
            for (Insert insert : inserts.values()) {
                insert.send();
            }
        }

        /** Sends what is queued and indexes the new residents for search, before the transaction commits. */
        private void finish() {
            flush();
            if (searchIndex != null) {
                searchIndex.restore();
                searchIndex = null;
            }
        }

        @Override
        public void close() {
            for (Insert insert : inserts.values()) {
                insert.close();
            }
            pragma("cache_size", cacheBefore);
            insertConnection.close();
        }

        /** Reads a pragma, or sets it when {@code value} is given; returns its value. */
        private long pragma(String name, Long value) {
            String sql = "PRAGMA " + name + (value == null ? "" : " = " + value);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (value != null) {
                    statement.execute();
                    return value;
                }
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        /** One table's prepared insert, every column in the table's order, and how many rows wait in it. */
        private final class Insert {
            private final PreparedStatement statement;
            private final int columns;
            private int queued;

            Insert(Table<?> table) {
                List<String> names = java.util.Arrays.stream(table.fields()).map(Field::getName).toList();
                this.columns = names.size();
                String sql = "INSERT INTO " + table.getName() + " (" + String.join(", ", names) + ") VALUES ("
                        + names.stream().map(n -> "?").collect(Collectors.joining(", ")) + ")";
                try {
                    this.statement = connection.prepareStatement(sql);
                } catch (SQLException e) {
                    throw failed(e);
                }
            }

            void add(TableRecord<?> record) {
                try {
                    for (int i = 0; i < columns; i++) {
                        statement.setObject(i + 1, record.get(i));
                    }
                    statement.addBatch();
                    queued++;
                } catch (SQLException e) {
                    throw failed(e);
                }
            }

            void send() {
                if (queued == 0) {
                    return;
                }
                try {
                    statement.executeBatch();
                    queued = 0;
                } catch (SQLException e) {
                    throw failed(e);
                }
            }

            void close() {
                try {
                    statement.close();
                } catch (SQLException ignored) {
                    // closing a statement frees memory only; the transaction decides what is kept
                }
            }
        }
    }

    private static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static DataAccessException failed(SQLException e) {
        return new DataAccessException("bulk write failed: " + e.getMessage(), e);
    }
}
