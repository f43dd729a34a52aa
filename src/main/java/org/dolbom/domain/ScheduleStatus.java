package org.dolbom.domain;

/**
 * Where a planned visit stands. PLANNED until the visitor reports back; DONE links the visit record it produced;
 * ABSENT and REFUSED record that the resident was not reached; MOVED points to a new entry in a later week.
 */
public enum ScheduleStatus {
    PLANNED, DONE, ABSENT, REFUSED, MISSED, MOVED;

    /** Still waiting for the visit: only these may be moved, replanned or reported. */
    public boolean isOpen() {
        return this == PLANNED;
    }
}
