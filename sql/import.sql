-- import.sql: import a listing into the catalog (sql/catalog.sql), one statement per page.
-- Text copies and saved HTML pages alike; run it again and nothing is added twice.
--
--   sqlite3 archive.db -cmd '.load ./dist/archivist' < sql/import.sql

INSERT INTO documents(rank, date_text, date_start, date_end, title, summary, kind, source)
  SELECT rank, date_text, date_start, date_end, title, summary, kind, 'seed-kim-il-sung.txt'
    FROM listing(readfile('fixtures/seed-kim-il-sung.txt'));

INSERT INTO documents(rank, date_text, date_start, date_end, title, summary, kind, source)
  SELECT rank, date_text, date_start, date_end, title, summary, kind, 'layout1-page.html'
    FROM listing(readfile('fixtures/layout1-page.html'));

-- Many files at once, from the shell's fileio extension (fsdir lists a directory):
--   INSERT INTO documents(rank, date_text, date_start, date_end, title, summary, kind, source)
--     SELECT l.rank, l.date_text, l.date_start, l.date_end, l.title, l.summary, l.kind, f.name
--       FROM fsdir('listings') AS f, listing(f.data) AS l
--      WHERE f.name LIKE '%.txt' OR f.name LIKE '%.html';
