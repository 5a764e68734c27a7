-- The catalog of sql/catalog.sql: import, de-duplication, triggers, indexes and views.
.mode list
.nullvalue NULL
.read sql/catalog.sql

-- Import the seed page; importing it again, or a copy with other white space and quotation
-- marks, adds nothing.
.read sql/import.sql
SELECT 'after import', count(*), count(DISTINCT source) FROM documents;
.read sql/import.sql
INSERT INTO documents(date_text, date_start, date_end, title, summary, source)
  VALUES ('October  8, 1963', '1963-10-08', '1963-10-08',
          'Cable from Qiang Xiaochu,  ‘Premier Kim Received the Study Delegation’', NULL, 'retyped');
SELECT 'again', count(*) FROM documents;

-- Triggers filled the full-text index, the mentions and the R*Tree.
SELECT 'fts', count(*) FROM documents_fts WHERE documents_fts MATCH 'Kim Ir Sen';
SELECT 'mentions', count(*), count(DISTINCT key) FROM mentions WHERE doc_id IN
  (SELECT id FROM documents WHERE source = 'seed-kim-il-sung.txt');
SELECT 'when', count(*) FROM documents_when;

-- People and timeline views.
SELECT canon, documents, first, last FROM people WHERE canon IN ('Kim Il Sung', 'Alexander Puzanov', 'Todor Zhivkov') ORDER BY canon;
SELECT year, documents, length(bar) FROM timeline WHERE year IN ('1950', '1963');

-- Date-range questions use an index, not a scan of documents.
EXPLAIN QUERY PLAN SELECT id FROM documents WHERE date_start BETWEEN '1963-10-01' AND '1963-10-31' AND date_end <= '1963-10-31';
EXPLAIN QUERY PLAN SELECT id FROM documents_when WHERE first_day <= 2439000 AND last_day >= 2435000;

-- The question of the demo: Kim Il Sung, 1956-1967, discussing.
SELECT d.date_start FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
 WHERE documents_fts MATCH 'discuss'
   AND d.id IN (SELECT doc_id FROM mentions WHERE key = name_key('Kim Il-sŏng'))
   AND d.date_start <= '1967-12-31' AND d.date_end >= '1956-01-01'
 ORDER BY d.date_start;

-- The same question with the years in the full-text query.
SELECT d.date_start FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
 WHERE documents_fts MATCH 'discuss AND "Kim Il-sung" AND ' || date_match('1956-1967')
 ORDER BY d.date_start;
SELECT 'years column', count(*) FROM documents_fts WHERE documents_fts MATCH 'years: 1963';

-- Deleting and updating keep the index, mentions and R*Tree in step.
DELETE FROM documents WHERE title LIKE 'Telegram from Shtykov%';
SELECT 'deleted', count(*) FROM documents_fts WHERE documents_fts MATCH 'Shtykov';
UPDATE documents SET summary = 'Kim Ir Sen discusses agriculture.' WHERE title LIKE 'Cable from Qiang%';
SELECT 'updated', count(*) FROM documents_fts WHERE documents_fts MATCH 'agriculture';
SELECT 'rows', (SELECT count(*) FROM documents), (SELECT count(*) FROM documents_when);

-- A bound left out of a hand-made insert is open; a document with both bounds, or none, is
-- stored as before. Bounds are read by the date engine, so a year typed by hand counts.
INSERT INTO documents(date_start, title, source)
  VALUES ('1956-03-01', 'Diary of the Soviet Embassy in Pyongyang, kept from March 1956', 'hand');
INSERT INTO documents(date_end, title, source)
  VALUES ('1953-03-05', 'Letters of Kim Il Sung to Stalin, undated, all before March 1953', 'hand');
INSERT INTO documents(title, source) VALUES ('Photograph of a Delegation, undated', 'hand');
INSERT INTO documents(date_start, date_end, title, source)
  VALUES ('1961', 'circa 1962', 'Notes on the Chollima Movement', 'hand');
INSERT INTO documents(date_start, date_end, title, source)
  VALUES ('unknown', NULL, 'A Cable whose Date was Typed as unknown', 'hand');
INSERT INTO documents(date_start, date_end, title, source)
  VALUES ('1986-01-01', '9999-12-31', 'Reports on Todor Zhivkov after 1985', 'hand');
SELECT 'days', d.title, date(w.first_day + 0.5), date(w.last_day + 0.5)
  FROM documents AS d LEFT JOIN documents_when AS w ON w.id = d.id
 WHERE d.source = 'hand' ORDER BY d.id;
SELECT 'open ends', min(first_day), max(last_day) FROM documents_when;

-- Overlap searches through the R*Tree read an open bound as open.
SELECT 'overlapping 1956-1967', d.title
  FROM documents_when AS w JOIN documents AS d ON d.id = w.id
 WHERE w.first_day <= CAST(julianday(date_end('1956-1967')) AS INTEGER)
   AND w.last_day >= CAST(julianday(date_start('1956-1967')) AS INTEGER)
   AND d.source = 'hand'
 ORDER BY d.id;
SELECT 'overlapping 1940s', d.title
  FROM documents_when AS w JOIN documents AS d ON d.id = w.id
 WHERE w.first_day <= CAST(julianday('1949-12-31') AS INTEGER)
   AND w.last_day >= CAST(julianday('1940-01-01') AS INTEGER)
 ORDER BY d.id;

-- The views leave open bounds out: the first and last days a person is named on are real days.
SELECT 'people', canon, first, last FROM people WHERE canon IN ('Kim Il Sung', 'Todor Zhivkov') ORDER BY canon;
SELECT 'timeline', year, documents FROM timeline WHERE year IN ('0001', '1953', '1956', '1961') ORDER BY year;

-- Updating a bound moves the document in the R*Tree; start after end is refused, with a reason.
UPDATE documents SET date_end = '1956-12-31' WHERE title LIKE 'Diary of the Soviet Embassy%';
SELECT 'updated days', date(w.first_day + 0.5), date(w.last_day + 0.5)
  FROM documents_when AS w JOIN documents AS d ON d.id = w.id
 WHERE d.title LIKE 'Diary of the Soviet Embassy%';
INSERT INTO documents(date_start, date_end, title, source)
  VALUES ('1967-01-01', '1956-12-31', 'Bounds Typed the Wrong Way Round', 'hand');
UPDATE documents SET date_start = '1970' WHERE title LIKE 'Notes on the Chollima%';
SELECT 'refused', count(*) FROM documents WHERE title LIKE 'Bounds Typed%';
SELECT 'kept', date_start FROM documents WHERE title LIKE 'Notes on the Chollima%';
SELECT 'rows', (SELECT count(*) FROM documents), (SELECT count(*) FROM documents_when);

-- The catalog records the version that built it; reading catalog.sql again keeps it. A catalog
-- that had documents before archivist_meta existed was built by a version that did not say.
SELECT 'version', value = archivist_version() FROM archivist_meta WHERE key = 'archivist_version';
UPDATE archivist_meta SET value = '0.0.9';
.read sql/catalog.sql
SELECT 'read again', value FROM archivist_meta;
DROP TABLE archivist_meta;
.read sql/catalog.sql
SELECT 'before versions', value FROM archivist_meta;

-- Links. The saved page of sql/import.sql brought a url for each of its 6 records, resolved
-- against the address given to listing(); the text copy brought none.
SELECT 'urls', count(url), min(url) FROM documents;
SELECT 'text urls', count(url) FROM documents WHERE source = 'seed-kim-il-sung.txt';
-- Importing the page again adds nothing (the text copy brings back the one record deleted
-- above, "Telegram from Shtykov", without a url).
.read sql/import.sql
SELECT 'again urls', count(*), count(url) FROM documents;
-- The same url is the same record, whatever its title's white space, its date line, or even
-- its title; records without a url (NULL) are told apart by title and date alone.
INSERT INTO documents(date_text, title, url)
  VALUES ('February 1962', 'Telegram  from the Hungarian   Embassy in Beijing',
          'https://digitalarchive.wilsoncenter.org/document/114502');
INSERT INTO documents(date_text, title, url)
  VALUES ('1962', 'Telegram (retyped)', 'https://digitalarchive.wilsoncenter.org/document/114502');
INSERT INTO documents(date_text, title, url)
  VALUES ('1970', 'Untitled note', NULL), ('1971', 'Another untitled note', NULL);
SELECT 'same url', count(*), count(url) FROM documents;
-- A text copy imported first, then its saved page: the records get their links, no record is
-- added, and the full-text index still finds each record once.
INSERT INTO documents(rank, date_text, date_start, date_end, title, summary, kind, source, url)
  SELECT rank, date_text, date_start, date_end, title, summary, kind, 'layout5-undated.txt', url
    FROM listing(readfile('fixtures/layout5-undated.txt'));
SELECT 'text first', count(*), count(url) FROM documents;
INSERT INTO documents(rank, date_text, date_start, date_end, title, summary, kind, source, url)
  SELECT rank, date_text, date_start, date_end, title, summary, kind, 'layout5-undated.html', url
    FROM listing(readfile('fixtures/layout5-undated.html'), 'https://mirror.example.org/search')
   WHERE true
  ON CONFLICT(title_key, date_key) DO UPDATE SET url = excluded.url WHERE url IS NULL;
SELECT 'page next', count(*), count(url), min(url) FROM documents WHERE source = 'layout5-undated.txt';
SELECT 'page next', count(*) FROM documents;
SELECT 'fts once', count(*) FROM documents_fts WHERE documents_fts MATCH 'Haiphong';
