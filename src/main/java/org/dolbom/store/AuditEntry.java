package org.dolbom.store;

import java.time.Instant;
import java.util.UUID;

public record AuditEntry(long seq, Instant at, String actor, AuditAction action, UUID residentId, String detail,
                         String workstation) {
}
