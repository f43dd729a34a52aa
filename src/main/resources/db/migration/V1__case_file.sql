-- Dolbom case file, schema version 1.
--
-- Conventions:
--   * Every exchangeable record has id (UUID text), origin (office code), created_at / updated_at
--     (ISO-8601 instants), rev (hash of its content and of the replaced rev), prev_rev, and deleted
--     (a tombstone flag: nothing is ever removed).
--   * Dates are ISO-8601 text (YYYY-MM-DD), instants ISO-8601 UTC text.
--   * Enumerations are stored as their upper-case code; the domain owns the closed sets.
--   * No plaintext RRN anywhere: rrn_cipher holds AES-GCM bytes, rrn_masked only what may be shown.

CREATE TABLE office (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    code        TEXT    NOT NULL CHECK (length(code) BETWEEN 1 AND 20),
    name        TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    created_at  TEXT    NOT NULL
);

CREATE TABLE staff (
    id              TEXT    PRIMARY KEY,
    origin          TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    rev             TEXT    NOT NULL,
    prev_rev        TEXT,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    name            TEXT    NOT NULL,
    role            TEXT    NOT NULL CHECK (role IN ('TEAM_LEADER', 'SOCIAL_WORKER', 'VISITING_NURSE', 'OTHER')),
    phone           TEXT,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    visits_per_day  INTEGER NOT NULL DEFAULT 6 CHECK (visits_per_day BETWEEN 0 AND 40)
);

-- A 리/통/반 or grid cell inside the township.
CREATE TABLE area (
    id                    TEXT    PRIMARY KEY,
    origin                TEXT    NOT NULL,
    created_at            TEXT    NOT NULL,
    updated_at            TEXT    NOT NULL,
    rev                   TEXT    NOT NULL,
    prev_rev              TEXT,
    deleted               INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    township              TEXT    NOT NULL,
    name                  TEXT    NOT NULL,
    kind                  TEXT    NOT NULL CHECK (kind IN ('RI', 'TONG', 'BAN', 'GRID')),
    responsible_staff_id  TEXT    REFERENCES staff (id)
);
CREATE UNIQUE INDEX area_township_name ON area (township, name);

CREATE TABLE household (
    id              TEXT    PRIMARY KEY,
    origin          TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    rev             TEXT    NOT NULL,
    prev_rev        TEXT,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    area_id         TEXT    REFERENCES area (id),
    road_address    TEXT    NOT NULL,
    address_detail  TEXT,
    note            TEXT
);
CREATE INDEX household_area ON household (area_id);

CREATE TABLE resident (
    id                         TEXT    PRIMARY KEY,
    origin                     TEXT    NOT NULL,
    created_at                 TEXT    NOT NULL,
    updated_at                 TEXT    NOT NULL,
    rev                        TEXT    NOT NULL,
    prev_rev                   TEXT,
    deleted                    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    name                       TEXT    NOT NULL CHECK (length(name) >= 1),
    birth_date                 TEXT    NOT NULL,
    sex                        TEXT    NOT NULL CHECK (sex IN ('M', 'F')),
    rrn_cipher                 BLOB,
    rrn_masked                 TEXT,
    rrn_fingerprint            TEXT,
    phone_mobile               TEXT,
    phone_home                 TEXT,
    road_address               TEXT,
    address_detail             TEXT,
    area_id                    TEXT    REFERENCES area (id),
    household_id               TEXT    REFERENCES household (id),
    responsible_staff_id       TEXT    REFERENCES staff (id),
    living_situation           TEXT    NOT NULL DEFAULT 'OTHER',
    vulnerabilities            TEXT    NOT NULL DEFAULT '',
    risk_level                 TEXT    NOT NULL DEFAULT 'LOW' CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH', 'CRISIS')),
    status                     TEXT    NOT NULL DEFAULT 'ACTIVE'
                                       CHECK (status IN ('ACTIVE', 'CLOSED', 'TRANSFERRED', 'DECEASED')),
    status_reason              TEXT,
    status_note                TEXT,
    status_date                TEXT,
    intake_date                TEXT,
    emergency_contact_name     TEXT,
    emergency_contact_relation TEXT,
    emergency_contact_phone    TEXT,
    notes                      TEXT,
    -- Search keys, computed by the application on every write (see org.dolbom.search).
    sort_name                  TEXT    NOT NULL,
    name_initials              TEXT    NOT NULL,
    search_text                TEXT    NOT NULL,
    phone_last4                TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX resident_sort ON resident (deleted, sort_name, birth_date, id);
CREATE INDEX resident_initials ON resident (name_initials);
CREATE INDEX resident_birth ON resident (birth_date);
CREATE INDEX resident_area ON resident (area_id);
CREATE INDEX resident_household ON resident (household_id);
CREATE INDEX resident_staff ON resident (responsible_staff_id);
CREATE INDEX resident_status ON resident (status);
CREATE INDEX resident_fingerprint ON resident (rrn_fingerprint);

-- Substring search over names, addresses, areas and phone digits.
CREATE VIRTUAL TABLE resident_fts USING fts5 (
    search_text,
    content = 'resident',
    content_rowid = 'rowid',
    tokenize = 'trigram'
);
CREATE TRIGGER resident_fts_insert AFTER INSERT ON resident BEGIN
    INSERT INTO resident_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE TRIGGER resident_fts_delete AFTER DELETE ON resident BEGIN
    INSERT INTO resident_fts (resident_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;
CREATE TRIGGER resident_fts_update AFTER UPDATE OF search_text ON resident BEGIN
    INSERT INTO resident_fts (resident_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
    INSERT INTO resident_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
END;

-- Consent to collection/use and to third-party provision, each with its date.
CREATE TABLE consent (
    id           TEXT    PRIMARY KEY,
    origin       TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    rev          TEXT    NOT NULL,
    prev_rev     TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    resident_id  TEXT    NOT NULL REFERENCES resident (id),
    kind         TEXT    NOT NULL CHECK (kind IN ('COLLECTION_USE', 'THIRD_PARTY')),
    granted      INTEGER NOT NULL CHECK (granted IN (0, 1)),
    given_on     TEXT    NOT NULL,
    note         TEXT
);
CREATE INDEX consent_resident ON consent (resident_id);

CREATE TABLE provider (
    id          TEXT    PRIMARY KEY,
    origin      TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    rev         TEXT    NOT NULL,
    prev_rev    TEXT,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    name        TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    phone       TEXT
);

-- Service catalogue: the 7 care domains plus special services.
CREATE TABLE service (
    id          TEXT    PRIMARY KEY,
    origin      TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    rev         TEXT    NOT NULL,
    prev_rev    TEXT,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    code        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    domain      TEXT    NOT NULL CHECK (domain IN ('HOUSEWORK', 'MEALS', 'ACCOMPANIMENT', 'HEALTH', 'SAFETY',
                                                   'HOUSING', 'RESPITE', 'SPECIAL')),
    retired     INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
);

CREATE TABLE assessment (
    id                TEXT    PRIMARY KEY,
    origin            TEXT    NOT NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    rev               TEXT    NOT NULL,
    prev_rev          TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    resident_id       TEXT    NOT NULL REFERENCES resident (id),
    assessed_on       TEXT    NOT NULL,
    assessor_staff_id TEXT    REFERENCES staff (id),
    summary           TEXT,
    risk_level        TEXT    NOT NULL CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH', 'CRISIS'))
);
CREATE INDEX assessment_resident ON assessment (resident_id, assessed_on);

-- One row per assessed domain; versioned with its assessment.
CREATE TABLE assessment_domain (
    assessment_id  TEXT    NOT NULL REFERENCES assessment (id),
    domain         TEXT    NOT NULL CHECK (domain IN ('HEALTH_ADL', 'MEALS', 'HOUSEWORK', 'MOBILITY', 'SAFETY',
                                                      'HOUSING', 'RESPITE', 'ECONOMY', 'ISOLATION')),
    need_level     INTEGER NOT NULL CHECK (need_level BETWEEN 0 AND 3),
    note           TEXT,
    PRIMARY KEY (assessment_id, domain)
);

CREATE TABLE support_plan (
    id               TEXT    PRIMARY KEY,
    origin           TEXT    NOT NULL,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    rev              TEXT    NOT NULL,
    prev_rev         TEXT,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    resident_id      TEXT    NOT NULL REFERENCES resident (id),
    assessment_id    TEXT    REFERENCES assessment (id),
    made_on          TEXT    NOT NULL,
    period_start     TEXT    NOT NULL,
    period_end       TEXT,
    goals            TEXT,
    visit_frequency  TEXT    NOT NULL CHECK (visit_frequency IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY', 'QUARTERLY')),
    next_review_on   TEXT,
    status           TEXT    NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'UNDER_REVIEW', 'ENDED')),
    ended_on         TEXT,
    ended_reason     TEXT,
    responsible_staff_id TEXT REFERENCES staff (id)
);
CREATE INDEX support_plan_resident ON support_plan (resident_id, status);

CREATE TABLE planned_service (
    id            TEXT    PRIMARY KEY,
    origin        TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    rev           TEXT    NOT NULL,
    prev_rev      TEXT,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    plan_id       TEXT    NOT NULL REFERENCES support_plan (id),
    service_id    TEXT    NOT NULL REFERENCES service (id),
    provider_id   TEXT    REFERENCES provider (id),
    content       TEXT,
    method        TEXT,
    quantity      TEXT,
    period_start  TEXT,
    period_end    TEXT
);
CREATE INDEX planned_service_plan ON planned_service (plan_id);

-- Plan checks (점검) required by the 돌봄통합지원법: first within 3 months, then at least every 6 months.
CREATE TABLE plan_check (
    id           TEXT    PRIMARY KEY,
    origin       TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    rev          TEXT    NOT NULL,
    prev_rev     TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    plan_id      TEXT    NOT NULL REFERENCES support_plan (id),
    checked_on   TEXT    NOT NULL,
    staff_id     TEXT    REFERENCES staff (id),
    result       TEXT,
    note         TEXT
);
CREATE INDEX plan_check_plan ON plan_check (plan_id, checked_on);

CREATE TABLE visit (
    id                TEXT    PRIMARY KEY,
    origin            TEXT    NOT NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    rev               TEXT    NOT NULL,
    prev_rev          TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    resident_id       TEXT    NOT NULL REFERENCES resident (id),
    staff_id          TEXT    REFERENCES staff (id),
    visited_at        TEXT    NOT NULL,
    kind              TEXT    NOT NULL CHECK (kind IN ('HOME', 'PHONE', 'OFFICE', 'ACCOMPANIMENT', 'OUTREACH')),
    outcome           TEXT    NOT NULL CHECK (outcome IN ('MET', 'ABSENT', 'REFUSED')),
    notes             TEXT,
    follow_up_due     TEXT,
    follow_up_note    TEXT,
    follow_up_done_on TEXT,
    signed_off_at     TEXT,
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX visit_resident ON visit (resident_id, visited_at);
CREATE INDEX visit_staff ON visit (staff_id, visited_at);
CREATE INDEX visit_follow_up ON visit (follow_up_due) WHERE follow_up_due IS NOT NULL;
-- The due list asks for the last MET visit of every resident; this index answers it without the table.
CREATE INDEX visit_met ON visit (resident_id, visited_at) WHERE outcome = 'MET' AND deleted = 0;

CREATE TABLE vitals (
    id                TEXT    PRIMARY KEY,
    origin            TEXT    NOT NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    rev               TEXT    NOT NULL,
    prev_rev          TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    visit_id          TEXT    NOT NULL REFERENCES visit (id),
    systolic          INTEGER,
    diastolic         INTEGER,
    glucose           INTEGER,
    glucose_fasting   INTEGER CHECK (glucose_fasting IN (0, 1)),
    weight_kg         DOUBLE
);
CREATE INDEX vitals_visit ON vitals (visit_id);

-- Services delivered during a visit, counted per catalogue service.
CREATE TABLE visit_service (
    visit_id    TEXT    NOT NULL REFERENCES visit (id),
    service_id  TEXT    NOT NULL REFERENCES service (id),
    count       INTEGER NOT NULL CHECK (count >= 1),
    PRIMARY KEY (visit_id, service_id)
);

CREATE TABLE schedule_entry (
    id           TEXT    PRIMARY KEY,
    origin       TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    rev          TEXT    NOT NULL,
    prev_rev     TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    planned_on   TEXT    NOT NULL,
    planned_time TEXT,
    staff_id     TEXT    REFERENCES staff (id),
    resident_id  TEXT    NOT NULL REFERENCES resident (id),
    purpose      TEXT,
    -- Why the visit is due, as DueReason codes separated by commas, so purpose reads in the user's language.
    reasons      TEXT    NOT NULL DEFAULT '',
    -- Position in the staff member's day, from 1: the visiting order printed on the sheet.
    visit_order  INTEGER NOT NULL DEFAULT 0,
    status       TEXT    NOT NULL CHECK (status IN ('PLANNED', 'DONE', 'ABSENT', 'REFUSED', 'MISSED', 'MOVED')),
    visit_id     TEXT    REFERENCES visit (id)
);
CREATE INDEX schedule_entry_week ON schedule_entry (planned_on, staff_id);
CREATE INDEX schedule_entry_resident ON schedule_entry (resident_id);

-- Hospital-discharge notices and other referrals (screens come later).
CREATE TABLE referral (
    id            TEXT    PRIMARY KEY,
    origin        TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    rev           TEXT    NOT NULL,
    prev_rev      TEXT,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    resident_id   TEXT    REFERENCES resident (id),
    provider_id   TEXT    REFERENCES provider (id),
    received_on   TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    note          TEXT
);

-- Medical bus, Saturday clinic and other outreach events (screens come later).
CREATE TABLE outreach_event (
    id          TEXT    PRIMARY KEY,
    origin      TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    rev         TEXT    NOT NULL,
    prev_rev    TEXT,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    held_on     TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    area_id     TEXT    REFERENCES area (id),
    note        TEXT
);

-- Every replaced version of every exchangeable record. Never updated, never deleted.
CREATE TABLE record_history (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    record_type  TEXT    NOT NULL,
    record_id    TEXT    NOT NULL,
    rev          TEXT    NOT NULL,
    replaced_at  TEXT    NOT NULL,
    replaced_by  TEXT,
    reason       TEXT    NOT NULL,
    content      TEXT    NOT NULL
);
CREATE INDEX record_history_record ON record_history (record_type, record_id, seq);

-- Who did what to whose file, and from where. Append only.
CREATE TABLE audit_log (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    at           TEXT    NOT NULL,
    actor        TEXT    NOT NULL,
    action       TEXT    NOT NULL,
    resident_id  TEXT,
    detail       TEXT,
    workstation  TEXT    NOT NULL
);
CREATE INDEX audit_log_resident ON audit_log (resident_id, seq);

-- Which office sent or received which bundle, when, why and under what legal basis.
CREATE TABLE sharing_ledger (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    direction       TEXT    NOT NULL CHECK (direction IN ('SENT', 'RECEIVED')),
    at              TEXT    NOT NULL,
    counterpart     TEXT,
    purpose         TEXT    NOT NULL,
    legal_basis     TEXT,
    consent_ref     TEXT,
    bundle_sha256   TEXT    NOT NULL,
    record_count    INTEGER NOT NULL,
    acknowledged_at TEXT
);

CREATE TRIGGER record_history_append_only BEFORE UPDATE ON record_history BEGIN
    SELECT RAISE(ABORT, 'record_history is append-only');
END;
CREATE TRIGGER record_history_no_delete BEFORE DELETE ON record_history BEGIN
    SELECT RAISE(ABORT, 'record_history is append-only');
END;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
