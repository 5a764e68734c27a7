-- The keyword and whole-year queries of sql/examples.sql (4: the count; 5: the first N by
-- date) against the plain reading of the days, on documents whose years and bounds agree and
-- on every kind that does not (documents_unyeared): a date of 100 years and more, bounds typed
-- by hand that are not the date line's, bounds that are not YYYY-MM-DD, bounds left out.
.mode list
.nullvalue NULL
.read sql/catalog.sql

INSERT INTO documents(id, date_text, date_start, date_end, title) VALUES
  (1, 'March 1957', date_start('March 1957'), date_end('March 1957'),
   'Report on Agricultural Cooperatives in South Hamgyong Province'),
  (2, '1955', date_start('1955'), date_end('1955'), 'Memorandum on the Agriculture Plan'),
  (3, '1950-1956', date_start('1950-1956'), date_end('1950-1956'),
   'Letters on Agriculture and Fisheries'),
  (4, 'before 1960', date_start('before 1960'), date_end('before 1960'),
   'Notes on Agriculture in the Northern Provinces'),
  (5, 'after 1985', date_start('after 1985'), date_end('after 1985'),
   'Survey of Agriculture, Later Years'),
  (6, '1960', '1950-01-01', '1955-12-31', 'Agriculture Ministry Reports'),
  (7, '1950', '1957-01-01', '1957-12-31', 'Agriculture Ministry Minutes'),
  (8, 'Date unknown', NULL, NULL, 'Undated Note on Agriculture'),
  (9, '1958', NULL, NULL, 'Agriculture Delegation to Moscow'),
  (10, '1968', '1967-12-31', '1968-01-05', 'Telegram on the Agricultural Delegation'),
  (11, '1956-1967', date_start('1956-1967'), date_end('1956-1967'),
   'Reports on the Fishing Fleet'),
  (12, 'October 8, 1963', date_start('October 8, 1963'), date_end('October 8, 1963'),
   'Conversation with Kim Il Sung on Agriculture'),
  (13, '1962', '1962', '1962', 'Agriculture Statistics for 1962'),
  (14, 'Winter 1955/56', date_start('Winter 1955/56'), date_end('Winter 1955/56'),
   'Winter Sowing and Agriculture'),
  (15, '1967', date_start('1967'), date_end('1967'), 'Agriculture Five-Year Plan'),
  (16, '1968', date_start('1968'), date_end('1968'), 'Agriculture after the Plan'),
  (17, 'Spring 1956', date_start('Spring 1956'), date_end('Spring 1956'),
   'Spring Agricultural Campaign');

-- Whose years do not tell their days: 4 and 5 have no years (100 years and more), 6 and 7
-- bounds not of their date line, 9 years and no bounds, 10 bounds in other years, 13 bounds
-- that are not YYYY-MM-DD. 8 has neither years nor bounds: no query finds it either way.
SELECT 'unyeared', group_concat(id, ' ') FROM (SELECT id FROM documents_unyeared ORDER BY id);

-- The days, read plainly: everything with the keyword but 2 (1955), 5 (from 1986), 6 (to
-- 1955), 8 and 9 (no bounds), 11 (no keyword) and 16 (1968); by date, 4 (0001-01-01),
-- 3 (1950), 14 (December 1955), 17 (March 1956), 7 (January 1957), 1 (March 1957), 13 ('1962'
-- sorts before '1963-10-08'), 12, 15 (January 1967), 10 (December 31, 1967).
SELECT 'days', count(*), group_concat(id, ' ') FROM (
  SELECT d.id FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
   WHERE documents_fts MATCH 'agriculture'
     AND d.date_start <= '1967-12-31' AND d.date_end >= '1956-01-01'
   ORDER BY d.date_start, d.id);

-- The years alone would find 1, 3, 6, 9, 12, 13, 14, 15, 17 (9 documents): not 4, 7 and 10,
-- whose days overlap, and 6 and 9 besides, whose days do not.
SELECT 'years alone', count(*), group_concat(rowid, ' ') FROM (
  SELECT rowid FROM documents_fts
   WHERE documents_fts MATCH 'agriculture AND ' || date_match('1956-1967') ORDER BY rowid);

-- Example 4 as sql/examples.sql writes it: 9, plus 4, 7 and 10, less 6 and 9 (13 counts on
-- both sides; 5 on neither).
.read '|sh tests/examples_sql.sh 4 --view count_4'
SELECT 'count', documents FROM count_4;

-- Example 5 as sql/examples.sql writes it, asked for the first N by date for N = 3, 5, 50: the
-- order of the days above. want.arm stands for the example's 500 (past it, the documents of
-- the years reached are read in date order).
CREATE TEMP TABLE want(n INTEGER, arm INTEGER);
.read '|sh tests/examples_sql.sh 5 --view first_n "s/(VALUES (.agriculture., 1956, 1967, 50))/(SELECT \x27agriculture\x27, 1956, 1967, n FROM want)/" "s/ > 500 / > (SELECT arm FROM want) /"'
INSERT INTO want VALUES (3, 500);
SELECT 'first 3', group_concat(id, ' ') FROM first_n;
UPDATE want SET n = 5;
SELECT 'first 5', group_concat(id, ' ') FROM first_n;
UPDATE want SET n = 50;
SELECT 'first 50', group_concat(id, ' ') FROM first_n;
-- The same with the documents of the years reached read in date order from documents_date
-- (the example does so past 500 of them): the same rows.
UPDATE want SET arm = 0, n = 3;
SELECT 'first 3, in date order', group_concat(id, ' ') FROM first_n;
UPDATE want SET n = 5;
SELECT 'first 5, in date order', group_concat(id, ' ') FROM first_n;
UPDATE want SET n = 50;
SELECT 'first 50, in date order', group_concat(id, ' ') FROM first_n;
UPDATE want SET arm = 500;

-- With no document of documents_unyeared, the years decide alone, and the first 3 are found
-- in the first year: 3 (1950-1956) and 14 (Winter 1955/56) begun before 1956, 17 (Spring 1956).
DELETE FROM documents WHERE id IN (4, 5, 6, 7, 9, 10, 13);
SELECT 'unyeared, after', count(*) FROM documents_unyeared;
UPDATE want SET n = 3;
SELECT 'first 3, after', group_concat(id, ' ') FROM first_n;
SELECT 'count, after', (SELECT count(*) FROM documents_fts
         WHERE documents_fts MATCH 'agriculture AND ' || date_match('1956-1967'));

-- A document whose bounds are changed by hand joins documents_unyeared, and leaves it when its
-- date line is changed to match.
UPDATE documents SET date_start = '1957-01-01', date_end = '1957-12-31' WHERE id = 15;
SELECT 'bounds changed', group_concat(id, ' ') FROM documents_unyeared;
UPDATE documents SET date_text = '1957' WHERE id = 15;
SELECT 'date line changed', count(*) FROM documents_unyeared;
