-- make demo: archivist at work on the listings in fixtures/.
-- Run from the top of the repository with the extension loaded:
--   sqlite3 :memory: -cmd '.load ./dist/archivist' < sql/demo.sql
.headers on
.mode box --wrap 60 --wordwrap on

.print
.print 'archivist' version
SELECT archivist_version() AS version;

.print
.print The seed page (fixtures/seed-kim-il-sung.txt), one row per record
SELECT pos, rank, total, date_start, date_end, kind, title
  FROM listing(readfile('fixtures/seed-kim-il-sung.txt'));

.print
.print Every fixture at once: records per page layout, and how many have a date and a summary
CREATE TEMP TABLE pages(file TEXT, body BLOB);
INSERT INTO pages VALUES
  ('seed-kim-il-sung.txt',       readfile('fixtures/seed-kim-il-sung.txt')),
  ('layout2-compact.txt',        readfile('fixtures/layout2-compact.txt')),
  ('layout1-page.html',          readfile('fixtures/layout1-page.html')),
  ('layout3-bullets.txt',        readfile('fixtures/layout3-bullets.txt')),
  ('layout4-search-results.txt', readfile('fixtures/layout4-search-results.txt')),
  ('layout5-undated.txt',        readfile('fixtures/layout5-undated.txt')),
  ('layout6-topic.txt',          readfile('fixtures/layout6-topic.txt')),
  ('layout7-pages.txt',          readfile('fixtures/layout7-pages.txt')),
  ('layout9-characters.txt',     readfile('fixtures/layout9-characters.txt'));
SELECT file, count(*) AS records, count(date_start) AS dated, count(summary) AS with_summary
  FROM pages, listing(pages.body)
 GROUP BY file ORDER BY file;

.print
.print Telegrams and cables dated between 1953 and 1963, from every page
SELECT DISTINCT date_text, kind, title
  FROM pages, listing(pages.body)
 WHERE kind IN ('telegram', 'cable')
   AND date_start >= '1953-01-01' AND date_end <= '1963-12-31'
 ORDER BY date_start;
