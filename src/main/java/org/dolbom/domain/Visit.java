package org.dolbom.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * 방문/상담 기록. Once signed off it is corrected only by a new version; the old one stays in history.
 *
 * @param rev         the stored revision this copy was read at, or {@code null} when not yet saved
 * @param visitedAt   local date and time of the contact, to the minute
 * @param vitals      may be {@code null}
 * @param followUp    may be {@code null}
 * @param signedOffAt when the record was signed off, or {@code null} while it is still a draft
 * @param version     1 for the first signed version, one more for each correction
 */
public record Visit(
        UUID id,
        String rev,
        UUID residentId,
        UUID staffId,
        LocalDateTime visitedAt,
        VisitKind kind,
        VisitOutcome outcome,
        String notes,
        Vitals vitals,
        List<ServiceCount> services,
        FollowUp followUp,
        Instant signedOffAt,
        int version) {

    public Visit {
        services = services == null ? List.of() : List.copyOf(services);
        if (vitals != null && vitals.isEmpty()) {
            vitals = null;
        }
    }

    public boolean isSignedOff() {
        return signedOffAt != null;
    }
}
