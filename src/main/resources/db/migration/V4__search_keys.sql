-- Dolbom case file, schema version 4: search keys an index can serve.
--
-- The registry's one search box must answer each keystroke from an index at district scale. Every query class
-- is read from one key of resident_search_key (or a range of resident_search_order), in the order the list
-- shows: name, birth date, then the row. A key narrows; the exact test (GLOB, instr, a date range) is applied to
-- the few rows it leads to. Keys, by their first character:
--   ^  the first one to four 초성 of the name:          ^ㄱ ^ㄱㅁ ^ㄱㅁㅅ for 김민수
--   ~  초성 of the name, one and two at a time, anywhere: ~ㄱ ~ㅁ ~ㅅ ~ㄱㅁ ~ㅁㅅ
--   =  one syllable of the name:                          =김 =민 =수
--   *  two syllables of the name:                         *김민 *민수
--   -  one syllable of the name without its final:        -기 -미 -수 (what 기 may still become while typing)
--   +  two characters of the search text (name, its 두음 forms, address, area), not across a space and not two
--      digits: +김민 +민수 +양근 +근리 …
--   y  the first 1 to 4 digits of the birth year:        y1 y19 y195 y1950
--   p  the first 1 to 4 of each phone's last four digits: p5 p56 p567 p5678
-- The keys are derived here, by SQL from the keys the application already stores (sort_name, name_initials,
-- search_text, birth_date, phone_last4), so every write keeps them in step through the triggers below.

-- 1 … 4096: the character positions the keys are read from.
CREATE TABLE search_position (
    n INTEGER PRIMARY KEY
);
WITH RECURSIVE counter (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counter WHERE n < 4096)
INSERT INTO search_position (n) SELECT n FROM counter;

CREATE TABLE resident_search_key (
    key             TEXT    NOT NULL,
    -- The resident's sort_name and birth_date, so one key's rows come out in the order the list shows.
    sort_name       TEXT    NOT NULL,
    birth_date      TEXT    NOT NULL,
    resident_rowid  INTEGER NOT NULL,
    PRIMARY KEY (key, sort_name, birth_date, resident_rowid)
) WITHOUT ROWID;

-- Name prefixes and ranges (김, 김ㅁ, 이수 while typing 이숭) in the order the list shows.
CREATE INDEX resident_search_order ON resident (sort_name, birth_date);

-- Every key of every resident; a resident's keys are this view's rows for their rowid.
CREATE VIEW resident_search_key_source AS
SELECT '^' || substr(r.name_initials, 1, p.n) AS key, r.sort_name, r.birth_date, r.rowid AS resident_rowid
FROM resident r JOIN search_position p ON p.n <= min(length(r.name_initials), 4)
UNION ALL
SELECT '~' || substr(r.name_initials, p.n, 1), r.sort_name, r.birth_date, r.rowid
FROM resident r JOIN search_position p ON p.n <= length(r.name_initials)
UNION ALL
SELECT '~' || substr(r.name_initials, p.n, 2), r.sort_name, r.birth_date, r.rowid
FROM resident r JOIN search_position p ON p.n < length(r.name_initials)
UNION ALL
SELECT '=' || substr(r.sort_name, p.n, 1), r.sort_name, r.birth_date, r.rowid
FROM resident r JOIN search_position p ON p.n <= length(r.sort_name)
UNION ALL
SELECT '*' || substr(r.sort_name, p.n, 2), r.sort_name, r.birth_date, r.rowid
FROM resident r JOIN search_position p ON p.n < length(r.sort_name)
UNION ALL
-- A syllable is 0xAC00 + (initial * 21 + vowel) * 28 + final: taking the final away leaves the open syllable.
SELECT '-' || CASE WHEN unicode(substr(r.sort_name, p.n, 1)) BETWEEN 44032 AND 55203
                   THEN char(unicode(substr(r.sort_name, p.n, 1)) - (unicode(substr(r.sort_name, p.n, 1)) - 44032) % 28)
                   ELSE substr(r.sort_name, p.n, 1) END,
       r.sort_name, r.birth_date, r.rowid
FROM resident r JOIN search_position p ON p.n <= length(r.sort_name)
UNION ALL
SELECT '+' || substr(r.search_text, p.n, 2), r.sort_name, r.birth_date, r.rowid
FROM resident r JOIN search_position p ON p.n < length(r.search_text)
WHERE instr(substr(r.search_text, p.n, 2), ' ') = 0 AND substr(r.search_text, p.n, 2) NOT GLOB '[0-9][0-9]'
UNION ALL
SELECT 'y' || substr(r.birth_date, 1, p.n), r.sort_name, r.birth_date, r.rowid
FROM resident r JOIN search_position p ON p.n <= 4
UNION ALL
-- phone_last4 is "5678 1234": every start of every word.
SELECT 'p' || substr(r.phone_last4, w.n, p.n), r.sort_name, r.birth_date, r.rowid
FROM resident r JOIN search_position w ON w.n <= length(r.phone_last4) JOIN search_position p ON p.n <= 4
WHERE (w.n = 1 OR substr(r.phone_last4, w.n - 1, 1) = ' ') AND instr(substr(r.phone_last4, w.n, p.n), ' ') = 0
  AND w.n + p.n - 1 <= length(r.phone_last4);

INSERT OR IGNORE INTO resident_search_key (key, sort_name, birth_date, resident_rowid)
SELECT key, sort_name, birth_date, resident_rowid FROM resident_search_key_source ORDER BY 1, 2, 3, 4;

-- Kept in step on every write. A bulk write (import, demo) takes the insert trigger out and keys the new residents
-- in one statement at the end (DeferredSearchIndex).
CREATE TRIGGER resident_search_key_insert AFTER INSERT ON resident BEGIN
    INSERT OR IGNORE INTO resident_search_key (key, sort_name, birth_date, resident_rowid)
    SELECT key, sort_name, birth_date, resident_rowid FROM resident_search_key_source
    WHERE resident_rowid = new.rowid;
END;
CREATE TRIGGER resident_search_key_unkey BEFORE UPDATE OF sort_name, name_initials, search_text, birth_date,
    phone_last4 ON resident
    WHEN old.sort_name IS NOT new.sort_name OR old.name_initials IS NOT new.name_initials
        OR old.search_text IS NOT new.search_text OR old.birth_date IS NOT new.birth_date
        OR old.phone_last4 IS NOT new.phone_last4
BEGIN
    DELETE FROM resident_search_key WHERE (key, sort_name, birth_date, resident_rowid) IN (
        SELECT key, sort_name, birth_date, resident_rowid FROM resident_search_key_source
        WHERE resident_rowid = old.rowid);
END;
CREATE TRIGGER resident_search_key_rekey AFTER UPDATE OF sort_name, name_initials, search_text, birth_date,
    phone_last4 ON resident
    WHEN old.sort_name IS NOT new.sort_name OR old.name_initials IS NOT new.name_initials
        OR old.search_text IS NOT new.search_text OR old.birth_date IS NOT new.birth_date
        OR old.phone_last4 IS NOT new.phone_last4
BEGIN
    INSERT OR IGNORE INTO resident_search_key (key, sort_name, birth_date, resident_rowid)
    SELECT key, sort_name, birth_date, resident_rowid FROM resident_search_key_source
    WHERE resident_rowid = new.rowid;
END;
CREATE TRIGGER resident_search_key_delete BEFORE DELETE ON resident BEGIN
    DELETE FROM resident_search_key WHERE (key, sort_name, birth_date, resident_rowid) IN (
        SELECT key, sort_name, birth_date, resident_rowid FROM resident_search_key_source
        WHERE resident_rowid = old.rowid);
END;
