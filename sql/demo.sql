-- make demo: archivist at work on the listings in fixtures/.
-- Run from the top of the repository with the extension loaded:
--   sqlite3 :memory: -cmd '.load ./dist/archivist' < sql/demo.sql
.headers on
.mode box --wrap 60 --wordwrap on

.print
.print archivist version
SELECT archivist_version() AS version;

.print
.print The seed page (fixtures/seed-kim-il-sung.txt), parsed by listing(): one row per record
SELECT pos, rank, total, date_start, date_end, kind, title
  FROM listing(readfile('fixtures/seed-kim-il-sung.txt'));

-- The catalog, built from every listing in fixtures/ (text copies and saved HTML pages; a
-- record met twice is kept once). Run against a catalog of your own
-- (sqlite3 archive.db -cmd '.load ./dist/archivist' < sql/demo.sql), it first says whether
-- another archivist version built it.
.read sql/catalog.sql
.mode list
.headers off
SELECT 'warning: this catalog was built by archivist ' || value || ', and this is archivist '
       || archivist_version() || ': its name keys, mentions, years and R*Tree rows are the'
       || ' other version''s, and PRAGMA integrity_check reports the indexes on archivist'
       || ' functions as corrupt. Run sql/upgrade.sql (README: Upgrading a catalog).'
  FROM archivist_meta WHERE key = 'archivist_version' AND value IS NOT archivist_version();
.headers on
.mode box --wrap 60 --wordwrap on
INSERT INTO documents(rank, date_text, date_start, date_end, title, summary, kind, source, url)
  SELECT l.rank, l.date_text, l.date_start, l.date_end, l.title, l.summary, l.kind, f.name, l.url
    FROM (SELECT name, data FROM fsdir('fixtures')
           WHERE name LIKE '%.txt' OR name LIKE '%.html' ORDER BY name) AS f,
         listing(f.data, 'https://digitalarchive.wilsoncenter.org/search') AS l;

.print
.print The catalog: documents imported from fixtures/
SELECT count(*) AS documents, count(DISTINCT source) AS listings,
       (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM people) AS people
  FROM documents;

.print
.print Documents naming Kim Il Sung (in any spelling) between 1956 and 1967 that discuss something
.print (stemmed: discusses, discussed), with the matches highlighted
SELECT d.date_text, highlight(documents_fts, 1, '[', ']') AS summary
  FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
 WHERE documents_fts MATCH 'discuss AND "Ким Ир Сен" AND ' || date_match('1956-1967')
   AND date_overlaps(d.date_text, '1956-1967')
 ORDER BY d.date_start;

.print
.print The same question typed into a search box: search_query() turns the text into a query
.print that always parses (a hyphenated name, a year range, OR, -, a quotation mark left open)
SELECT search_query('Kim Il-sung agriculture 1956-1967') AS query;
SELECT d.date_text, d.title
  FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
 WHERE documents_fts MATCH search_query('Kim Il-sung agriculture 1956-1967')
 ORDER BY d.date_start;
SELECT x AS typed, search_query(x) AS query,
       (SELECT count(*) FROM documents_fts WHERE documents_fts MATCH search_query(x)) AS found
  FROM (SELECT column1 AS x FROM (VALUES ('Joseph Stalin'), ('Chou En-lai 1950s'),
               ('"death of Stalin'), ('Kim Il Sung OR Stalin -Gromyko'),
               ('agricultur* AND (1958 OR'), ('the 1950s')));

.print
.print Links back to the documents (records read from saved pages), 1950-1959
SELECT d.date_text, d.title, d.url FROM documents AS d
 WHERE d.url IS NOT NULL AND d.date_start >= '1950-01-01' AND d.date_end <= '1959-12-31'
 ORDER BY d.date_start LIMIT 8;

.print
.print The same person in other spellings and scripts
SELECT x AS written, name_key(x) AS key, name_canon(x) AS canon
  FROM (SELECT column1 AS x FROM (VALUES ('Kim Il-sŏng'), ('Ким Ир Сен'), ('김일성'), ('Premier Kim Il Sung'),
               ('Kim Jong Il'), ('Chruschtschow'), ('Mao Tse-tung')));

.print
.print People named in the collection
SELECT canon, documents, first, last FROM people ORDER BY documents DESC, canon LIMIT 20;

.print
.print Documents per year
SELECT * FROM timeline;

.print
.print Dates as archives write them
SELECT x AS written, date_start(x) AS start, date_end(x) AS "end", date_edtf(x) AS edtf
  FROM (SELECT column1 AS x FROM (VALUES ('circa 1956'), ('Winter 1956/57'), ('early October 1963'), ('08/10/1963'),
               ('17 марта 1958 г.'), ('1963年10月8日'), ('before 1960')));
