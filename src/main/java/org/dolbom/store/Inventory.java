package org.dolbom.store;

import java.util.LinkedHashMap;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;

import static org.dolbom.store.jooq.Tables.AREA;
import static org.dolbom.store.jooq.Tables.ASSESSMENT;
import static org.dolbom.store.jooq.Tables.AUDIT_LOG;
import static org.dolbom.store.jooq.Tables.CONSENT;
import static org.dolbom.store.jooq.Tables.HOUSEHOLD;
import static org.dolbom.store.jooq.Tables.OFFICE;
import static org.dolbom.store.jooq.Tables.PLANNED_SERVICE;
import static org.dolbom.store.jooq.Tables.PROVIDER;
import static org.dolbom.store.jooq.Tables.RECORD_HISTORY;
import static org.dolbom.store.jooq.Tables.RESIDENT;
import static org.dolbom.store.jooq.Tables.SCHEDULE_ENTRY;
import static org.dolbom.store.jooq.Tables.SERVICE;
import static org.dolbom.store.jooq.Tables.STAFF;
import static org.dolbom.store.jooq.Tables.SUPPORT_PLAN;
import static org.dolbom.store.jooq.Tables.VISIT;

/** What {@code dolbom check} reports: SQLite's integrity check and a count per record type. */
public final class Inventory {

    private final Database database;

    public Inventory(Database database) {
        this.database = database;
    }

    /** {@code "ok"} or SQLite's first complaint. */
    public String integrity() {
        return database.read(ctx -> String.valueOf(ctx.fetch("PRAGMA integrity_check").getValue(0, 0)));
    }

    /**
     * Live (not tombstoned) records per type, in a stable order: offices, staff, areas, households, residents,
     * consents, assessments, plans, planned services, services, providers, visits, follow-ups, schedule entries,
     * history, audit entries.
     */
    public LinkedHashMap<String, Long> counts() {
        return database.read(ctx -> {
            LinkedHashMap<String, Long> counts = new LinkedHashMap<>();
            counts.put("offices", count(ctx, OFFICE, DSL.noCondition()));
            counts.put("staff", count(ctx, STAFF, STAFF.DELETED.eq(0)));
            counts.put("areas", count(ctx, AREA, AREA.DELETED.eq(0)));
            counts.put("households", count(ctx, HOUSEHOLD, HOUSEHOLD.DELETED.eq(0)));
            counts.put("residents", count(ctx, RESIDENT, RESIDENT.DELETED.eq(0)));
            counts.put("consents", count(ctx, CONSENT, CONSENT.DELETED.eq(0)));
            counts.put("assessments", count(ctx, ASSESSMENT, ASSESSMENT.DELETED.eq(0)));
            counts.put("plans", count(ctx, SUPPORT_PLAN, SUPPORT_PLAN.DELETED.eq(0)));
            counts.put("planned services", count(ctx, PLANNED_SERVICE, PLANNED_SERVICE.DELETED.eq(0)));
            counts.put("services", count(ctx, SERVICE, SERVICE.DELETED.eq(0)));
            counts.put("providers", count(ctx, PROVIDER, PROVIDER.DELETED.eq(0)));
            counts.put("visits", count(ctx, VISIT, VISIT.DELETED.eq(0)));
            counts.put("follow-ups", count(ctx, VISIT, VISIT.DELETED.eq(0).and(VISIT.FOLLOW_UP_DUE.isNotNull())));
            counts.put("schedule entries", count(ctx, SCHEDULE_ENTRY, SCHEDULE_ENTRY.DELETED.eq(0)));
            counts.put("history", count(ctx, RECORD_HISTORY, DSL.noCondition()));
            counts.put("audit entries", count(ctx, AUDIT_LOG, DSL.noCondition()));
            return counts;
        });
    }

    private static long count(DSLContext ctx, Table<?> table, Condition condition) {
        return ctx.fetchCount(table, condition);
    }
}
