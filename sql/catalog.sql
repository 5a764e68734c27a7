-- catalog.sql: pasted archive listings as one searchable collection.
--
-- Run once, in a database with the extension loaded:
--
--   sqlite3 archive.db
--   sqlite> .load ./dist/archivist
--   sqlite> .read sql/catalog.sql
--
-- Then import each listing with one statement (sql/import.sql; a listing imported twice, or
-- copied again from another browser, adds nothing):
--
--   INSERT INTO documents(rank, date_text, date_start, date_end, title, summary, kind, source, url)
--     SELECT rank, date_text, date_start, date_end, title, summary, kind, 'kim.txt', url
--       FROM listing(readfile('kim.txt'));
--
-- Triggers keep the rest in step: the full-text index (documents_fts, with the archivist
-- tokenizer: stemming, accents, names in every spelling), the people named (mentions), and
-- the R*Tree of day numbers for date-range search (documents_when). sql/examples.sql asks the
-- questions a historian asks. archivist_meta records the archivist version that built the
-- catalog; after loading another version, run sql/upgrade.sql.
--
-- After a large import, merge the full-text index into one piece (1,000,000 documents: 4 s):
--
--   INSERT INTO documents_fts(documents_fts) VALUES ('optimize');
--
-- A load leaves it in a dozen or so pieces (FTS5's segments). Reading a word's documents from
-- end to end is as fast either way, but finding one document in it (rowid = ?, as the keyword
-- and date queries do for each document of documents_unyeared) looks in every piece: 24 to
-- 74 microseconds a look-up before, 10 after; with a date_match() of twelve years, 680 before,
-- 61 after.

-- One row per record. The same record twice (the same title and date, whatever the white space
-- or quotation marks; or the same url) is ignored: title_key and date_key are archivist_fold()
-- of the two; records without a url (text copies) are told apart by those alone.
CREATE TABLE IF NOT EXISTS documents(
  id INTEGER PRIMARY KEY,
  rank INTEGER,                     -- position in the archive's result set
  date_text TEXT,                   -- the date line as printed
  date_start TEXT,                  -- first day it can mean, YYYY-MM-DD
  date_end TEXT,                    -- last day
  title TEXT NOT NULL,
  summary TEXT,
  kind TEXT,                        -- cable, telegram, memorandum, ...
  source TEXT,                      -- where it was imported from
  url TEXT UNIQUE ON CONFLICT IGNORE,   -- its link to its document (saved pages); NULLs distinct
  years TEXT GENERATED ALWAYS AS (date_years(date_text)) VIRTUAL,     -- "1956 1957"
  title_key TEXT GENERATED ALWAYS AS (archivist_fold(title)) VIRTUAL,
  date_key TEXT GENERATED ALWAYS AS (coalesce(archivist_fold(date_text), '')) VIRTUAL,
  UNIQUE(title_key, date_key) ON CONFLICT IGNORE
);

-- "Documents within October 1963": date_start BETWEEN ... AND date_end <= ...
CREATE INDEX IF NOT EXISTS documents_date ON documents(date_start, date_end);

-- "Documents with a keyword, within or overlapping 1956-1967, the first 50 by date": the
-- full-text index gives the documents with the keyword, in id order; this index gives their
-- dates by id without reading the rows (a few hundred to a page, where a page holds a dozen
-- documents). SQLite looks a rowid up in the table unless told, so name it:
--   FROM documents_fts JOIN documents AS d INDEXED BY documents_span ON d.id = documents_fts.rowid
CREATE INDEX IF NOT EXISTS documents_span ON documents(id, date_start, date_end);

-- The same for a range of whole years ("1956-1967", "1958", "the 1950s"), without reading one
-- date: the years column (documents_fts, below) holds every year from a document's first day
-- to its last, so a document has one of the years 1956..1967 exactly when its days overlap
-- them, and documents_fts MATCH 'agriculture AND ' || date_match('1956-1967') finds the
-- documents d.date_start <= '1967-12-31' AND d.date_end >= '1956-01-01' finds; the first 50
-- by date are among those of the earliest years. That holds for every document but those of
-- documents_unyeared, whose years and bounds disagree: a date of 100 years or more, which has
-- no years ("before 1960", from 0001-01-01); a date line that is no date, or none,
-- with bounds; bounds that are not the date line's (typed by hand, or not YYYY-MM-DD); years
-- with a bound missing. The queries read those by their days. sql/examples.sql (examples 4
-- and 5) has the count and the first 50 by date written so; on 1,000,000 documents they take
-- 12-21 and 5-7 ms where the dates looked up through documents_span take 50-80. The index is
-- partial: it holds those documents only (a few in a catalog of listings), and each costs one
-- look-up in the full-text index (FROM documents_unyeared AS d CROSS JOIN documents_fts ON
-- documents_fts.rowid = d.id: CROSS JOIN keeps that order), 10 microseconds once the index is
-- optimized (above). With many hundreds of them, turn the join round (FROM documents_fts JOIN
-- documents_unyeared AS d ON d.id = documents_fts.rowid): one look-up in this small index
-- per document with the keyword instead (70,000 of them: 6 ms).
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

-- "Documents overlapping 1956-1967": day numbers in an R*Tree, filled from documents_days.
CREATE VIRTUAL TABLE IF NOT EXISTS documents_when USING rtree_i32(id, first_day, last_day);

-- The days of every dated document as whole julianday numbers, each bound read by the date
-- engine (a hand-made '1956' starts on 1956-01-01 and ends on 1956-12-31). A missing bound is
-- open: no date_start is the earliest day, 0001-01-01 (1721425), no date_end the last,
-- 9999-12-31 (5373483), as date_start('before 1960') and date_end('after 1985') are. A
-- document with neither, or with a bound that is not a date, has no days: no date search
-- finds it.
CREATE VIEW IF NOT EXISTS documents_days AS
  SELECT d.id AS id,
         CAST(julianday(coalesce(date_start(d.date_start), '0001-01-01')) AS INTEGER) AS first_day,
         CAST(julianday(coalesce(date_end(d.date_end), '9999-12-31')) AS INTEGER) AS last_day
    FROM documents AS d
   WHERE (d.date_start IS NOT NULL OR d.date_end IS NOT NULL)
     AND (d.date_start IS NULL OR date_start(d.date_start) IS NOT NULL)
     AND (d.date_end IS NULL OR date_end(d.date_end) IS NOT NULL);

-- Title and summary, searched with stemming, folded accents and names in any spelling; and the
-- years each document touches, so that a keyword and a date range are one full-text query:
--   documents_fts MATCH 'agriculture AND ' || date_match('1956-1967')
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
  title, summary, years, content = 'documents', content_rowid = 'id', tokenize = 'archivist'
);

-- Every person named in a title or summary; offset and length in characters, 1-based.
CREATE TABLE IF NOT EXISTS mentions(
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  field TEXT NOT NULL,              -- 'title' or 'summary'
  name TEXT NOT NULL,               -- as written
  canon TEXT NOT NULL,              -- the preferred form
  key TEXT NOT NULL,                -- name_key(): one per person
  offset INTEGER NOT NULL,
  length INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_key ON mentions(key, doc_id);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc_id);

-- sql/upgrade.sql recomputes mentions and documents_when as these triggers fill them: change
-- both together. Each field's names are read with the other field as their context, so that
-- "Premier Kim" in a summary is Kim Il Sung when the title names him in full. The days are
-- documents_days' (the same expressions, on new.* rather than a second read of the row), each
-- date read once; a document whose date_start is after its date_end is refused.
CREATE TRIGGER IF NOT EXISTS documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, summary, years)
    VALUES (new.id, new.title, new.summary, new.years);
  INSERT INTO mentions(doc_id, field, name, canon, key, offset, length)
    SELECT new.id, 'title', name, canon, key, offset, length FROM names(new.title, new.summary);
  INSERT INTO mentions(doc_id, field, name, canon, key, offset, length)
    SELECT new.id, 'summary', name, canon, key, offset, length FROM names(new.summary, new.title);
  INSERT INTO documents_when(id, first_day, last_day)
    SELECT new.id, first_day, last_day
      FROM (SELECT CAST(julianday(coalesce(s, '0001-01-01')) AS INTEGER) AS first_day,
                   CAST(julianday(coalesce(e, '9999-12-31')) AS INTEGER) AS last_day
              FROM (SELECT date_start(new.date_start) AS s, date_end(new.date_end) AS e)
             WHERE (new.date_start IS NOT NULL OR new.date_end IS NOT NULL)
               AND (new.date_start IS NULL OR s IS NOT NULL)
               AND (new.date_end IS NULL OR e IS NOT NULL))
     WHERE CASE WHEN first_day > last_day
                THEN RAISE(ABORT, 'documents: date_start is after date_end') ELSE 1 END;
END;

CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, summary, years)
    VALUES ('delete', old.id, old.title, old.summary, old.years);
  DELETE FROM mentions WHERE doc_id = old.id;
  DELETE FROM documents_when WHERE id = old.id;
END;

-- An update redoes only what the columns it changed feed: the full-text index when the title,
-- summary or date line changed, the mentions when the title or summary did, the days when
-- date_start or date_end did (all three when the id did). Setting kind or rank costs nothing
-- more.
CREATE TRIGGER IF NOT EXISTS documents_au AFTER UPDATE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, summary, years)
    SELECT 'delete', old.id, old.title, old.summary, old.years
     WHERE old.id IS NOT new.id OR old.title IS NOT new.title OR old.summary IS NOT new.summary
        OR old.date_text IS NOT new.date_text;
  INSERT INTO documents_fts(rowid, title, summary, years)
    SELECT new.id, new.title, new.summary, new.years
     WHERE old.id IS NOT new.id OR old.title IS NOT new.title OR old.summary IS NOT new.summary
        OR old.date_text IS NOT new.date_text;
  DELETE FROM mentions
   WHERE doc_id = old.id
     AND (old.id IS NOT new.id OR old.title IS NOT new.title OR old.summary IS NOT new.summary);
  INSERT INTO mentions(doc_id, field, name, canon, key, offset, length)
    SELECT new.id, 'title', name, canon, key, offset, length FROM names(new.title, new.summary)
     WHERE old.id IS NOT new.id OR old.title IS NOT new.title OR old.summary IS NOT new.summary;
  INSERT INTO mentions(doc_id, field, name, canon, key, offset, length)
    SELECT new.id, 'summary', name, canon, key, offset, length FROM names(new.summary, new.title)
     WHERE old.id IS NOT new.id OR old.title IS NOT new.title OR old.summary IS NOT new.summary;
  DELETE FROM documents_when
   WHERE id = old.id
     AND (old.id IS NOT new.id OR old.date_start IS NOT new.date_start
          OR old.date_end IS NOT new.date_end);
  INSERT INTO documents_when(id, first_day, last_day)
    SELECT new.id, first_day, last_day
      FROM (SELECT CAST(julianday(coalesce(s, '0001-01-01')) AS INTEGER) AS first_day,
                   CAST(julianday(coalesce(e, '9999-12-31')) AS INTEGER) AS last_day
              FROM (SELECT date_start(new.date_start) AS s, date_end(new.date_end) AS e)
             WHERE (new.date_start IS NOT NULL OR new.date_end IS NOT NULL)
               AND (new.date_start IS NULL OR s IS NOT NULL)
               AND (new.date_end IS NULL OR e IS NOT NULL)
               AND (old.id IS NOT new.id OR old.date_start IS NOT new.date_start
                    OR old.date_end IS NOT new.date_end))
     WHERE CASE WHEN first_day > last_day
                THEN RAISE(ABORT, 'documents: date_start is after date_end') ELSE 1 END;
END;

-- The people of the collection: how many documents name each, and when.
CREATE VIEW IF NOT EXISTS people AS
  SELECT max(m.canon) AS canon, m.key AS key, count(DISTINCT m.doc_id) AS documents,
         min(nullif(d.date_start, '0001-01-01')) AS first,      -- open bounds left out
         max(nullif(d.date_end, '9999-12-31')) AS last
    FROM mentions AS m JOIN documents AS d ON d.id = m.doc_id
   GROUP BY m.key;

-- Documents per year (of their first day), with a bar the shell shows as a histogram.
CREATE VIEW IF NOT EXISTS timeline AS
  WITH years AS (
    SELECT substr(date_start, 1, 4) AS year, count(*) AS documents
      FROM documents
     WHERE date_start IS NOT NULL AND date_start > '0001-01-01'
     GROUP BY 1
  )
  SELECT year, documents,
         printf('%.*c', max(1, documents * 40 / (SELECT max(documents) FROM years)), '█') AS bar
    FROM years ORDER BY year;

-- The archivist version that built the catalog: the keys, mentions, years and R*Tree rows are
-- that version's. sql/upgrade.sql recomputes them with another version and records it here;
-- sql/demo.sql warns when it is not archivist_version(). A catalog that had documents before
-- this table existed was built by a version that did not record itself: 'unknown'.
CREATE TABLE IF NOT EXISTS archivist_meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
INSERT OR IGNORE INTO archivist_meta
  SELECT 'archivist_version',
         CASE WHEN EXISTS (SELECT 1 FROM documents) THEN 'unknown' ELSE archivist_version() END;

-- ================================================================ RIS import (ris())
-- Records of RIS files (Zotero's exports, the archive's /document/<id>.ris) come in through
-- the view ris_import, one statement per file:
--
--   INSERT INTO ris_import SELECT *, 'zotero.ris' FROM ris(readfile('zotero.ris'));
--
-- Its trigger merges each record with the document the catalog already holds, imported from a
-- listing or from another RIS file: the one with the same url, else the one with the same title
-- (archivist_fold(), as documents_title_key compares titles) and the same date (the same
-- date_start and date_end: "October 8, 1963" on a listing is "1963/10/08/" in RIS). What the
-- document lacks is filled in (its summary from AB, its url, its date), nothing it has is
-- replaced, and no second document is made. A record matching no document becomes one; its
-- date_text is the RIS date as written when the date engine reads it, else its EDTF form
-- ("1963/10/08/" is kept as "1963-10-08"), so that the years column and date search see it.
-- A record without a title makes no document. The fields a listing has no room for are kept
-- in document_details, filled in the same way (the first value found stays).
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
-- ================================================================ end of RIS import

-- ================================================================ export: RIS and CSL-JSON
-- documents_ris: one RIS record per document, for Zotero, EndNote and the like;
-- documents_csl: one CSL-JSON item per document, for Pandoc and citeproc. README, "Out to
-- reference managers", has the commands that write the files.
--
-- Dates. documents_dates reads each document's date_start and date_end as CSL and RIS can
-- carry them: a day, a month or a year when the two bounds are exactly one; otherwise a range
-- whose two ends each have the precision the bounds allow (years for "1956-1967", months for
-- "Winter 1956/57", days else); 'open' when a bound is missing or open ("before 1960"). circa
-- is 1 when the date as written is approximate or uncertain ("circa 1956", "1956?").
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

-- RIS has one date per record, DA ("YYYY/MM/DD/"), and no range: a day, month or year is
-- written as such (1963/10/08/, 1963/10//, 1956///) with PY, its year; a range within one year
-- as that year (1957/// for "Spring 1957"), which is true if less precise; a range across
-- years, or an open one, has no DA. Whenever DA does not say the whole date (a range, an
-- approximate or uncertain date) the date as written, its EDTF form and its first and last day
-- are in a note (N1). KW are the people the document names (the preferred form of each), then
-- the keywords of its RIS record. Values are on one line each; lines end in CR LF.
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

-- CSL-JSON: type manuscript (an archive's unpublished document; a RIS record's own type when it
-- has one CSL names: RPRT is report, JOUR article-journal ...), issued as date-parts (one
-- member for a day, month or year, two for a range: [[1956,12],[1957,2]] for "Winter
-- 1956/57"), "circa": true for an approximate or uncertain date, the date as written as
-- "literal" when it is open or not a date the bounds say; archive and archive_location from
-- the document's RIS record; keyword the people named (as KW in RIS); note holds the date as
-- written. Members that would be null are
-- left out (json_patch).
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
-- ================================================================ end of export
