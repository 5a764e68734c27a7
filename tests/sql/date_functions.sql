-- date_overlaps, date_within, date_parse as JSON, and what the date functions do with input
-- that is not a date.
.mode list
.nullvalue NULL

-- Overlap is "shares a day"; within is "every day inside".
SELECT 'overlaps', date_overlaps('October 8, 1963', '1956-1967'),
       date_overlaps('1950s', '1956-1967'), date_overlaps('1970', 'from 1956 to 1967'),
       date_overlaps('circa 1955', '1956/1967'), date_overlaps('Winter 1956/57', '1956');
SELECT 'within', date_within('October 8, 1963', 'October 1963'),
       date_within('October 1963', 'October 8, 1963'), date_within('1950s', '1956-1967'),
       date_within('Spring 1957', '1957'), date_within('Winter 1956/57', '1957');
SELECT 'open', date_within('1944', 'before 1960'), date_overlaps('after 1985', '1990'),
       date_within('1960', 'before 1960');

-- Either side not a date gives NULL.
SELECT 'null', date_overlaps(NULL, '1956'), date_overlaps('1956', NULL),
       date_overlaps('Date unknown', '1956'), date_within('1956', 'soon');

-- date_parse is JSON: ->> and json_extract read it, json_object embeds it as an object.
SELECT 'json', date_parse('circa 1956') ->> '$.edtf', json_extract(date_parse('1956?'), '$.flags[0]'),
       json_object('d', date_parse('1961')) ->> '$.d.precision', json_valid(date_parse('08/10/1963'));
SELECT date_parse('Winter 1956/57');

-- The years a date touches, and the FTS5 query over a column of them.
SELECT 'years', date_years('Winter 1956/57'), date_years('October 8, 1963'), date_years('before 1960'),
       date_years(NULL), date_match('1956-1958'), date_match('1963', 'yrs'), date_match('tomorrow');

-- Numbers are read as their text; BLOBs as UTF-8.
SELECT 'number', date_start(1963), date_end(1963), date_start(19631008), date_start(1963.5);
SELECT 'blob', date_start(CAST('8 October 1963' AS BLOB)), date_edtf(X'31393536');

-- Not dates: NULL, empty, blanks, words, control characters, a huge string.
SELECT 'not', date_start(NULL), date_start(''), date_start('   '), date_start('tomorrow'),
       date_start('1963' || char(0) || '10'), date_start(char(7) || '1963'),
       date_start(replace(hex(zeroblob(500000)), '0', '1963 '));
-- Surrounding white space is ignored.
SELECT 'space', date_start(char(9) || ' October 8, 1963 ' || char(160, 10));

-- Bytes that are not UTF-8 are an error naming the function.
SELECT date_start(CAST(X'31393633FF' AS TEXT));
SELECT date_overlaps('1956', CAST(X'C3' AS TEXT));

-- Deterministic and innocuous: usable in an index and a view under trusted_schema=OFF.
PRAGMA trusted_schema = OFF;
CREATE TABLE docs(id INTEGER PRIMARY KEY, date_text TEXT);
INSERT INTO docs(date_text) VALUES ('October 8, 1963'), ('circa 1956'), ('1970'), ('n.d.');
CREATE INDEX docs_start ON docs(date_start(date_text));
CREATE VIEW docs_dated AS SELECT id, date_start(date_text) AS s, date_end(date_text) AS e FROM docs;
SELECT * FROM docs_dated ORDER BY id;
SELECT id FROM docs WHERE date_start(date_text) >= '1960-01-01' ORDER BY id;
