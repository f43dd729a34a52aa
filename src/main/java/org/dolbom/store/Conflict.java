package org.dolbom.store;

import java.time.Instant;
import java.util.List;

import org.dolbom.exchange.json.RecordType;

/**
 * A record both offices changed since their common version: ours is current, theirs waits in history until someone
 * chooses. {@code differences} lists the fields that differ, for a field-by-field choice.
 */
public record Conflict(RecordType type, String recordId, String theirRev, String from, Instant receivedAt,
                       String label, List<Difference> differences) {

    public Conflict {
        differences = List.copyOf(differences);
    }

    /** One field as it stands here and as the other office has it; values as text, absent as empty. */
    public record Difference(String field, String ours, String theirs) {
    }
}
