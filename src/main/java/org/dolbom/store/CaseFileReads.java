package org.dolbom.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.dolbom.domain.CaseFacts;
import org.dolbom.domain.DueItem;
import org.dolbom.domain.DueVisits;
import org.dolbom.domain.FollowUpFacts;
import org.dolbom.domain.PlanFacts;
import org.dolbom.domain.PlanStatus;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.ScheduleStatus;
import org.dolbom.domain.VisitFrequency;
import org.dolbom.domain.VisitOutcome;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

import static org.dolbom.store.Columns.date;
import static org.dolbom.store.Columns.dateTime;
import static org.dolbom.store.Columns.uuid;
import static org.dolbom.store.jooq.Tables.AREA;
import static org.dolbom.store.jooq.Tables.PLAN_CHECK;
import static org.dolbom.store.jooq.Tables.RESIDENT;
import static org.dolbom.store.jooq.Tables.SCHEDULE_ENTRY;
import static org.dolbom.store.jooq.Tables.SUPPORT_PLAN;
import static org.dolbom.store.jooq.Tables.VISIT;

/**
 * Reads what the due function needs and asks it. Six set-based queries cover every open resident (residents,
 * plans, last MET visit, last plan check, open follow-ups, visits still planned on the schedule), so the due list stays feasible with 100,000 residents
 * and a million visits; nothing here stores "due" or "overdue".
 */
public final class CaseFileReads {

    private static final int RECENT_VISITS = 5;

    private final Database database;
    private final PlanStore plans;
    private final AssessmentStore assessments;
    private final VisitStore visits;

    public CaseFileReads(Database database, PlanStore plans, AssessmentStore assessments, VisitStore visits) {
        this.database = database;
        this.plans = plans;
        this.assessments = assessments;
        this.visits = visits;
    }

    /** Everyone due by {@code horizon} (e.g. the end of this week) or overdue on {@code today}, most urgent first. */
    public List<DueItem> due(LocalDate today, LocalDate horizon) {
        return DueVisits.due(facts(), today, horizon);
    }

    /** One resident's next date for every reason that applies, most urgent first; empty for a closed case. */
    public List<DueItem> next(UUID residentId, LocalDate today) {
        return facts(residentId).map(f -> DueVisits.next(f, today)).orElse(List.of());
    }

    /** The current plan, latest assessment, last visits and what is due next, for the resident screen. */
    public CaseOverview overview(UUID residentId, LocalDate today) {
        return new CaseOverview(plans.current(residentId).orElse(null),
                assessments.latest(residentId).orElse(null),
                visits.forResident(residentId, 0, RECENT_VISITS),
                next(residentId, today));
    }

    /** The due function's input for every open resident. */
    public List<CaseFacts> facts() {
        return database.read(ctx -> load(ctx, null));
    }

    /** The due function's input for one resident; empty when the resident is closed or unknown. */
    public Optional<CaseFacts> facts(UUID residentId) {
        return database.read(ctx -> load(ctx, residentId.toString())).stream().findFirst();
    }

    /**
     * Each query reads one table (or a table and its parent plan) with no join to the residents: rows of closed
     * residents are dropped in memory, which is cheaper than a lookup per row.
     * Literals are inlined where a partial index depends on them, since SQLite cannot match a bound parameter
     * against an index's WHERE clause.
     */
    private static List<CaseFacts> load(DSLContext ctx, String only) {
        Map<String, Row> rows = new HashMap<>();
        each(ctx.select(RESIDENT.ID, RESIDENT.NAME, RESIDENT.RISK_LEVEL,
                        DSL.coalesce(RESIDENT.RESPONSIBLE_STAFF_ID, AREA.RESPONSIBLE_STAFF_ID), RESIDENT.AREA_ID,
                        RESIDENT.INTAKE_DATE)
                .from(RESIDENT).leftJoin(AREA).on(AREA.ID.eq(RESIDENT.AREA_ID))
                .where(RESIDENT.DELETED.eq(0), RESIDENT.STATUS.eq(ResidentStatus.ACTIVE.name()),
                        only == null ? DSL.noCondition() : RESIDENT.ID.eq(only)),
                r -> rows.put(r.value1(), new Row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6())));
        if (rows.isEmpty()) {
            return List.of();
        }
        // Drafts ask for nothing; ended plans still show that a plan was made (plan deadline).
        each(ctx.select(SUPPORT_PLAN.RESIDENT_ID, SUPPORT_PLAN.ID, SUPPORT_PLAN.STATUS, SUPPORT_PLAN.MADE_ON,
                        SUPPORT_PLAN.PERIOD_START, SUPPORT_PLAN.VISIT_FREQUENCY)
                .from(SUPPORT_PLAN)
                .where(SUPPORT_PLAN.DELETED.eq(0), SUPPORT_PLAN.STATUS.ne(PlanStatus.DRAFT.name()),
                        only == null ? DSL.noCondition() : SUPPORT_PLAN.RESIDENT_ID.eq(only)), r -> {
                    Row row = rows.get(r.value1());
                    if (row != null) {
                        row.plans.add(new PlanFacts(UUID.fromString(r.value2()), PlanStatus.valueOf(r.value3()),
                                date(r.value4()), date(r.value5()), VisitFrequency.valueOf(r.value6())));
                    }
                });
        // Answered from the partial index visit_met alone, one index entry per MET visit.
        each(ctx.select(VISIT.RESIDENT_ID, DSL.max(VISIT.VISITED_AT))
                .from(VISIT)
                .where(VISIT.OUTCOME.eq(DSL.inline(VisitOutcome.MET.name())), VISIT.DELETED.eq(DSL.inline(0)),
                        only == null ? DSL.noCondition() : VISIT.RESIDENT_ID.eq(only))
                .groupBy(VISIT.RESIDENT_ID), r -> {
                    Row row = rows.get(r.value1());
                    if (row != null) {
                        row.lastMet = r.value2();
                    }
                });
        each(ctx.select(SUPPORT_PLAN.RESIDENT_ID, DSL.max(PLAN_CHECK.CHECKED_ON))
                .from(PLAN_CHECK).join(SUPPORT_PLAN).on(SUPPORT_PLAN.ID.eq(PLAN_CHECK.PLAN_ID))
                .where(PLAN_CHECK.DELETED.eq(0), SUPPORT_PLAN.DELETED.eq(0),
                        only == null ? DSL.noCondition() : SUPPORT_PLAN.RESIDENT_ID.eq(only))
                .groupBy(SUPPORT_PLAN.RESIDENT_ID), r -> {
                    Row row = rows.get(r.value1());
                    if (row != null) {
                        row.lastCheck = r.value2();
                    }
                });
        // Follow-ups not marked done. One the resident was met after is done too; that rule belongs to DueVisits,
        // but dropping those rows here keeps a decade of old follow-ups out of memory.
        each(ctx.select(VISIT.RESIDENT_ID, VISIT.ID, VISIT.VISITED_AT, VISIT.FOLLOW_UP_DUE)
                .from(VISIT)
                .where(VISIT.FOLLOW_UP_DUE.isNotNull(), VISIT.FOLLOW_UP_DONE_ON.isNull(), VISIT.DELETED.eq(0),
                        only == null ? DSL.noCondition() : VISIT.RESIDENT_ID.eq(only)), r -> {
                    Row row = rows.get(r.value1());
                    if (row != null && (row.lastMet == null || r.value3().compareTo(row.lastMet) >= 0)) {
                        row.followUps.add(new FollowUpFacts(UUID.fromString(r.value2()), dateTime(r.value3()),
                                date(r.value4()), null));
                    }
                });
        // Answered from the partial index schedule_entry_open alone.
        each(ctx.select(SCHEDULE_ENTRY.RESIDENT_ID, DSL.min(SCHEDULE_ENTRY.PLANNED_ON))
                .from(SCHEDULE_ENTRY)
                .where(SCHEDULE_ENTRY.STATUS.eq(DSL.inline(ScheduleStatus.PLANNED.name())),
                        SCHEDULE_ENTRY.DELETED.eq(DSL.inline(0)),
                        only == null ? DSL.noCondition() : SCHEDULE_ENTRY.RESIDENT_ID.eq(only))
                .groupBy(SCHEDULE_ENTRY.RESIDENT_ID), r -> {
                    Row row = rows.get(r.value1());
                    if (row != null) {
                        row.plannedOn = r.value2();
                    }
                });
        List<CaseFacts> facts = new ArrayList<>(rows.size());
        for (Row row : rows.values()) {
            facts.add(new CaseFacts(UUID.fromString(row.id), row.name, ResidentStatus.ACTIVE,
                    RiskLevel.valueOf(row.risk), uuid(row.staffId), uuid(row.areaId), date(row.intakeDate),
                    row.plans, date(row.lastCheck), dateTime(row.lastMet), row.followUps, date(row.plannedOn)));
        }
        return facts;
    }

    /** Streams a result row by row, so a hundred thousand rows never sit in memory as one result. */
    private static <R extends Record> void each(ResultQuery<R> query, Consumer<R> action) {
        try (Cursor<R> cursor = query.fetchLazy()) {
            cursor.forEach(action);
        }
    }

    /** One resident's facts while they are gathered from the five queries. */
    private static final class Row {
        final String id;
        final String name;
        final String risk;
        final String staffId;
        final String areaId;
        final String intakeDate;
        final List<PlanFacts> plans = new ArrayList<>(2);
        final List<FollowUpFacts> followUps = new ArrayList<>(1);
        String lastMet;
        String lastCheck;
        String plannedOn;

        Row(String id, String name, String risk, String staffId, String areaId, String intakeDate) {
            this.id = id;
            this.name = name;
            this.risk = risk;
            this.staffId = staffId;
            this.areaId = areaId;
            this.intakeDate = intakeDate;
        }
    }
}
