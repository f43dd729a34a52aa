package org.dolbom.store;

import java.util.List;
import java.util.UUID;

/** The append-only audit log of views, edits, exports, imports and prints of residents' files. */
public final class AuditTrail {

    public AuditTrail(Database database, java.time.Clock clock) {
    }

    /** Appends an entry, inside the caller's transaction when there is one. */
    public void record(Actor actor, AuditAction action, UUID residentId, String detail) {
        throw new UnsupportedOperationException("AuditTrail.record");
    }

    /** The newest entries for one resident, newest first. */
    public List<AuditEntry> forResident(UUID residentId, int limit) {
        throw new UnsupportedOperationException("AuditTrail.forResident");
    }
}
