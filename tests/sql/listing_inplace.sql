-- listing() reads its input where SQLite holds it, without a copy (listing_vtab.c): the rows
-- must stay right wherever the input comes from, and whatever runs while they are read.
-- This file first makes its database UTF-16, so that TEXT input is converted to be read.
PRAGMA encoding = 'UTF-16le';
.mode list
.nullvalue NULL
PRAGMA encoding;

CREATE TABLE pages(name TEXT, body TEXT);
INSERT INTO pages VALUES
  ('a', 'October 8, 1963' || char(10, 10) || 'Cable from Hanoi' || char(10, 10)
        || 'The embassy reports on rice deliveries.'),
  ('b', 'Telegram to Moscow' || char(10, 10) || 'Note on the Trade Talks'),
  ('c', 'May 1, 1972' || char(10, 10) || 'Report on the Parade' || char(10, 10)
        || 'The attaché describes the May Day parade in Hanoi.');

-- An input computed afresh for each page (the || makes a new value each time), its rows
-- sorted after all of them are read, with other text built while they are.
SELECT p.name, l.pos, l.date_start, l.title, upper(p.name) || ':' || l.summary
  FROM pages AS p, listing(p.body || '') AS l
 ORDER BY p.name DESC, l.pos;

-- A BLOB of UTF-8 from a table, in a UTF-16 database: read as it is ("Cable from Hanoi",
-- "Note on Rice"). CAST(body AS BLOB) would give the UTF-16 bytes, which hold NUL bytes.
CREATE TABLE blobs(name TEXT, body BLOB);
INSERT INTO blobs VALUES ('x', X'4361626C652066726F6D2048616E6F690A0A4E6F7465206F6E2052696365'),
                         ('y', NULL);
SELECT 'blob', b.name, l.pos, l.title FROM blobs AS b, listing(b.body) AS l;

-- One scan per value of an IN list.
SELECT 'in', pos, title FROM listing
 WHERE input IN ('Cable from Hanoi', 'Telegram to Moscow' || char(10, 10) || 'Report on Rice')
 ORDER BY title;

-- A bound parameter.
.parameter set :page "'Cable from Hanoi' || char(10, 10) || 'Telegram to Moscow'"
SELECT 'param', pos, title FROM listing(:page);
