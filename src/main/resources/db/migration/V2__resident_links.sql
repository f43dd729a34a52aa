-- Dolbom case file, schema version 2: residents linked as the same person across offices.
--
-- When an incoming resident is new by id but the user says they are a resident already here, the other office's
-- id is kept here. Every later import maps that id to our resident again, so their consents, assessments, plans,
-- visits and schedule entries join our resident's case and the person is never added twice.

CREATE TABLE resident_link (
    incoming_id  TEXT    PRIMARY KEY,
    resident_id  TEXT    NOT NULL REFERENCES resident (id),
    -- The office that issued the incoming id (the incoming record's origin).
    origin       TEXT    NOT NULL,
    linked_at    TEXT    NOT NULL,
    linked_by    TEXT    NOT NULL
);
CREATE INDEX resident_link_resident ON resident_link (resident_id);
