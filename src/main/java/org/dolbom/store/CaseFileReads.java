package org.dolbom.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.dolbom.domain.CaseFacts;
import org.dolbom.domain.DueItem;
import org.dolbom.domain.DueVisits;
import org.dolbom.domain.FollowUpFacts;
import org.dolbom.domain.PlanFacts;
import org.dolbom.domain.PlanStatus;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.VisitFrequency;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.store.jooq.tables.Visit;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import static org.dolbom.store.Columns.date;
import static org.dolbom.store.Columns.dateTime;
import static org.dolbom.store.Columns.uuid;
import static org.dolbom.store.jooq.Tables.AREA;
import static org.dolbom.store.jooq.Tables.PLAN_CHECK;
import static org.dolbom.store.jooq.Tables.RESIDENT;
import static org.dolbom.store.jooq.Tables.SUPPORT_PLAN;
import static org.dolbom.store.jooq.Tables.VISIT;

/**
 * Reads what the due function needs and asks it. Five set-based queries cover every open resident (residents,
 * current plans, last MET visit, last plan check, open follow-ups), so the due list stays quick with 100,000
 * residents and a million visits; nothing here stores "due" or "overdue".
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
        return database.read(ctx -> load(ctx, DSL.noCondition()));
    }

    /** The due function's input for one resident; empty when the resident is closed or unknown. */
    public Optional<CaseFacts> facts(UUID residentId) {
        return database.read(ctx -> load(ctx, RESIDENT.ID.eq(residentId.toString()))).stream().findFirst();
    }

    private static List<CaseFacts> load(DSLContext ctx, Condition which) {
        Condition open = RESIDENT.DELETED.eq(0).and(RESIDENT.STATUS.eq(ResidentStatus.ACTIVE.name())).and(which);
        Map<String, Row> rows = new LinkedHashMap<>();
        ctx.select(RESIDENT.ID, RESIDENT.NAME, RESIDENT.RISK_LEVEL,
                        DSL.coalesce(RESIDENT.RESPONSIBLE_STAFF_ID, AREA.RESPONSIBLE_STAFF_ID), RESIDENT.AREA_ID,
                        RESIDENT.INTAKE_DATE)
                .from(RESIDENT).leftJoin(AREA).on(AREA.ID.eq(RESIDENT.AREA_ID))
                .where(open)
                .forEach(r -> rows.put(r.value1(), new Row(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6())));
        if (rows.isEmpty()) {
            return List.of();
        }
        // Drafts ask for nothing; ended plans still show that a plan was made (plan deadline).
        ctx.select(SUPPORT_PLAN.RESIDENT_ID, SUPPORT_PLAN.ID, SUPPORT_PLAN.STATUS, SUPPORT_PLAN.MADE_ON,
                        SUPPORT_PLAN.PERIOD_START, SUPPORT_PLAN.VISIT_FREQUENCY)
                .from(SUPPORT_PLAN).join(RESIDENT).on(RESIDENT.ID.eq(SUPPORT_PLAN.RESIDENT_ID))
                .where(open, SUPPORT_PLAN.DELETED.eq(0), SUPPORT_PLAN.STATUS.ne(PlanStatus.DRAFT.name()))
                .forEach(r -> rows.get(r.value1()).plans.add(new PlanFacts(UUID.fromString(r.value2()),
                        PlanStatus.valueOf(r.value3()), date(r.value4()), date(r.value5()),
                        VisitFrequency.valueOf(r.value6()))));
        Map<String, String> lastMet = new HashMap<>();
        ctx.select(VISIT.RESIDENT_ID, DSL.max(VISIT.VISITED_AT))
                .from(VISIT).join(RESIDENT).on(RESIDENT.ID.eq(VISIT.RESIDENT_ID))
                .where(open, VISIT.DELETED.eq(0), VISIT.OUTCOME.eq(VisitOutcome.MET.name()))
                .groupBy(VISIT.RESIDENT_ID)
                .forEach(r -> lastMet.put(r.value1(), r.value2()));
        Map<String, String> lastCheck = new HashMap<>();
        ctx.select(SUPPORT_PLAN.RESIDENT_ID, DSL.max(PLAN_CHECK.CHECKED_ON))
                .from(PLAN_CHECK).join(SUPPORT_PLAN).on(SUPPORT_PLAN.ID.eq(PLAN_CHECK.PLAN_ID))
                .join(RESIDENT).on(RESIDENT.ID.eq(SUPPORT_PLAN.RESIDENT_ID))
                .where(open, PLAN_CHECK.DELETED.eq(0), SUPPORT_PLAN.DELETED.eq(0))
                .groupBy(SUPPORT_PLAN.RESIDENT_ID)
                .forEach(r -> lastCheck.put(r.value1(), r.value2()));
        // Only follow-ups still open: not marked done and with no MET visit after the one that asked.
        Visit later = VISIT.as("later");
        ctx.select(VISIT.RESIDENT_ID, VISIT.ID, VISIT.VISITED_AT, VISIT.FOLLOW_UP_DUE)
                .from(VISIT).join(RESIDENT).on(RESIDENT.ID.eq(VISIT.RESIDENT_ID))
                .where(open, VISIT.DELETED.eq(0), VISIT.FOLLOW_UP_DUE.isNotNull(), VISIT.FOLLOW_UP_DONE_ON.isNull())
                .andNotExists(DSL.selectOne().from(later).where(later.RESIDENT_ID.eq(VISIT.RESIDENT_ID),
                        later.DELETED.eq(0), later.OUTCOME.eq(VisitOutcome.MET.name()),
                        later.VISITED_AT.gt(VISIT.VISITED_AT)))
                .forEach(r -> rows.get(r.value1()).followUps.add(new FollowUpFacts(UUID.fromString(r.value2()),
                        dateTime(r.value3()), date(r.value4()), null)));
        List<CaseFacts> facts = new ArrayList<>(rows.size());
        for (Row row : rows.values()) {
            facts.add(new CaseFacts(UUID.fromString(row.id), row.name, ResidentStatus.ACTIVE,
                    RiskLevel.valueOf(row.risk), uuid(row.staffId), uuid(row.areaId), date(row.intakeDate),
                    row.plans, date(lastCheck.get(row.id)), dateTime(lastMet.get(row.id)), row.followUps));
        }
        return facts;
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
