-- Date-range search through an index, not a scan: the schema README.md recommends.
.mode list
.nullvalue NULL

CREATE TABLE docs(id INTEGER PRIMARY KEY, date_text TEXT, date_start TEXT, date_end TEXT);
CREATE INDEX docs_date ON docs(date_start, date_end);
-- Day numbers in an R*Tree answer "overlaps" and "within" with both ends bounded. julianday()
-- of a date is a whole day number plus one half: CAST keeps the whole day, on both sides.
CREATE VIRTUAL TABLE docs_when USING rtree_i32(id, first_day, last_day);
CREATE TRIGGER docs_when_ai AFTER INSERT ON docs WHEN new.date_start IS NOT NULL BEGIN
  INSERT INTO docs_when VALUES (new.id, CAST(julianday(new.date_start) AS INTEGER),
                                CAST(julianday(new.date_end) AS INTEGER));
END;

INSERT INTO docs(date_text, date_start, date_end)
  SELECT column1, date_start(column1), date_end(column1) FROM (VALUES
    ('October 8, 1963'), ('October 1963'), ('early October 1963'), ('1963'), ('circa 1956'),
    ('1950s'), ('Winter 1956/57'), ('1968'), ('after 1985'), ('Date unknown'));

-- Documents within October 1963, and overlapping 1956-1967, through the R*Tree.
SELECT group_concat(id) FROM (SELECT id FROM docs_when
 WHERE first_day >= CAST(julianday(date_start('October 1963')) AS INTEGER)
   AND last_day <= CAST(julianday(date_end('October 1963')) AS INTEGER)
 ORDER BY id);
SELECT group_concat(id) FROM (SELECT id FROM docs_when
 WHERE first_day <= CAST(julianday(date_end('1956-1967')) AS INTEGER)
   AND last_day >= CAST(julianday(date_start('1956-1967')) AS INTEGER)
 ORDER BY id);
-- The same answers from the functions, by a full scan.
SELECT group_concat(id) FROM (SELECT id FROM docs WHERE date_within(date_text, 'October 1963') ORDER BY id);
SELECT group_concat(id) FROM (SELECT id FROM docs WHERE date_overlaps(date_text, '1956-1967') ORDER BY id);

EXPLAIN QUERY PLAN SELECT id FROM docs_when
 WHERE first_day <= CAST(julianday('1967-12-31') AS INTEGER)
   AND last_day >= CAST(julianday('1956-01-01') AS INTEGER);
EXPLAIN QUERY PLAN SELECT id FROM docs
 WHERE date_start BETWEEN '1963-10-01' AND '1963-10-31' AND date_end <= '1963-10-31';

-- listing() applies date_start / date_end constraints itself, as it reads.
EXPLAIN QUERY PLAN SELECT pos FROM listing(readfile('fixtures/seed-kim-il-sung.txt'))
 WHERE date_start >= '1956-01-01' AND date_end <= '1967-12-31';
SELECT group_concat(pos) FROM listing(readfile('fixtures/seed-kim-il-sung.txt'))
 WHERE date_start >= '1956-01-01' AND date_end <= '1967-12-31';
SELECT group_concat(pos) FROM listing(readfile('fixtures/seed-kim-il-sung.txt'))
 WHERE date_start BETWEEN '1963-01-01' AND '1963-12-31';
SELECT group_concat(pos) FROM listing(readfile('fixtures/layout5-undated.txt'))
 WHERE date_end > '1966-01-31';
-- A bound that is not text is left to SQLite (TEXT sorts after numbers).
SELECT count(*) FROM listing(readfile('fixtures/seed-kim-il-sung.txt')) WHERE date_start >= 1950;
