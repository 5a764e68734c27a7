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
