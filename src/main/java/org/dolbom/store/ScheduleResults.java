package org.dolbom.store;

import static org.dolbom.store.Columns.text;
import static org.dolbom.store.jooq.Tables.SCHEDULE_ENTRY;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.dolbom.domain.ScheduleStatus;
import org.dolbom.domain.VisitOutcome;
import org.dolbom.store.jooq.tables.records.ScheduleEntryRecord;
import org.jooq.DSLContext;

/**
 * Puts a visit's result on the schedule entry it answers. A visit recorded from the resident's file, not through
 * the schedule's 완료 button, still closes the visit planned for that resident that week, so the week never keeps
 * waiting for a result that is already in the file and the resident is not booked again meanwhile.
 */
final class ScheduleResults {

    private ScheduleResults() {
    }

    /** The status an entry takes for a visit's outcome. */
    static ScheduleStatus statusFor(VisitOutcome outcome) {
        return switch (outcome) {
            case MET -> ScheduleStatus.DONE;
            case ABSENT -> ScheduleStatus.ABSENT;
            case REFUSED -> ScheduleStatus.REFUSED;
        };
    }

    /**
     * The resident's still-planned entry in the week of {@code day}, the one nearest that day; empty when there is
     * none.
     */
    static Optional<ScheduleEntryRecord> openInWeek(DSLContext ctx, UUID residentId, LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        return ctx.selectFrom(SCHEDULE_ENTRY)
                .where(SCHEDULE_ENTRY.RESIDENT_ID.eq(residentId.toString()),
                        SCHEDULE_ENTRY.STATUS.eq(ScheduleStatus.PLANNED.name()), SCHEDULE_ENTRY.DELETED.eq(0),
                        SCHEDULE_ENTRY.PLANNED_ON.between(monday.toString(), sunday.toString()))
                .fetch().stream()
                .min(Comparator.comparingLong((ScheduleEntryRecord r) -> Math.abs(ChronoUnit.DAYS.between(day,
                        LocalDate.parse(r.getPlannedOn())))).thenComparing(ScheduleEntryRecord::getId));
    }

    /** Marks the entry with the result and links the visit; its earlier version goes to history. */
    static ScheduleEntryRecord finish(DSLContext ctx, ScheduleEntryRecord existing, ScheduleStatus status,
            UUID visitId, Actor actor, AuditTrail audit, Instant now, String origin) {
        ScheduleEntryRecord record = existing.copy();
        record.setStatus(status.name());
        record.setVisitId(text(visitId));
        RecordVersions.store(ctx, record, existing, Map.of(), Map.of(), "edit", actor.name(), now, origin);
        audit.record(actor, AuditAction.EDIT, UUID.fromString(existing.getResidentId()),
                ScheduleStore.RECORD_TYPE + " " + existing.getId() + " " + status.name());
        return record;
    }
}
