package org.dolbom.schedule;

import java.time.LocalDate;
import java.util.UUID;

/** A staff member's day holding more visits than their visits-per-day capacity: shown to the leader, not blocked. */
public record Overflow(UUID staffId, LocalDate date, int load, int capacity) {

    public int excess() {
        return load - capacity;
    }
}
