-- upgrade.sql: bring a catalog (sql/catalog.sql) built by another archivist version up to the
-- version loaded, so that it holds what a fresh build with this version would.
--
--   sqlite3 -bail archive.db -cmd '.load ./dist/archivist' < sql/upgrade.sql
--
-- The name and date engines change their keys and ranges from version to version. A catalog
-- holds what the version that built it computed: the full-text index (the years column and the
-- name tokens), the people named (mentions), the R*Tree of days, and every index whose key an
-- archivist function computes (the catalog's own on archivist_fold() of the titles, and any you
-- made yourself, such as CREATE INDEX ... ON notes(name_key(who))), which SQLite's
-- PRAGMA integrity_check then reports as corrupt. This script recomputes all of them, in one
-- transaction, and records the version in archivist_meta when PRAGMA integrity_check says ok.
-- With -bail a failed step stops the shell and nothing is changed; the last line says what
-- was done.
--
-- What it keeps as it is: the documents themselves, date_start, date_end and kind among them
-- (what listing() read at import, and yours to correct). To read the dates again with this
-- version's date engine:
--   UPDATE documents SET date_start = date_start(date_text), date_end = date_end(date_text)
--    WHERE date_start(date_text) IS NOT NULL;
-- Your own full-text tables and R*Trees fed from archivist functions need the same as below:
-- INSERT INTO t(t) VALUES ('rebuild') for an external-content FTS5 table, and so on.

BEGIN;

DROP TABLE IF EXISTS temp.upgrade_from;
DROP TABLE IF EXISTS temp.upgrade_keys;
DROP TABLE IF EXISTS temp.upgrade_merged;
CREATE TABLE IF NOT EXISTS archivist_meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
INSERT OR IGNORE INTO archivist_meta VALUES ('archivist_version', 'unknown');
CREATE TEMP TABLE upgrade_from AS
  SELECT value AS version FROM archivist_meta WHERE key = 'archivist_version';

-- 1. Records this version reads as one (its archivist_fold() unifies what an older one told
-- apart: typographic and straight quotation marks, say). An import would have kept the first
-- and ignored the others; so does the upgrade, and it keeps the others, whole, in
-- documents_merged, with the id of the record they were merged into. The keys are read by a
-- full scan, not through the catalog's index, which still holds the older version's keys; and
-- SQLite deletes a row whose index entries that version computed only while writable_schema is
-- on (otherwise: "database disk image is malformed"). REINDEX below rebuilds the index whole.
CREATE TEMP TABLE upgrade_keys(id INTEGER PRIMARY KEY, title_key TEXT, date_key TEXT);
INSERT INTO upgrade_keys
  SELECT id, archivist_fold(title), coalesce(archivist_fold(date_text), '')
    FROM documents NOT INDEXED;
CREATE INDEX temp.upgrade_keys_key ON upgrade_keys(title_key, date_key, id);
CREATE TEMP TABLE upgrade_merged AS
  SELECT k.id AS id, (SELECT min(e.id) FROM upgrade_keys AS e
                       WHERE e.title_key = k.title_key AND e.date_key = k.date_key) AS merged_into
    FROM upgrade_keys AS k
   WHERE EXISTS (SELECT 1 FROM upgrade_keys AS e
                  WHERE e.title_key = k.title_key AND e.date_key = k.date_key AND e.id < k.id);
CREATE TABLE IF NOT EXISTS documents_merged AS
  SELECT 0 AS merged_into, * FROM documents WHERE 0;
INSERT INTO documents_merged
  SELECT m.merged_into, d.* FROM upgrade_merged AS m JOIN documents AS d NOT INDEXED ON d.id = m.id
   ORDER BY m.id;
PRAGMA writable_schema = ON;
DELETE FROM documents WHERE id IN (SELECT id FROM upgrade_merged);
PRAGMA writable_schema = OFF;

-- 2. Every index, yours among them: an index on a function's result, or on a generated column
-- that calls one, is built again with this version's functions.
REINDEX;

-- 3. The people named, read again by names(), as the insert trigger of sql/catalog.sql reads
-- them (change both together).
DELETE FROM mentions;
INSERT INTO mentions(doc_id, field, name, canon, key, offset, length)
  SELECT d.id, f.field, n.name, n.canon, n.key, n.offset, n.length
    FROM documents AS d
    JOIN (SELECT 1 AS ord, 'title' AS field UNION ALL SELECT 2, 'summary') AS f
    JOIN names(CASE f.ord WHEN 1 THEN d.title ELSE d.summary END,
               CASE f.ord WHEN 1 THEN d.summary ELSE d.title END) AS n
   ORDER BY d.id, f.ord, n.offset;

-- 4. The R*Tree of days, from documents_days as the triggers fill it. A document whose bounds
-- this version reads the wrong way round keeps no row (an insert would have been refused).
DELETE FROM documents_when;
INSERT INTO documents_when(id, first_day, last_day)
  SELECT id, first_day, last_day FROM documents_days WHERE first_day <= last_day ORDER BY id;

-- 5. The full-text index, titles, summaries and years, tokenized again.
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');

-- 6. The version, once SQLite finds every index consistent with its table.
UPDATE archivist_meta SET value = archivist_version()
 WHERE key = 'archivist_version'
   AND (SELECT group_concat(integrity_check) FROM pragma_integrity_check) = 'ok';

SELECT CASE WHEN value = archivist_version()
         THEN 'upgrade: catalog built by archivist ' || (SELECT version FROM upgrade_from)
              || ' is now ' || value || (SELECT CASE count(*) WHEN 0 THEN '' ELSE
                 '; documents merged into others (kept in documents_merged): ' || count(*) END
                 FROM upgrade_merged)
         ELSE 'upgrade: not done: PRAGMA integrity_check does not say ok; the catalog stays '
              || value END AS upgrade
  FROM archivist_meta WHERE key = 'archivist_version';

DROP TABLE temp.upgrade_from;
DROP TABLE temp.upgrade_keys;
DROP TABLE temp.upgrade_merged;
COMMIT;
