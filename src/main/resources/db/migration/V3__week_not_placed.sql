-- Dolbom case file, schema version 3: a week's 미편성 list is saved with the week.
--
-- The planner lists every due resident it could not place and why. That list is part of the saved week, so the
-- screen, the command line and the printed overview read the same list with the same count. It is office-local
-- planning, not case content: it is not exchanged in bundles and has no history.

CREATE TABLE schedule_not_placed (
    week_monday  TEXT    NOT NULL,
    -- 1, 2, 3…: most urgent first, as the planner listed them.
    position     INTEGER NOT NULL,
    resident_id  TEXT    NOT NULL REFERENCES resident (id),
    -- The staff member the visit would have gone to; null when there is none.
    staff_id     TEXT    REFERENCES staff (id),
    -- Why the resident is due, as DueReason codes separated by commas.
    reasons      TEXT    NOT NULL DEFAULT '',
    cause        TEXT    NOT NULL,
    -- The date a cause refers to, e.g. the earlier visit still waiting for its result.
    cause_date   TEXT,
    saved_at     TEXT    NOT NULL,
    PRIMARY KEY (week_monday, position)
);

-- The due function asks, for every open resident, whether a planned visit already covers them.
CREATE INDEX schedule_entry_open ON schedule_entry (resident_id, planned_on) WHERE status = 'PLANNED' AND deleted = 0;
