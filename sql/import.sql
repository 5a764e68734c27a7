-- import.sql: import a listing into the catalog (sql/catalog.sql), one statement per page.
-- Text copies and saved HTML pages alike; run it again and nothing is added twice.
--
--   sqlite3 archive.db -cmd '.load ./dist/archivist' < sql/import.sql

INSERT INTO documents(rank, date_text, date_start, date_end, title, summary, kind, source, url)
  SELECT rank, date_text, date_start, date_end, title, summary, kind, 'seed-kim-il-sung.txt', url
    FROM listing(readfile('fixtures/seed-kim-il-sung.txt'));

-- A saved page brings each record's link (url), resolved against the address it was saved
-- from (the second argument of listing()) when the page names none. A record already
-- imported from a text copy gets its link.
INSERT INTO documents(rank, date_text, date_start, date_end, title, summary, kind, source, url)
  SELECT rank, date_text, date_start, date_end, title, summary, kind, 'layout1-page.html', url
    FROM listing(readfile('fixtures/layout1-page.html'),
                 'https://digitalarchive.wilsoncenter.org/search?keys=embassy')
   WHERE true
  ON CONFLICT(title_key, date_key) DO UPDATE SET url = excluded.url WHERE url IS NULL;

-- Many files at once, from the shell's fileio extension (fsdir lists a directory):
--   INSERT INTO documents(rank, date_text, date_start, date_end, title, summary, kind, source, url)
--     SELECT l.rank, l.date_text, l.date_start, l.date_end, l.title, l.summary, l.kind, f.name,
--            l.url
--       FROM fsdir('listings') AS f, listing(f.data) AS l
--      WHERE f.name LIKE '%.txt' OR f.name LIKE '%.html';

-- RIS files (Zotero's exports, the archive's /document/<id>.ris) go through the view
-- ris_import of sql/catalog.sql, which merges each record with the document already imported
-- from a listing (the same url, or the same title and date) and fills in what it lacks:
--   INSERT INTO ris_import SELECT *, 'zotero.ris' FROM ris(readfile('zotero.ris'));
-- and many at once:
--   INSERT INTO ris_import SELECT r.*, f.name FROM fsdir('ris') AS f, ris(f.data) AS r
--    WHERE f.name LIKE '%.ris';
