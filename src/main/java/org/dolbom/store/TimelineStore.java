package org.dolbom.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.dolbom.domain.ClosureReason;
import org.dolbom.domain.PlanStatus;
import org.dolbom.domain.ResidentStatus;
import org.dolbom.domain.RiskLevel;
import org.dolbom.domain.TimelineEvent;
import org.dolbom.domain.TimelineKind;
import org.dolbom.domain.VisitOutcome;
import org.jooq.DSLContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.dolbom.store.jooq.Tables.ASSESSMENT;
import static org.dolbom.store.jooq.Tables.PLAN_CHECK;
import static org.dolbom.store.jooq.Tables.RECORD_HISTORY;
import static org.dolbom.store.jooq.Tables.RESIDENT;
import static org.dolbom.store.jooq.Tables.SUPPORT_PLAN;
import static org.dolbom.store.jooq.Tables.VISIT;

/**
 * A resident's timeline, newest first: intake and closures, assessments, plans made and their status changes,
 * plan checks and visits. Status changes are read from the kept versions of the resident and the plans, so the
 * timeline shows what happened even when the record has changed since.
 */
public final class TimelineStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Comparator<TimelineEvent> NEWEST_FIRST = Comparator
            .comparing(TimelineEvent::at, Comparator.reverseOrder())
            .thenComparing(e -> e.kind().ordinal(), Comparator.reverseOrder())
            .thenComparing(e -> String.valueOf(e.recordId()));

    private final Database database;
    private final Clock clock;

    public TimelineStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** One page of the resident's timeline, newest first. */
    public List<TimelineEvent> page(UUID residentId, int offset, int limit) {
        int wanted = offset + limit;
        String id = residentId.toString();
        return database.read(ctx -> {
            List<TimelineEvent> events = new ArrayList<>();
            // Each source gives at most its newest offset+limit events, enough for any page of the merge.
            ctx.selectFrom(ASSESSMENT).where(ASSESSMENT.RESIDENT_ID.eq(id), ASSESSMENT.DELETED.eq(0))
                    .orderBy(ASSESSMENT.ASSESSED_ON.desc()).limit(wanted)
                    .forEach(a -> events.add(new TimelineEvent(LocalDate.parse(a.getAssessedOn()).atStartOfDay(),
                            TimelineKind.ASSESSMENT, UUID.fromString(a.getId()), RiskLevel.valueOf(a.getRiskLevel()),
                            a.getSummary())));
            ctx.select(PLAN_CHECK.ID, PLAN_CHECK.CHECKED_ON, PLAN_CHECK.RESULT, SUPPORT_PLAN.STATUS)
                    .from(PLAN_CHECK).join(SUPPORT_PLAN).on(SUPPORT_PLAN.ID.eq(PLAN_CHECK.PLAN_ID))
                    .where(SUPPORT_PLAN.RESIDENT_ID.eq(id), PLAN_CHECK.DELETED.eq(0), SUPPORT_PLAN.DELETED.eq(0))
                    .orderBy(PLAN_CHECK.CHECKED_ON.desc()).limit(wanted)
                    .forEach(c -> events.add(new TimelineEvent(LocalDate.parse(c.value2()).atStartOfDay(),
                            TimelineKind.PLAN_CHECK, UUID.fromString(c.value1()), null, c.value3())));
            ctx.selectFrom(VISIT).where(VISIT.RESIDENT_ID.eq(id), VISIT.DELETED.eq(0))
                    .orderBy(VISIT.VISITED_AT.desc()).limit(wanted)
                    .forEach(v -> events.add(new TimelineEvent(LocalDateTime.parse(v.getVisitedAt()),
                            TimelineKind.VISIT, UUID.fromString(v.getId()), VisitOutcome.valueOf(v.getOutcome()),
                            v.getNotes())));
            planEvents(ctx, id, events);
            residentEvents(ctx, id, events);
            events.sort(NEWEST_FIRST);
            if (offset >= events.size()) {
                return List.of();
            }
            return List.copyOf(events.subList(offset, Math.min(events.size(), wanted)));
        });
    }

    /** A plan made, then every version whose status differs from the one before. */
    private void planEvents(DSLContext ctx, String residentId, List<TimelineEvent> events) {
        Map<String, List<JsonNode>> versions = new LinkedHashMap<>();
        List<String> planIds = ctx.select(SUPPORT_PLAN.ID).from(SUPPORT_PLAN)
                .where(SUPPORT_PLAN.RESIDENT_ID.eq(residentId), SUPPORT_PLAN.DELETED.eq(0))
                .fetch(SUPPORT_PLAN.ID);
        if (planIds.isEmpty()) {
            return;
        }
        ctx.select(RECORD_HISTORY.RECORD_ID, RECORD_HISTORY.CONTENT).from(RECORD_HISTORY)
                .where(RECORD_HISTORY.RECORD_TYPE.eq(PlanStore.RECORD_TYPE), RECORD_HISTORY.RECORD_ID.in(planIds))
                .orderBy(RECORD_HISTORY.SEQ)
                .forEach(h -> versions.computeIfAbsent(h.value1(), k -> new ArrayList<>())
                        .add(JSON.readTree(h.value2())));
        ctx.selectFrom(SUPPORT_PLAN).where(SUPPORT_PLAN.ID.in(planIds))
                .forEach(p -> versions.computeIfAbsent(p.getId(), k -> new ArrayList<>())
                        .add(JSON.readTree(JSON.writeValueAsString(p.intoMap()))));
        versions.forEach((planId, list) -> {
            String previousStatus = null;
            for (JsonNode v : list) {
                String status = v.path("status").asString();
                if (previousStatus == null) {
                    events.add(new TimelineEvent(LocalDate.parse(v.path("made_on").asString()).atStartOfDay(),
                            TimelineKind.PLAN_MADE, UUID.fromString(planId), PlanStatus.valueOf(status),
                            textOrNull(v, "goals")));
                } else if (!status.equals(previousStatus)) {
                    LocalDateTime at = status.equals(PlanStatus.ENDED.name()) && !v.path("ended_on").isNull()
                            ? LocalDate.parse(v.path("ended_on").asString()).atStartOfDay()
                            : local(v.path("updated_at").asString());
                    events.add(new TimelineEvent(at, TimelineKind.PLAN_STATUS, UUID.fromString(planId),
                            PlanStatus.valueOf(status), textOrNull(v, "ended_reason")));
                }
                previousStatus = status;
            }
        });
    }

    /** Intake, then every closure and reopening, from the kept versions of the resident. */
    private void residentEvents(DSLContext ctx, String residentId, List<TimelineEvent> events) {
        List<JsonNode> versions = new ArrayList<>();
        ctx.select(RECORD_HISTORY.CONTENT).from(RECORD_HISTORY)
                .where(RECORD_HISTORY.RECORD_TYPE.eq("resident"), RECORD_HISTORY.RECORD_ID.eq(residentId))
                .orderBy(RECORD_HISTORY.SEQ)
                .forEach(h -> versions.add(JSON.readTree(h.value1())));
        var current = ctx.select(RESIDENT.STATUS, RESIDENT.STATUS_REASON, RESIDENT.STATUS_NOTE, RESIDENT.STATUS_DATE,
                        RESIDENT.INTAKE_DATE, RESIDENT.CREATED_AT, RESIDENT.UPDATED_AT)
                .from(RESIDENT).where(RESIDENT.ID.eq(residentId)).fetchOne();
        if (current == null) {
            return;
        }
        versions.add(JSON.readTree(JSON.writeValueAsString(current.intoMap())));
        UUID id = UUID.fromString(residentId);
        String previousStatus = null;
        for (JsonNode v : versions) {
            String status = v.path("status").asString();
            if (previousStatus == null) {
                LocalDateTime at = v.path("intake_date").isNull() || v.path("intake_date").isMissingNode()
                        ? local(v.path("created_at").asString())
                        : LocalDate.parse(v.path("intake_date").asString()).atStartOfDay();
                events.add(new TimelineEvent(at, TimelineKind.CASE_OPENED, id, null, null));
            }
            if (previousStatus != null && !status.equals(previousStatus)) {
                LocalDateTime at = v.path("status_date").isNull() || v.path("status_date").isMissingNode()
                        ? local(v.path("updated_at").asString())
                        : LocalDate.parse(v.path("status_date").asString()).atStartOfDay();
                if (status.equals(ResidentStatus.ACTIVE.name())) {
                    events.add(new TimelineEvent(at, TimelineKind.CASE_REOPENED, id, null, null));
                } else {
                    String reason = textOrNull(v, "status_reason");
                    events.add(new TimelineEvent(at, TimelineKind.CASE_CLOSED, id,
                            reason == null ? null : ClosureReason.valueOf(reason), textOrNull(v, "status_note")));
                }
            }
            previousStatus = status;
        }
    }

    private LocalDateTime local(String instant) {
        return LocalDateTime.ofInstant(Instant.parse(instant), clock.getZone());
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asString();
    }
}
