package org.dolbom.store;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.jooq.BatchBindStep;

import static org.dolbom.store.jooq.Tables.AUDIT_LOG;

/** The append-only audit log of views, edits, exports, imports and prints of residents' files. */
public final class AuditTrail {

    /** Entries bound before the batch is sent: bounds memory for the largest import. */
    private static final int BATCH = 5000;

    private final Database database;
    private final Clock clock;
    /** Set while a generator writes under one entry of its own: its single rows are not people's acts. */
    private final ThreadLocal<Boolean> covered = ThreadLocal.withInitial(() -> false);

    public AuditTrail(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Runs work whose rows one entry of the caller's already accounts for (the demo fill): the entries its stores
     * would append one by one are left out. The log records what people did, not every row a generator wrote.
     */
    public <T> T coveredByOneEntry(Supplier<T> work) {
        boolean was = covered.get();
        covered.set(true);
        try {
            return work.get();
        } finally {
            covered.set(was);
        }
    }

    /** Appends an entry, inside the caller's transaction when there is one. */
    public void record(Actor actor, AuditAction action, UUID residentId, String detail) {
        if (covered.get()) {
            return;
        }
        database.write(ctx -> ctx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, Instant.now(clock).toString())
                .set(AUDIT_LOG.ACTOR, actor.name())
                .set(AUDIT_LOG.ACTION, action.name())
                .set(AUDIT_LOG.RESIDENT_ID, residentId == null ? null : residentId.toString())
                .set(AUDIT_LOG.DETAIL, detail)
                .set(AUDIT_LOG.WORKSTATION, actor.workstation())
                .execute());
    }

    /**
     * Appends one entry per resident, all with the same action and detail, inside the caller's transaction when
     * there is one. Prepared once, so an import touching thousands of residents stays quick.
     */
    public void recordEach(Actor actor, AuditAction action, Collection<UUID> residentIds, String detail) {
        if (residentIds.isEmpty() || covered.get()) {
            return;
        }
        database.write(ctx -> {
            String at = Instant.now(clock).toString();
            BatchBindStep batch = null;
            for (UUID residentId : residentIds) {
                if (batch == null) {
                    batch = ctx.batch(ctx.insertInto(AUDIT_LOG, AUDIT_LOG.AT, AUDIT_LOG.ACTOR, AUDIT_LOG.ACTION,
                            AUDIT_LOG.RESIDENT_ID, AUDIT_LOG.DETAIL, AUDIT_LOG.WORKSTATION)
                            .values((String) null, null, null, null, null, null));
                }
                batch.bind(at, actor.name(), action.name(), residentId.toString(), detail, actor.workstation());
                if (batch.size() == BATCH) {
                    batch.execute();
                    batch = null;
                }
            }
            if (batch != null) {
                batch.execute();
            }
            return null;
        });
    }

    /** The newest entries for one resident, newest first. */
    public List<AuditEntry> forResident(UUID residentId, int limit) {
        return database.read(ctx -> ctx.selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.RESIDENT_ID.eq(residentId.toString()))
                .orderBy(AUDIT_LOG.SEQ.desc())
                .limit(limit)
                .fetch(r -> new AuditEntry(r.getSeq(), Instant.parse(r.getAt()), r.getActor(),
                        AuditAction.valueOf(r.getAction()), UUID.fromString(r.getResidentId()), r.getDetail(),
                        r.getWorkstation())));
    }
}
