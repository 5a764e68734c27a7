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

-- 0. The tables, views and triggers of RIS import and of the export to reference managers,
-- which catalogs built before them lack: created as sql/catalog.sql creates them, statement
-- for statement (its blocks "RIS import" and "export: RIS and CSL-JSON"; change both
-- together: the upgrade test compares their text in sqlite_schema with a fresh build's).
CREATE TABLE IF NOT EXISTS document_details(
  doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  type TEXT,                        -- the RIS type (TY): MANSCPT, GEN, LETTER, ...
  authors TEXT,                     -- JSON array, as written ("Puzanov, Alexander")
  archive TEXT,                     -- DB: the archive
  location TEXT,                    -- AV / AN / CN: location in the archive, call number
  language TEXT,                    -- LA
  keywords TEXT,                    -- JSON array of the KW values
  tags TEXT                         -- JSON object of every tag of the first record imported
);

CREATE TRIGGER IF NOT EXISTS documents_ad_details AFTER DELETE ON documents BEGIN
  DELETE FROM document_details WHERE doc_id = old.id;
END;

CREATE VIEW IF NOT EXISTS ris_import(pos, type, title, authors, date_text, date_start, date_end,
    date_edtf, abstract, url, archive, location, language, keywords, tags, source) AS
  SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
         NULL, NULL WHERE 0;

CREATE TRIGGER IF NOT EXISTS ris_import_insert INSTEAD OF INSERT ON ris_import
  WHEN new.title IS NOT NULL
BEGIN
  -- 1. A record the catalog does not hold becomes a document.
  INSERT INTO documents(date_text, date_start, date_end, title, summary, source, url)
    SELECT CASE WHEN new.date_edtf IS NOT NULL AND date_start(new.date_text) IS NULL
                THEN new.date_edtf ELSE new.date_text END,
           new.date_start, new.date_end, new.title, new.abstract, new.source, new.url
     WHERE NOT EXISTS (
       SELECT 1 FROM documents AS d
        WHERE d.url = new.url
           OR (d.title_key = archivist_fold(new.title)
               AND d.date_start IS new.date_start AND d.date_end IS new.date_end));
  -- 2. The document it is, the one with its url first, gets what it lacks.
  UPDATE documents
     SET summary = coalesce(summary, new.abstract),
         url = coalesce(url, new.url),
         date_text = CASE WHEN date_text IS NULL AND date_start IS NULL AND date_end IS NULL
                          THEN CASE WHEN new.date_edtf IS NOT NULL
                                      AND date_start(new.date_text) IS NULL
                                    THEN new.date_edtf ELSE new.date_text END
                          ELSE date_text END,
         date_start = CASE WHEN date_text IS NULL AND date_start IS NULL AND date_end IS NULL
                           THEN new.date_start ELSE date_start END,
         date_end = CASE WHEN date_text IS NULL AND date_start IS NULL AND date_end IS NULL
                         THEN new.date_end ELSE date_end END
   WHERE id = (SELECT d.id FROM documents AS d
                WHERE d.url = new.url
                   OR (d.title_key = archivist_fold(new.title)
                       AND d.date_start IS new.date_start AND d.date_end IS new.date_end)
                ORDER BY d.url IS new.url DESC, d.id LIMIT 1)
     AND ((summary IS NULL AND new.abstract IS NOT NULL)
          OR (url IS NULL AND new.url IS NOT NULL)
          OR (date_text IS NULL AND date_start IS NULL AND date_end IS NULL
              AND new.date_text IS NOT NULL));
  -- 3. Its details, filled in the same way.
  INSERT INTO document_details(doc_id, type, authors, archive, location, language, keywords,
                               tags)
    SELECT d.id, new.type, nullif(new.authors, '[]'), new.archive, new.location, new.language,
           nullif(new.keywords, '[]'), new.tags
      FROM documents AS d
     WHERE d.url = new.url
        OR (d.title_key = archivist_fold(new.title)
            AND d.date_start IS new.date_start AND d.date_end IS new.date_end)
     ORDER BY d.url IS new.url DESC, d.id LIMIT 1
  ON CONFLICT(doc_id) DO UPDATE
     SET type = coalesce(type, excluded.type), authors = coalesce(authors, excluded.authors),
         archive = coalesce(archive, excluded.archive),
         location = coalesce(location, excluded.location),
         language = coalesce(language, excluded.language),
         keywords = coalesce(keywords, excluded.keywords), tags = coalesce(tags, excluded.tags);
END;

CREATE VIEW IF NOT EXISTS documents_dates(id, precision, y1, m1, d1, y2, m2, d2, circa) AS
  WITH b AS (
    SELECT id, date_text, date_start AS s, date_end AS e,
           date_start IS NOT NULL AND date_end IS NOT NULL
             AND date_start > '0001-01-01' AND date_end < '9999-12-31' AS closed,
           substr(date_start, 6) = '01-01' AND substr(date_end, 6) = '12-31' AS whole_years,
           substr(date_start, 9) = '01'
             AND date_end = date(date_end, 'start of month', '+1 month', '-1 day')
             AS whole_months
      FROM documents WHERE date_start IS NOT NULL OR date_end IS NOT NULL
  )
  SELECT id,
         CASE WHEN NOT closed THEN 'open'
              WHEN s = e THEN 'day'
              WHEN whole_months AND substr(s, 1, 7) = substr(e, 1, 7) THEN 'month'
              WHEN whole_years AND substr(s, 1, 4) = substr(e, 1, 4) THEN 'year'
              ELSE 'range' END,
         CAST(substr(s, 1, 4) AS INTEGER),
         CASE WHEN whole_years THEN NULL ELSE CAST(substr(s, 6, 2) AS INTEGER) END,
         CASE WHEN whole_years OR whole_months THEN NULL ELSE CAST(substr(s, 9, 2) AS INTEGER) END,
         CAST(substr(e, 1, 4) AS INTEGER),
         CASE WHEN whole_years THEN NULL ELSE CAST(substr(e, 6, 2) AS INTEGER) END,
         CASE WHEN whole_years OR whole_months THEN NULL ELSE CAST(substr(e, 9, 2) AS INTEGER) END,
         EXISTS (SELECT 1 FROM json_each(date_parse(date_text), '$.flags')
                  WHERE value IN ('approximate', 'uncertain'))
    FROM b;

CREATE VIEW IF NOT EXISTS documents_ris(id, ris) AS
  SELECT d.id,
         'TY  - ' || coalesce(x.type, 'MANSCPT') || char(13, 10)
      || 'TI  - ' || replace(replace(d.title, char(13), ' '), char(10), ' ') || char(13, 10)
      || coalesce((SELECT group_concat('AU  - ' || replace(replace(value, char(13), ' '),
                                                           char(10), ' '), char(13, 10))
                            || char(13, 10)
                     FROM json_each(x.authors) WHERE value <> ''), '')
      || CASE WHEN dd.precision IN ('day', 'month', 'year') OR
                   (dd.precision = 'range' AND dd.y1 = dd.y2)
              THEN 'DA  - ' || printf('%04d', dd.y1) || '/'
                   || CASE WHEN dd.precision IN ('day', 'month') THEN printf('%02d', dd.m1) ELSE '' END
                   || '/'
                   || CASE WHEN dd.precision = 'day' THEN printf('%02d', dd.d1) ELSE '' END
                   || '/' || char(13, 10)
                   || 'PY  - ' || printf('%04d', dd.y1) || char(13, 10)
              ELSE '' END
      || CASE WHEN d.summary IS NOT NULL
              THEN 'AB  - ' || replace(replace(replace(d.summary, char(13), ''),
                                                 char(10) || char(10), char(10)), char(10), ' ')
                   || char(13, 10) ELSE '' END
      || CASE WHEN d.url IS NOT NULL THEN 'UR  - ' || d.url || char(13, 10) ELSE '' END
      || CASE WHEN x.archive IS NOT NULL THEN 'DB  - ' || x.archive || char(13, 10) ELSE '' END
      || CASE WHEN x.location IS NOT NULL THEN 'AV  - ' || x.location || char(13, 10) ELSE '' END
      || CASE WHEN x.language IS NOT NULL THEN 'LA  - ' || x.language || char(13, 10) ELSE '' END
      || coalesce((SELECT group_concat('KW  - ' || kw, char(13, 10)) || char(13, 10) FROM (
                     SELECT kw FROM (
                       SELECT max(canon) AS kw, min((field = 'summary') * 4294967296 + offset) AS o
                         FROM mentions WHERE doc_id = d.id GROUP BY key ORDER BY o)
                     UNION ALL
                     SELECT value FROM json_each(x.keywords)
                      WHERE value <> '' AND value NOT IN (
                        SELECT canon FROM mentions WHERE doc_id = d.id))), '')
      || CASE WHEN d.date_text IS NOT NULL
               AND (dd.precision IS NULL OR dd.precision IN ('range', 'open') OR dd.circa)
              THEN 'N1  - Date as written: ' || replace(replace(d.date_text, char(13), ' '),
                                                        char(10), ' ')
                   || coalesce(' (EDTF ' || date_edtf(d.date_text) || ')', '')
                   || coalesce('; first day ' || nullif(d.date_start, '0001-01-01'), '')
                   || coalesce('; last day ' || nullif(d.date_end, '9999-12-31'), '')
                   || char(13, 10)
              ELSE '' END
      || 'ER  - ' || char(13, 10)
    FROM documents AS d
    LEFT JOIN document_details AS x ON x.doc_id = d.id
    LEFT JOIN documents_dates AS dd ON dd.id = d.id;

CREATE VIEW IF NOT EXISTS documents_csl(id, csl) AS
  SELECT d.id, json_patch('{}', json_object(
           'id', 'doc' || d.id,
           'type', CASE x.type WHEN 'RPRT' THEN 'report' WHEN 'JOUR' THEN 'article-journal'
                               WHEN 'BOOK' THEN 'book' WHEN 'CHAP' THEN 'chapter'
                               WHEN 'NEWS' THEN 'article-newspaper'
                               WHEN 'MGZN' THEN 'article-magazine' WHEN 'THES' THEN 'thesis'
                               WHEN 'ELEC' THEN 'webpage' ELSE 'manuscript' END,
           'title', d.title,
           'genre', d.kind,
           'author', (SELECT json_group_array(json_patch('{}', json_object(
                               'family', trim(CASE WHEN instr(value, ',') THEN
                                              substr(value, 1, instr(value, ',') - 1)
                                              ELSE NULL END),
                               'given', trim(CASE WHEN instr(value, ',') THEN
                                             substr(value, instr(value, ',') + 1) ELSE NULL END),
                               'literal', CASE WHEN instr(value, ',') THEN NULL ELSE value END)))
                        FROM json_each(x.authors) WHERE x.authors IS NOT NULL
                      HAVING count(*) > 0),
           'issued', CASE
             WHEN dd.precision IS NULL THEN
               CASE WHEN d.date_text IS NOT NULL THEN json_object('literal', d.date_text) END
             WHEN dd.precision = 'open' THEN json_object('literal', d.date_text)
             ELSE json_patch(json_object('date-parts',
                    CASE dd.precision
                      WHEN 'day' THEN json_array(json_array(dd.y1, dd.m1, dd.d1))
                      WHEN 'month' THEN json_array(json_array(dd.y1, dd.m1))
                      WHEN 'year' THEN json_array(json_array(dd.y1))
                      ELSE json_array(
                        CASE WHEN dd.m1 IS NULL THEN json_array(dd.y1)
                             WHEN dd.d1 IS NULL THEN json_array(dd.y1, dd.m1)
                             ELSE json_array(dd.y1, dd.m1, dd.d1) END,
                        CASE WHEN dd.m2 IS NULL THEN json_array(dd.y2)
                             WHEN dd.d2 IS NULL THEN json_array(dd.y2, dd.m2)
                             ELSE json_array(dd.y2, dd.m2, dd.d2) END) END),
                  json_object('circa', CASE WHEN dd.circa THEN json('true') END))
           END,
           'abstract', d.summary,
           'URL', d.url,
           'archive', x.archive,
           'archive_location', x.location,
           'language', x.language,
           'keyword', (SELECT group_concat(kw, ', ') FROM (
                         SELECT max(canon) AS kw, min((field = 'summary') * 4294967296 + offset) AS o
                           FROM mentions WHERE doc_id = d.id GROUP BY key ORDER BY o)),
           'note', CASE WHEN d.date_text IS NOT NULL THEN 'Date as written: ' || d.date_text END
         )) AS csl
    FROM documents AS d
    LEFT JOIN document_details AS x ON x.doc_id = d.id
    LEFT JOIN documents_dates AS dd ON dd.id = d.id;

-- 0b. The documents whose years and bounds disagree (documents_unyeared: the keyword and
-- date queries of sql/examples.sql read them by their days), which catalogs built before it
-- lack: created as sql/catalog.sql creates them (change both together; REINDEX below fills
-- the index with this version's years).
CREATE INDEX IF NOT EXISTS documents_unyeared_idx ON documents(id, date_start, date_end, years)
  WHERE (years IS NOT NULL OR (date_start IS NOT NULL AND date_end IS NOT NULL))
    AND NOT coalesce(date_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                     AND date_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                     AND substr(date_start, 6) <= '12-31' AND substr(date_end, 6) >= '01-01'
                     AND substr(years, 1, 4) = substr(date_start, 1, 4)
                     AND substr(years, -4) = substr(date_end, 1, 4), 0);
CREATE VIEW IF NOT EXISTS documents_unyeared AS
  SELECT id, date_start, date_end, years FROM documents INDEXED BY documents_unyeared_idx
   WHERE (years IS NOT NULL OR (date_start IS NOT NULL AND date_end IS NOT NULL))
     AND NOT coalesce(date_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                      AND date_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
                      AND substr(date_start, 6) <= '12-31' AND substr(date_end, 6) >= '01-01'
                      AND substr(years, 1, 4) = substr(date_start, 1, 4)
                      AND substr(years, -4) = substr(date_end, 1, 4), 0);

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

-- 5. The full-text index, titles, summaries and years, tokenized again, and merged into one
-- piece, as sql/catalog.sql advises after a large import.
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
INSERT INTO documents_fts(documents_fts) VALUES ('optimize');

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
