-- listing() inside ordinary SQL: files, joins, views, types, plans.
.mode list
.nullvalue NULL

-- The seed page read from disk: 10 records of 11, ranks 1 to 10.
SELECT count(*), min(rank), max(rank), min(total), max(total), count(DISTINCT pos)
  FROM listing(readfile('fixtures/seed-kim-il-sung.txt'));

-- pos is the rowid.
SELECT count(*) FROM listing(readfile('fixtures/seed-kim-il-sung.txt')) WHERE rowid = pos;

-- Filter on any column.
SELECT pos, date_start FROM listing(readfile('fixtures/seed-kim-il-sung.txt'))
 WHERE kind = 'journal';
SELECT pos FROM listing(readfile('fixtures/seed-kim-il-sung.txt'))
 WHERE date_start BETWEEN '1963-01-01' AND '1963-12-31';

-- Column types, as CREATE TABLE ... AS SELECT keeps them.
SELECT typeof(pos), typeof(rank), typeof(total), typeof(date_text), typeof(date_start),
       typeof(date_end), typeof(title), typeof(summary), typeof(kind)
  FROM listing(readfile('fixtures/seed-kim-il-sung.txt')) WHERE pos = 1;
CREATE TABLE docs AS SELECT * FROM listing(readfile('fixtures/seed-kim-il-sung.txt'));
SELECT name, type FROM pragma_table_info('docs');

-- Many pages stored in a table, read with a join; a NULL page adds nothing.
CREATE TABLE pages(name TEXT, body BLOB);
INSERT INTO pages VALUES ('seed', readfile('fixtures/seed-kim-il-sung.txt')),
                         ('compact', readfile('fixtures/layout2-compact.txt')),
                         ('none', NULL);
SELECT name, count(*), min(rank) FROM pages, listing(pages.body) GROUP BY name ORDER BY name;

-- A saved HTML page and its text copy give the same rows, but for url: a text copy has no
-- links, the page has one for each of its six records.
SELECT count(*) FROM listing(readfile('fixtures/layout1-page.html'));
SELECT count(*) FROM (
  SELECT pos, rank, total, date_text, date_start, date_end, title, summary, kind
    FROM listing(readfile('fixtures/layout2-compact.txt'))
  EXCEPT SELECT pos, rank, total, date_text, date_start, date_end, title, summary, kind
    FROM listing(readfile('fixtures/layout1-page.html')));
SELECT 'urls', count(url), typeof(max(url))
  FROM listing(readfile('fixtures/layout2-compact.txt'));
SELECT 'urls', count(url), typeof(max(url))
  FROM listing(readfile('fixtures/layout1-page.html'));

-- Rows come in pos order, so ORDER BY pos needs no sort.
EXPLAIN QUERY PLAN SELECT title FROM listing('Cable from Hanoi') ORDER BY pos;

-- Constraints on date_start and date_end are pushed down as bits of idxNum (listing_vtab.c):
-- date_start >= is 4 and date_end <= is 512, so the plan is INDEX 516 whatever their order in
-- the WHERE clause; their values reach the cursor in the order of the bits. The seed's dates
-- are, by pos: 1963-10-08 1967-03-16 1963-10-18 1958-03-17 1957-04-09 1973-10-30 1956-10-15
-- 1950-09-29 1986-05-26 1971-06-10.
EXPLAIN QUERY PLAN SELECT pos FROM listing(readfile('fixtures/seed-kim-il-sung.txt'))
 WHERE date_end <= '1963-12-31' AND date_start >= '1963-01-01';
SELECT 'ge le', group_concat(pos) FROM listing(readfile('fixtures/seed-kim-il-sung.txt'))
 WHERE date_end <= '1963-12-31' AND date_start >= '1963-01-01';
-- A second bound with the same column and operator is left to SQLite: INDEX 12 is >= and <.
EXPLAIN QUERY PLAN SELECT pos FROM listing(readfile('fixtures/seed-kim-il-sung.txt'))
 WHERE date_start >= '1950-01-01' AND date_start >= '1963-01-01' AND date_start < '1970';
SELECT 'ge ge lt', group_concat(pos) FROM listing(readfile('fixtures/seed-kim-il-sung.txt'))
 WHERE date_start >= '1950-01-01' AND date_start >= '1963-01-01' AND date_start < '1970';
-- Each operator on each column: = (1, 32), > (2, 64), < (8, 256).
SELECT 'eq', group_concat(pos) FROM listing(readfile('fixtures/seed-kim-il-sung.txt'))
 WHERE date_end = '1958-03-17';
SELECT 'gt', group_concat(pos) FROM listing(readfile('fixtures/seed-kim-il-sung.txt'))
 WHERE date_start > '1986-05-25' OR date_start IS NULL;
SELECT 'gt none', count(*) FROM listing(readfile('fixtures/seed-kim-il-sung.txt'))
 WHERE date_end > '1986-05-26';
SELECT 'lt', group_concat(pos) FROM listing(readfile('fixtures/seed-kim-il-sung.txt'))
 WHERE date_end < '1956-10-16';
SELECT 'start eq end gt', group_concat(pos) FROM listing(readfile('fixtures/seed-kim-il-sung.txt'))
 WHERE date_start = '1963-10-18' AND date_end > '1963-10-17';

-- listing() is innocuous: a view may use it even when the schema is not trusted.
PRAGMA trusted_schema = OFF;
CREATE VIEW one_title AS SELECT title, summary FROM listing('Cable from Hanoi');
SELECT * FROM one_title;
