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
-- questions a historian asks.

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

-- "Documents overlapping 1956-1967", both ends bounded: day numbers in an R*Tree.
CREATE VIRTUAL TABLE IF NOT EXISTS documents_when USING rtree_i32(id, first_day, last_day);

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

CREATE TRIGGER IF NOT EXISTS documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, summary, years)
    VALUES (new.id, new.title, new.summary, new.years);
  INSERT INTO mentions(doc_id, field, name, canon, key, offset, length)
    SELECT new.id, 'title', name, canon, key, offset, length FROM names(new.title);
  INSERT INTO mentions(doc_id, field, name, canon, key, offset, length)
    SELECT new.id, 'summary', name, canon, key, offset, length FROM names(new.summary);
  INSERT INTO documents_when(id, first_day, last_day)
    SELECT new.id, CAST(julianday(new.date_start) AS INTEGER), CAST(julianday(new.date_end) AS INTEGER)
     WHERE new.date_start IS NOT NULL;
END;

CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, summary, years)
    VALUES ('delete', old.id, old.title, old.summary, old.years);
  DELETE FROM mentions WHERE doc_id = old.id;
  DELETE FROM documents_when WHERE id = old.id;
END;

CREATE TRIGGER IF NOT EXISTS documents_au AFTER UPDATE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, summary, years)
    VALUES ('delete', old.id, old.title, old.summary, old.years);
  INSERT INTO documents_fts(rowid, title, summary, years)
    VALUES (new.id, new.title, new.summary, new.years);
  DELETE FROM mentions WHERE doc_id = old.id;
  INSERT INTO mentions(doc_id, field, name, canon, key, offset, length)
    SELECT new.id, 'title', name, canon, key, offset, length FROM names(new.title);
  INSERT INTO mentions(doc_id, field, name, canon, key, offset, length)
    SELECT new.id, 'summary', name, canon, key, offset, length FROM names(new.summary);
  DELETE FROM documents_when WHERE id = old.id;
  INSERT INTO documents_when(id, first_day, last_day)
    SELECT new.id, CAST(julianday(new.date_start) AS INTEGER), CAST(julianday(new.date_end) AS INTEGER)
     WHERE new.date_start IS NOT NULL;
END;

-- The people of the collection: how many documents name each, and when.
CREATE VIEW IF NOT EXISTS people AS
  SELECT max(m.canon) AS canon, m.key AS key, count(DISTINCT m.doc_id) AS documents,
         min(d.date_start) AS first, max(d.date_end) AS last
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
