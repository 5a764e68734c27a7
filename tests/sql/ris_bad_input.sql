-- ris() and bad input, table-driven as bad_input.sql is: each input of the table `input` is
-- read by ris() in a statement of its own, so that an error stops only that call. A line reads
--   label|rows=N          ris() gave N rows (count(*))
--   label|                the call must fail: the label is printed first (.print) and the
--                         error follows on the next line
-- Expected results written by hand from README's rules for ris(): NULL gives no rows; a number
-- is an error; a BLOB is read as UTF-8; text that is not UTF-8, or holds a NUL byte, is an
-- error naming the byte; text that is not RIS is an error naming the line; a record cut short
-- (no ER line) is an error naming the line of its TY; a field of 10 MB is read whole.
.mode list
.nullvalue NULL

CREATE TABLE input(n INTEGER PRIMARY KEY, label TEXT UNIQUE, v);
INSERT INTO input(label, v) VALUES
  ('NULL', NULL),
  ('0', 0),
  ('1.5', 1.5),
  ('empty', ''),
  ('blank lines', char(13, 10, 10, 32, 9, 10)),
  ('BOM only', CAST(X'EFBBBF' AS TEXT)),
  ('blob record', CAST('TY  - GEN' || char(10) || 'TI  - x' || char(10) || 'ER  - ' AS BLOB)),
  ('blob 00', X'00'),
  ('blob FF', X'FF'),
  ('text C3', CAST(X'C3' AS TEXT)),
  ('UTF-8 cut in a title', CAST(X'545920202D2047454E0A544920202D20C3' AS TEXT)),
  ('1000 NULs', CAST(zeroblob(1000) AS TEXT)),
  ('NUL in a record', CAST(X'545920202D2047454E0A544920202D206100620A455220202D20' AS TEXT)),
  ('a listing page', 'October 8, 1963' || char(10, 10) || 'Cable from Qiang Xiaochu'),
  ('HTML', '<!DOCTYPE html><html><body><p>TY  - GEN</p></body></html>'),
  ('10 MB of text', replace(hex(zeroblob(5000000)), '0', 'a')),
  ('10 MB title', 'TY  - GEN' || char(10) || 'TI  - ' || replace(hex(zeroblob(5000000)), '0', 'a')
                  || char(10) || 'ER  - ' || char(10)),
  ('10 MB abstract of lines', 'TY  - GEN' || char(10) || 'AB  - '
                  || replace(hex(zeroblob(500000)), '00', 'a line of an abstract' || char(10))
                  || 'ER  - ' || char(10)),
  ('100000 keywords', 'TY  - GEN' || char(10)
                  || replace(hex(zeroblob(100000)), '00', 'KW  - Korea' || char(10))
                  || 'ER  - ' || char(10)),
  ('100000 records', replace(hex(zeroblob(100000)), '00',
                  'TY  - GEN' || char(10) || 'ER  - ' || char(10))),
  ('truncated: no ER', 'TY  - GEN' || char(10) || 'TI  - Cable' || char(10)
                  || 'UR  - https://digitalarchive.wilsoncenter.org/docu'),
  ('truncated: second record', 'TY  - GEN' || char(10) || 'TI  - One' || char(10) || 'ER  - '
                  || char(10, 10) || 'TY  - GEN' || char(10) || 'TI  - Two'),
  ('truncated: TY inside a record', 'TY  - GEN' || char(10) || 'TI  - One' || char(10)
                  || 'TY  - GEN' || char(10) || 'TI  - Two' || char(10) || 'ER  - '),
  ('tag without "  - ": TI-', 'TY  - GEN' || char(10) || 'TI- Cable' || char(10) || 'ER  - '),
  ('tag without "  - ": TI   -', 'TY  - GEN' || char(10) || 'TI   - Cable' || char(10) || 'ER  - '),
  ('tag without "  - ": TI:', 'TY  - GEN' || char(10) || 'TI: Cable' || char(10) || 'ER  - '),
  ('tag without "  - ": TI under TY', 'TY  - GEN' || char(10) || 'TI Cable' || char(10) || 'ER  - '),
  ('tag without "  - ": TY', 'TY GEN' || char(10) || 'TI  - Cable' || char(10) || 'ER  - '),
  ('record without TY', 'TI  - Cable' || char(10) || 'ER  - '),
  ('ER alone', char(10) || 'ER  - ');

-- The inputs: type and length in bytes.
SELECT 'input|' || label || '|' || typeof(v) || ' ' || ifnull(length(CAST(v AS BLOB)), 'NULL')
  FROM input ORDER BY n;

SELECT 'NULL|rows=' || (SELECT count(*) FROM ris(input.v)) FROM input WHERE label = 'NULL';
.print "0|"
SELECT 'rows=' || (SELECT count(*) FROM ris(input.v)) FROM input WHERE label = '0';
.print "1.5|"
SELECT 'rows=' || (SELECT count(*) FROM ris(input.v)) FROM input WHERE label = '1.5';
SELECT label || '|rows=' || (SELECT count(*) FROM ris(input.v)) FROM input
 WHERE label IN ('empty', 'blank lines', 'BOM only', 'blob record') ORDER BY n;
.print "blob 00|"
SELECT 'rows=' || (SELECT count(*) FROM ris(input.v)) FROM input WHERE label = 'blob 00';
.print "blob FF|"
SELECT 'rows=' || (SELECT count(*) FROM ris(input.v)) FROM input WHERE label = 'blob FF';
.print "text C3|"
SELECT 'rows=' || (SELECT count(*) FROM ris(input.v)) FROM input WHERE label = 'text C3';
.print "UTF-8 cut in a title|"
SELECT 'rows=' || (SELECT count(*) FROM ris(input.v)) FROM input WHERE label = 'UTF-8 cut in a title';
.print "1000 NULs|"
SELECT 'rows=' || (SELECT count(*) FROM ris(input.v)) FROM input WHERE label = '1000 NULs';
.print "NUL in a record|"
SELECT 'rows=' || (SELECT count(*) FROM ris(input.v)) FROM input WHERE label = 'NUL in a record';
.print "a listing page|"
SELECT 'rows=' || (SELECT count(*) FROM ris(input.v)) FROM input WHERE label = 'a listing page';
.print "HTML|"
SELECT 'rows=' || (SELECT count(*) FROM ris(input.v)) FROM input WHERE label = 'HTML';
.print "10 MB of text|"
SELECT 'rows=' || (SELECT count(*) FROM ris(input.v)) FROM input WHERE label = '10 MB of text';

-- Large inputs that are RIS: read whole.
SELECT '10 MB title|' || (SELECT length(title) FROM ris(input.v)) FROM input
 WHERE label = '10 MB title';
SELECT '10 MB abstract of lines|' || (SELECT length(abstract) || ' '
         || (length(abstract) - length(replace(abstract, char(10), ''))) FROM ris(input.v))
  FROM input WHERE label = '10 MB abstract of lines';
SELECT '100000 keywords|' || (SELECT json_array_length(keywords)
         || ' ' || json_array_length(tags, '$.KW') FROM ris(input.v))
  FROM input WHERE label = '100000 keywords';
SELECT '100000 records|rows=' || (SELECT count(*) FROM ris(input.v)) FROM input
 WHERE label = '100000 records';

-- Records cut short.
.print "truncated: no ER|"
SELECT 'rows=' || (SELECT count(*) FROM ris(input.v)) FROM input WHERE label = 'truncated: no ER';
.print "truncated: second record|"
SELECT 'rows=' || (SELECT count(*) FROM ris(input.v)) FROM input
 WHERE label = 'truncated: second record';
.print "truncated: TY inside a record|"
SELECT 'rows=' || (SELECT count(*) FROM ris(input.v)) FROM input
 WHERE label = 'truncated: TY inside a record';

-- Tags without "  - ".
.print "tag without \"  - \": TI-|"
SELECT 'rows=' || (SELECT count(*) FROM ris(input.v)) FROM input WHERE label = 'tag without "  - ": TI-';
.print "tag without \"  - \": TI   -|"
SELECT 'rows=' || (SELECT count(*) FROM ris(input.v)) FROM input WHERE label = 'tag without "  - ": TI   -';
.print "tag without \"  - \": TI:|"
SELECT 'rows=' || (SELECT count(*) FROM ris(input.v)) FROM input WHERE label = 'tag without "  - ": TI:';
.print "tag without \"  - \": TI under TY|"
SELECT 'rows=' || (SELECT count(*) FROM ris(input.v)) FROM input WHERE label = 'tag without "  - ": TI under TY';
.print "tag without \"  - \": TY|"
SELECT 'rows=' || (SELECT count(*) FROM ris(input.v)) FROM input WHERE label = 'tag without "  - ": TY';
.print "record without TY|"
SELECT 'rows=' || (SELECT count(*) FROM ris(input.v)) FROM input WHERE label = 'record without TY';
.print "ER alone|"
SELECT 'rows=' || (SELECT count(*) FROM ris(input.v)) FROM input WHERE label = 'ER alone';

-- The rows before an error are not imported: the statement fails as a whole.
CREATE TABLE t(title TEXT);
.print "insert from a text cut short|"
INSERT INTO t SELECT title FROM ris((SELECT v FROM input WHERE label = 'truncated: second record'));
SELECT 'rows inserted', count(*) FROM t;

-- Without its argument, with two.
.print "no argument|"
SELECT count(*) FROM ris();
.print "two arguments|"
SELECT count(*) FROM ris('TY  - GEN', 'x');

SELECT 'still running';
