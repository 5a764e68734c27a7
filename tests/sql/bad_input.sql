-- Bad input, table-driven: every function of archivist is called with each input of the
-- table `input` below, and with one argument fewer and one more than it takes. Each call is a
-- statement of its own, so that an error stops only that call. A line reads
--   function|input|outcome
-- where outcome is NULL; rows=N for a table-valued function (its count(*)); TYPE BYTES 'VALUE'
-- for a value (the value only when it is short and holds no NUL byte); or, for a call that must
-- fail, nothing: its label is printed first (.print) and the error follows on the next line.
-- Two-argument functions take the input in each position in turn.
--
-- The expected results are written by hand from README's bad-input rules: NULL gives NULL (no
-- rows); a number is read as its text ("0", "-1", "1.5" are no dates and no names), except by
-- listing(), for which it is an error; a BLOB is read as UTF-8; text that is not UTF-8 is an
-- error naming the function; anything else that is not a date (a name), however long, gives
-- NULL (no rows). README is silent on names(), the name_* functions, archivist_fold() and
-- stem(), and on what a lone line of text is to listing(); there the expected result is the
-- extension's own where it is reasonable (a lone line is one undated record, its title; dates()
-- and names() say "text is not valid UTF-8"), and otherwise the rule above: stem(), like every
-- other function, must reject text that is not UTF-8.
.mode list
.nullvalue NULL

CREATE TABLE input(n INTEGER PRIMARY KEY, label TEXT UNIQUE, v);
INSERT INTO input(label, v) VALUES
  ('NULL', NULL),
  ('0', 0),
  ('-1', -1),
  ('1.5', 1.5),
  ('empty', ''),
  ('space', ' '),
  ('blob 00', X'00'),
  ('blob FF', X'FF'),
  ('text C3', CAST(X'C3' AS TEXT)),
  ('text FFFE', CAST(X'FFFE' AS TEXT)),
  ('1000 NULs', CAST(zeroblob(1000) AS TEXT)),
  ('10 MB', replace(hex(zeroblob(5000000)), '0', 'a')),
  ('1 MB line', replace(hex(zeroblob(262144)), '00', 'the ')),
  ('nested HTML', '<html><body>' || replace(hex(zeroblob(100000)), '00', '<div>') || 'x'),
  ('100000 dates', 'October 8, 1963' || char(10, 10) || 'Cable on '
     || replace(hex(zeroblob(100000)), '00', '8 October 1963, ') || char(10)),
  ('100000 initials', replace(hex(zeroblob(100000)), '00', 'A. '));

-- A scalar call stores its result here and returns the line that shows it (RETURNING).
CREATE TABLE result(fn TEXT, label TEXT, r, line TEXT AS (fn || '|' || label || '|' ||
  CASE WHEN r IS NULL THEN 'NULL' ELSE typeof(r) || ' ' || length(CAST(r AS BLOB))
    || iif(length(CAST(r AS BLOB)) <= 40 AND instr(CAST(r AS BLOB), X'00') = 0, ' ' || quote(r), '')
  END));

-- The inputs: type and length in bytes.
SELECT 'input|' || label || '|' || typeof(v) || ' ' || ifnull(length(CAST(v AS BLOB)), 'NULL')
  FROM input ORDER BY n;

-- listing
SELECT 'listing|' || label || '|rows=' || (SELECT count(*) FROM listing(input.v)) FROM input WHERE label = 'NULL';
.print "listing|0|"
SELECT 'listing|' || label || '|rows=' || (SELECT count(*) FROM listing(input.v)) FROM input WHERE label = '0';
.print "listing|-1|"
SELECT 'listing|' || label || '|rows=' || (SELECT count(*) FROM listing(input.v)) FROM input WHERE label = '-1';
.print "listing|1.5|"
SELECT 'listing|' || label || '|rows=' || (SELECT count(*) FROM listing(input.v)) FROM input WHERE label = '1.5';
SELECT 'listing|' || label || '|rows=' || (SELECT count(*) FROM listing(input.v)) FROM input WHERE label = 'empty';
SELECT 'listing|' || label || '|rows=' || (SELECT count(*) FROM listing(input.v)) FROM input WHERE label = 'space';
.print "listing|blob 00|"
SELECT 'listing|' || label || '|rows=' || (SELECT count(*) FROM listing(input.v)) FROM input WHERE label = 'blob 00';
.print "listing|blob FF|"
SELECT 'listing|' || label || '|rows=' || (SELECT count(*) FROM listing(input.v)) FROM input WHERE label = 'blob FF';
.print "listing|text C3|"
SELECT 'listing|' || label || '|rows=' || (SELECT count(*) FROM listing(input.v)) FROM input WHERE label = 'text C3';
.print "listing|text FFFE|"
SELECT 'listing|' || label || '|rows=' || (SELECT count(*) FROM listing(input.v)) FROM input WHERE label = 'text FFFE';
.print "listing|1000 NULs|"
SELECT 'listing|' || label || '|rows=' || (SELECT count(*) FROM listing(input.v)) FROM input WHERE label = '1000 NULs';
SELECT 'listing|' || label || '|rows=' || (SELECT count(*) FROM listing(input.v)) FROM input WHERE label = '10 MB';
SELECT 'listing|' || label || '|rows=' || (SELECT count(*) FROM listing(input.v)) FROM input WHERE label = '1 MB line';
SELECT 'listing|' || label || '|rows=' || (SELECT count(*) FROM listing(input.v)) FROM input WHERE label = 'nested HTML';
SELECT 'listing|' || label || '|rows=' || (SELECT count(*) FROM listing(input.v)) FROM input WHERE label = '100000 dates';
SELECT 'listing|' || label || '|rows=' || (SELECT count(*) FROM listing(input.v)) FROM input WHERE label = '100000 initials';

-- dates
SELECT 'dates|' || label || '|rows=' || (SELECT count(*) FROM dates(input.v)) FROM input WHERE label = 'NULL';
SELECT 'dates|' || label || '|rows=' || (SELECT count(*) FROM dates(input.v)) FROM input WHERE label = '0';
SELECT 'dates|' || label || '|rows=' || (SELECT count(*) FROM dates(input.v)) FROM input WHERE label = '-1';
SELECT 'dates|' || label || '|rows=' || (SELECT count(*) FROM dates(input.v)) FROM input WHERE label = '1.5';
SELECT 'dates|' || label || '|rows=' || (SELECT count(*) FROM dates(input.v)) FROM input WHERE label = 'empty';
SELECT 'dates|' || label || '|rows=' || (SELECT count(*) FROM dates(input.v)) FROM input WHERE label = 'space';
SELECT 'dates|' || label || '|rows=' || (SELECT count(*) FROM dates(input.v)) FROM input WHERE label = 'blob 00';
.print "dates|blob FF|"
SELECT 'dates|' || label || '|rows=' || (SELECT count(*) FROM dates(input.v)) FROM input WHERE label = 'blob FF';
.print "dates|text C3|"
SELECT 'dates|' || label || '|rows=' || (SELECT count(*) FROM dates(input.v)) FROM input WHERE label = 'text C3';
.print "dates|text FFFE|"
SELECT 'dates|' || label || '|rows=' || (SELECT count(*) FROM dates(input.v)) FROM input WHERE label = 'text FFFE';
SELECT 'dates|' || label || '|rows=' || (SELECT count(*) FROM dates(input.v)) FROM input WHERE label = '1000 NULs';
SELECT 'dates|' || label || '|rows=' || (SELECT count(*) FROM dates(input.v)) FROM input WHERE label = '10 MB';
SELECT 'dates|' || label || '|rows=' || (SELECT count(*) FROM dates(input.v)) FROM input WHERE label = '1 MB line';
SELECT 'dates|' || label || '|rows=' || (SELECT count(*) FROM dates(input.v)) FROM input WHERE label = 'nested HTML';
SELECT 'dates|' || label || '|rows=' || (SELECT count(*) FROM dates(input.v)) FROM input WHERE label = '100000 dates';
SELECT 'dates|' || label || '|rows=' || (SELECT count(*) FROM dates(input.v)) FROM input WHERE label = '100000 initials';

-- names
SELECT 'names|' || label || '|rows=' || (SELECT count(*) FROM names(input.v)) FROM input WHERE label = 'NULL';
SELECT 'names|' || label || '|rows=' || (SELECT count(*) FROM names(input.v)) FROM input WHERE label = '0';
SELECT 'names|' || label || '|rows=' || (SELECT count(*) FROM names(input.v)) FROM input WHERE label = '-1';
SELECT 'names|' || label || '|rows=' || (SELECT count(*) FROM names(input.v)) FROM input WHERE label = '1.5';
SELECT 'names|' || label || '|rows=' || (SELECT count(*) FROM names(input.v)) FROM input WHERE label = 'empty';
SELECT 'names|' || label || '|rows=' || (SELECT count(*) FROM names(input.v)) FROM input WHERE label = 'space';
SELECT 'names|' || label || '|rows=' || (SELECT count(*) FROM names(input.v)) FROM input WHERE label = 'blob 00';
.print "names|blob FF|"
SELECT 'names|' || label || '|rows=' || (SELECT count(*) FROM names(input.v)) FROM input WHERE label = 'blob FF';
.print "names|text C3|"
SELECT 'names|' || label || '|rows=' || (SELECT count(*) FROM names(input.v)) FROM input WHERE label = 'text C3';
.print "names|text FFFE|"
SELECT 'names|' || label || '|rows=' || (SELECT count(*) FROM names(input.v)) FROM input WHERE label = 'text FFFE';
SELECT 'names|' || label || '|rows=' || (SELECT count(*) FROM names(input.v)) FROM input WHERE label = '1000 NULs';
SELECT 'names|' || label || '|rows=' || (SELECT count(*) FROM names(input.v)) FROM input WHERE label = '10 MB';
SELECT 'names|' || label || '|rows=' || (SELECT count(*) FROM names(input.v)) FROM input WHERE label = '1 MB line';
SELECT 'names|' || label || '|rows=' || (SELECT count(*) FROM names(input.v)) FROM input WHERE label = 'nested HTML';
SELECT 'names|' || label || '|rows=' || (SELECT count(*) FROM names(input.v)) FROM input WHERE label = '100000 dates';
SELECT 'names|' || label || '|rows=' || (SELECT count(*) FROM names(input.v)) FROM input WHERE label = '100000 initials';

-- date_start
DELETE FROM result;
INSERT INTO result(fn, label, r) SELECT 'date_start', label, date_start(v) FROM input WHERE label = 'NULL'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_start', label, date_start(v) FROM input WHERE label = '0'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_start', label, date_start(v) FROM input WHERE label = '-1'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_start', label, date_start(v) FROM input WHERE label = '1.5'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_start', label, date_start(v) FROM input WHERE label = 'empty'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_start', label, date_start(v) FROM input WHERE label = 'space'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_start', label, date_start(v) FROM input WHERE label = 'blob 00'
  RETURNING line;
.print "date_start|blob FF|"
INSERT INTO result(fn, label, r) SELECT 'date_start', label, date_start(v) FROM input WHERE label = 'blob FF'
  RETURNING line;
.print "date_start|text C3|"
INSERT INTO result(fn, label, r) SELECT 'date_start', label, date_start(v) FROM input WHERE label = 'text C3'
  RETURNING line;
.print "date_start|text FFFE|"
INSERT INTO result(fn, label, r) SELECT 'date_start', label, date_start(v) FROM input WHERE label = 'text FFFE'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_start', label, date_start(v) FROM input WHERE label = '1000 NULs'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_start', label, date_start(v) FROM input WHERE label = '10 MB'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_start', label, date_start(v) FROM input WHERE label = '1 MB line'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_start', label, date_start(v) FROM input WHERE label = 'nested HTML'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_start', label, date_start(v) FROM input WHERE label = '100000 dates'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_start', label, date_start(v) FROM input WHERE label = '100000 initials'
  RETURNING line;

-- date_end
DELETE FROM result;
INSERT INTO result(fn, label, r) SELECT 'date_end', label, date_end(v) FROM input WHERE label = 'NULL'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_end', label, date_end(v) FROM input WHERE label = '0'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_end', label, date_end(v) FROM input WHERE label = '-1'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_end', label, date_end(v) FROM input WHERE label = '1.5'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_end', label, date_end(v) FROM input WHERE label = 'empty'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_end', label, date_end(v) FROM input WHERE label = 'space'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_end', label, date_end(v) FROM input WHERE label = 'blob 00'
  RETURNING line;
.print "date_end|blob FF|"
INSERT INTO result(fn, label, r) SELECT 'date_end', label, date_end(v) FROM input WHERE label = 'blob FF'
  RETURNING line;
.print "date_end|text C3|"
INSERT INTO result(fn, label, r) SELECT 'date_end', label, date_end(v) FROM input WHERE label = 'text C3'
  RETURNING line;
.print "date_end|text FFFE|"
INSERT INTO result(fn, label, r) SELECT 'date_end', label, date_end(v) FROM input WHERE label = 'text FFFE'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_end', label, date_end(v) FROM input WHERE label = '1000 NULs'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_end', label, date_end(v) FROM input WHERE label = '10 MB'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_end', label, date_end(v) FROM input WHERE label = '1 MB line'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_end', label, date_end(v) FROM input WHERE label = 'nested HTML'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_end', label, date_end(v) FROM input WHERE label = '100000 dates'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_end', label, date_end(v) FROM input WHERE label = '100000 initials'
  RETURNING line;

-- date_edtf
DELETE FROM result;
INSERT INTO result(fn, label, r) SELECT 'date_edtf', label, date_edtf(v) FROM input WHERE label = 'NULL'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_edtf', label, date_edtf(v) FROM input WHERE label = '0'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_edtf', label, date_edtf(v) FROM input WHERE label = '-1'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_edtf', label, date_edtf(v) FROM input WHERE label = '1.5'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_edtf', label, date_edtf(v) FROM input WHERE label = 'empty'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_edtf', label, date_edtf(v) FROM input WHERE label = 'space'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_edtf', label, date_edtf(v) FROM input WHERE label = 'blob 00'
  RETURNING line;
.print "date_edtf|blob FF|"
INSERT INTO result(fn, label, r) SELECT 'date_edtf', label, date_edtf(v) FROM input WHERE label = 'blob FF'
  RETURNING line;
.print "date_edtf|text C3|"
INSERT INTO result(fn, label, r) SELECT 'date_edtf', label, date_edtf(v) FROM input WHERE label = 'text C3'
  RETURNING line;
.print "date_edtf|text FFFE|"
INSERT INTO result(fn, label, r) SELECT 'date_edtf', label, date_edtf(v) FROM input WHERE label = 'text FFFE'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_edtf', label, date_edtf(v) FROM input WHERE label = '1000 NULs'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_edtf', label, date_edtf(v) FROM input WHERE label = '10 MB'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_edtf', label, date_edtf(v) FROM input WHERE label = '1 MB line'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_edtf', label, date_edtf(v) FROM input WHERE label = 'nested HTML'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_edtf', label, date_edtf(v) FROM input WHERE label = '100000 dates'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_edtf', label, date_edtf(v) FROM input WHERE label = '100000 initials'
  RETURNING line;

-- date_parse
DELETE FROM result;
INSERT INTO result(fn, label, r) SELECT 'date_parse', label, date_parse(v) FROM input WHERE label = 'NULL'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_parse', label, date_parse(v) FROM input WHERE label = '0'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_parse', label, date_parse(v) FROM input WHERE label = '-1'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_parse', label, date_parse(v) FROM input WHERE label = '1.5'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_parse', label, date_parse(v) FROM input WHERE label = 'empty'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_parse', label, date_parse(v) FROM input WHERE label = 'space'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_parse', label, date_parse(v) FROM input WHERE label = 'blob 00'
  RETURNING line;
.print "date_parse|blob FF|"
INSERT INTO result(fn, label, r) SELECT 'date_parse', label, date_parse(v) FROM input WHERE label = 'blob FF'
  RETURNING line;
.print "date_parse|text C3|"
INSERT INTO result(fn, label, r) SELECT 'date_parse', label, date_parse(v) FROM input WHERE label = 'text C3'
  RETURNING line;
.print "date_parse|text FFFE|"
INSERT INTO result(fn, label, r) SELECT 'date_parse', label, date_parse(v) FROM input WHERE label = 'text FFFE'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_parse', label, date_parse(v) FROM input WHERE label = '1000 NULs'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_parse', label, date_parse(v) FROM input WHERE label = '10 MB'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_parse', label, date_parse(v) FROM input WHERE label = '1 MB line'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_parse', label, date_parse(v) FROM input WHERE label = 'nested HTML'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_parse', label, date_parse(v) FROM input WHERE label = '100000 dates'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_parse', label, date_parse(v) FROM input WHERE label = '100000 initials'
  RETURNING line;

-- date_overlaps(x,'1963')
DELETE FROM result;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(x,''1963'')', label, date_overlaps(v, '1963') FROM input WHERE label = 'NULL'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(x,''1963'')', label, date_overlaps(v, '1963') FROM input WHERE label = '0'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(x,''1963'')', label, date_overlaps(v, '1963') FROM input WHERE label = '-1'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(x,''1963'')', label, date_overlaps(v, '1963') FROM input WHERE label = '1.5'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(x,''1963'')', label, date_overlaps(v, '1963') FROM input WHERE label = 'empty'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(x,''1963'')', label, date_overlaps(v, '1963') FROM input WHERE label = 'space'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(x,''1963'')', label, date_overlaps(v, '1963') FROM input WHERE label = 'blob 00'
  RETURNING line;
.print "date_overlaps(x,'1963')|blob FF|"
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(x,''1963'')', label, date_overlaps(v, '1963') FROM input WHERE label = 'blob FF'
  RETURNING line;
.print "date_overlaps(x,'1963')|text C3|"
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(x,''1963'')', label, date_overlaps(v, '1963') FROM input WHERE label = 'text C3'
  RETURNING line;
.print "date_overlaps(x,'1963')|text FFFE|"
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(x,''1963'')', label, date_overlaps(v, '1963') FROM input WHERE label = 'text FFFE'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(x,''1963'')', label, date_overlaps(v, '1963') FROM input WHERE label = '1000 NULs'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(x,''1963'')', label, date_overlaps(v, '1963') FROM input WHERE label = '10 MB'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(x,''1963'')', label, date_overlaps(v, '1963') FROM input WHERE label = '1 MB line'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(x,''1963'')', label, date_overlaps(v, '1963') FROM input WHERE label = 'nested HTML'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(x,''1963'')', label, date_overlaps(v, '1963') FROM input WHERE label = '100000 dates'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(x,''1963'')', label, date_overlaps(v, '1963') FROM input WHERE label = '100000 initials'
  RETURNING line;

-- date_overlaps('1963',x)
DELETE FROM result;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(''1963'',x)', label, date_overlaps('1963', v) FROM input WHERE label = 'NULL'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(''1963'',x)', label, date_overlaps('1963', v) FROM input WHERE label = '0'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(''1963'',x)', label, date_overlaps('1963', v) FROM input WHERE label = '-1'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(''1963'',x)', label, date_overlaps('1963', v) FROM input WHERE label = '1.5'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(''1963'',x)', label, date_overlaps('1963', v) FROM input WHERE label = 'empty'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(''1963'',x)', label, date_overlaps('1963', v) FROM input WHERE label = 'space'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(''1963'',x)', label, date_overlaps('1963', v) FROM input WHERE label = 'blob 00'
  RETURNING line;
.print "date_overlaps('1963',x)|blob FF|"
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(''1963'',x)', label, date_overlaps('1963', v) FROM input WHERE label = 'blob FF'
  RETURNING line;
.print "date_overlaps('1963',x)|text C3|"
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(''1963'',x)', label, date_overlaps('1963', v) FROM input WHERE label = 'text C3'
  RETURNING line;
.print "date_overlaps('1963',x)|text FFFE|"
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(''1963'',x)', label, date_overlaps('1963', v) FROM input WHERE label = 'text FFFE'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(''1963'',x)', label, date_overlaps('1963', v) FROM input WHERE label = '1000 NULs'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(''1963'',x)', label, date_overlaps('1963', v) FROM input WHERE label = '10 MB'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(''1963'',x)', label, date_overlaps('1963', v) FROM input WHERE label = '1 MB line'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(''1963'',x)', label, date_overlaps('1963', v) FROM input WHERE label = 'nested HTML'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(''1963'',x)', label, date_overlaps('1963', v) FROM input WHERE label = '100000 dates'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_overlaps(''1963'',x)', label, date_overlaps('1963', v) FROM input WHERE label = '100000 initials'
  RETURNING line;

-- date_within(x,'1963')
DELETE FROM result;
INSERT INTO result(fn, label, r) SELECT 'date_within(x,''1963'')', label, date_within(v, '1963') FROM input WHERE label = 'NULL'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(x,''1963'')', label, date_within(v, '1963') FROM input WHERE label = '0'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(x,''1963'')', label, date_within(v, '1963') FROM input WHERE label = '-1'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(x,''1963'')', label, date_within(v, '1963') FROM input WHERE label = '1.5'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(x,''1963'')', label, date_within(v, '1963') FROM input WHERE label = 'empty'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(x,''1963'')', label, date_within(v, '1963') FROM input WHERE label = 'space'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(x,''1963'')', label, date_within(v, '1963') FROM input WHERE label = 'blob 00'
  RETURNING line;
.print "date_within(x,'1963')|blob FF|"
INSERT INTO result(fn, label, r) SELECT 'date_within(x,''1963'')', label, date_within(v, '1963') FROM input WHERE label = 'blob FF'
  RETURNING line;
.print "date_within(x,'1963')|text C3|"
INSERT INTO result(fn, label, r) SELECT 'date_within(x,''1963'')', label, date_within(v, '1963') FROM input WHERE label = 'text C3'
  RETURNING line;
.print "date_within(x,'1963')|text FFFE|"
INSERT INTO result(fn, label, r) SELECT 'date_within(x,''1963'')', label, date_within(v, '1963') FROM input WHERE label = 'text FFFE'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(x,''1963'')', label, date_within(v, '1963') FROM input WHERE label = '1000 NULs'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(x,''1963'')', label, date_within(v, '1963') FROM input WHERE label = '10 MB'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(x,''1963'')', label, date_within(v, '1963') FROM input WHERE label = '1 MB line'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(x,''1963'')', label, date_within(v, '1963') FROM input WHERE label = 'nested HTML'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(x,''1963'')', label, date_within(v, '1963') FROM input WHERE label = '100000 dates'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(x,''1963'')', label, date_within(v, '1963') FROM input WHERE label = '100000 initials'
  RETURNING line;

-- date_within('1963',x)
DELETE FROM result;
INSERT INTO result(fn, label, r) SELECT 'date_within(''1963'',x)', label, date_within('1963', v) FROM input WHERE label = 'NULL'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(''1963'',x)', label, date_within('1963', v) FROM input WHERE label = '0'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(''1963'',x)', label, date_within('1963', v) FROM input WHERE label = '-1'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(''1963'',x)', label, date_within('1963', v) FROM input WHERE label = '1.5'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(''1963'',x)', label, date_within('1963', v) FROM input WHERE label = 'empty'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(''1963'',x)', label, date_within('1963', v) FROM input WHERE label = 'space'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(''1963'',x)', label, date_within('1963', v) FROM input WHERE label = 'blob 00'
  RETURNING line;
.print "date_within('1963',x)|blob FF|"
INSERT INTO result(fn, label, r) SELECT 'date_within(''1963'',x)', label, date_within('1963', v) FROM input WHERE label = 'blob FF'
  RETURNING line;
.print "date_within('1963',x)|text C3|"
INSERT INTO result(fn, label, r) SELECT 'date_within(''1963'',x)', label, date_within('1963', v) FROM input WHERE label = 'text C3'
  RETURNING line;
.print "date_within('1963',x)|text FFFE|"
INSERT INTO result(fn, label, r) SELECT 'date_within(''1963'',x)', label, date_within('1963', v) FROM input WHERE label = 'text FFFE'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(''1963'',x)', label, date_within('1963', v) FROM input WHERE label = '1000 NULs'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(''1963'',x)', label, date_within('1963', v) FROM input WHERE label = '10 MB'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(''1963'',x)', label, date_within('1963', v) FROM input WHERE label = '1 MB line'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(''1963'',x)', label, date_within('1963', v) FROM input WHERE label = 'nested HTML'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(''1963'',x)', label, date_within('1963', v) FROM input WHERE label = '100000 dates'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'date_within(''1963'',x)', label, date_within('1963', v) FROM input WHERE label = '100000 initials'
  RETURNING line;

-- name_key
DELETE FROM result;
INSERT INTO result(fn, label, r) SELECT 'name_key', label, name_key(v) FROM input WHERE label = 'NULL'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_key', label, name_key(v) FROM input WHERE label = '0'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_key', label, name_key(v) FROM input WHERE label = '-1'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_key', label, name_key(v) FROM input WHERE label = '1.5'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_key', label, name_key(v) FROM input WHERE label = 'empty'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_key', label, name_key(v) FROM input WHERE label = 'space'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_key', label, name_key(v) FROM input WHERE label = 'blob 00'
  RETURNING line;
.print "name_key|blob FF|"
INSERT INTO result(fn, label, r) SELECT 'name_key', label, name_key(v) FROM input WHERE label = 'blob FF'
  RETURNING line;
.print "name_key|text C3|"
INSERT INTO result(fn, label, r) SELECT 'name_key', label, name_key(v) FROM input WHERE label = 'text C3'
  RETURNING line;
.print "name_key|text FFFE|"
INSERT INTO result(fn, label, r) SELECT 'name_key', label, name_key(v) FROM input WHERE label = 'text FFFE'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_key', label, name_key(v) FROM input WHERE label = '1000 NULs'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_key', label, name_key(v) FROM input WHERE label = '10 MB'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_key', label, name_key(v) FROM input WHERE label = '1 MB line'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_key', label, name_key(v) FROM input WHERE label = 'nested HTML'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_key', label, name_key(v) FROM input WHERE label = '100000 dates'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_key', label, name_key(v) FROM input WHERE label = '100000 initials'
  RETURNING line;

-- name_canon
DELETE FROM result;
INSERT INTO result(fn, label, r) SELECT 'name_canon', label, name_canon(v) FROM input WHERE label = 'NULL'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_canon', label, name_canon(v) FROM input WHERE label = '0'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_canon', label, name_canon(v) FROM input WHERE label = '-1'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_canon', label, name_canon(v) FROM input WHERE label = '1.5'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_canon', label, name_canon(v) FROM input WHERE label = 'empty'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_canon', label, name_canon(v) FROM input WHERE label = 'space'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_canon', label, name_canon(v) FROM input WHERE label = 'blob 00'
  RETURNING line;
.print "name_canon|blob FF|"
INSERT INTO result(fn, label, r) SELECT 'name_canon', label, name_canon(v) FROM input WHERE label = 'blob FF'
  RETURNING line;
.print "name_canon|text C3|"
INSERT INTO result(fn, label, r) SELECT 'name_canon', label, name_canon(v) FROM input WHERE label = 'text C3'
  RETURNING line;
.print "name_canon|text FFFE|"
INSERT INTO result(fn, label, r) SELECT 'name_canon', label, name_canon(v) FROM input WHERE label = 'text FFFE'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_canon', label, name_canon(v) FROM input WHERE label = '1000 NULs'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_canon', label, name_canon(v) FROM input WHERE label = '10 MB'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_canon', label, name_canon(v) FROM input WHERE label = '1 MB line'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_canon', label, name_canon(v) FROM input WHERE label = 'nested HTML'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_canon', label, name_canon(v) FROM input WHERE label = '100000 dates'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_canon', label, name_canon(v) FROM input WHERE label = '100000 initials'
  RETURNING line;

-- name_heading
DELETE FROM result;
INSERT INTO result(fn, label, r) SELECT 'name_heading', label, name_heading(v) FROM input WHERE label = 'NULL'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_heading', label, name_heading(v) FROM input WHERE label = '0'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_heading', label, name_heading(v) FROM input WHERE label = '-1'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_heading', label, name_heading(v) FROM input WHERE label = '1.5'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_heading', label, name_heading(v) FROM input WHERE label = 'empty'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_heading', label, name_heading(v) FROM input WHERE label = 'space'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_heading', label, name_heading(v) FROM input WHERE label = 'blob 00'
  RETURNING line;
.print "name_heading|blob FF|"
INSERT INTO result(fn, label, r) SELECT 'name_heading', label, name_heading(v) FROM input WHERE label = 'blob FF'
  RETURNING line;
.print "name_heading|text C3|"
INSERT INTO result(fn, label, r) SELECT 'name_heading', label, name_heading(v) FROM input WHERE label = 'text C3'
  RETURNING line;
.print "name_heading|text FFFE|"
INSERT INTO result(fn, label, r) SELECT 'name_heading', label, name_heading(v) FROM input WHERE label = 'text FFFE'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_heading', label, name_heading(v) FROM input WHERE label = '1000 NULs'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_heading', label, name_heading(v) FROM input WHERE label = '10 MB'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_heading', label, name_heading(v) FROM input WHERE label = '1 MB line'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_heading', label, name_heading(v) FROM input WHERE label = 'nested HTML'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_heading', label, name_heading(v) FROM input WHERE label = '100000 dates'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_heading', label, name_heading(v) FROM input WHERE label = '100000 initials'
  RETURNING line;

-- name_match(x,'Kim Il Sung')
DELETE FROM result;
INSERT INTO result(fn, label, r) SELECT 'name_match(x,''Kim Il Sung'')', label, name_match(v, 'Kim Il Sung') FROM input WHERE label = 'NULL'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(x,''Kim Il Sung'')', label, name_match(v, 'Kim Il Sung') FROM input WHERE label = '0'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(x,''Kim Il Sung'')', label, name_match(v, 'Kim Il Sung') FROM input WHERE label = '-1'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(x,''Kim Il Sung'')', label, name_match(v, 'Kim Il Sung') FROM input WHERE label = '1.5'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(x,''Kim Il Sung'')', label, name_match(v, 'Kim Il Sung') FROM input WHERE label = 'empty'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(x,''Kim Il Sung'')', label, name_match(v, 'Kim Il Sung') FROM input WHERE label = 'space'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(x,''Kim Il Sung'')', label, name_match(v, 'Kim Il Sung') FROM input WHERE label = 'blob 00'
  RETURNING line;
.print "name_match(x,'Kim Il Sung')|blob FF|"
INSERT INTO result(fn, label, r) SELECT 'name_match(x,''Kim Il Sung'')', label, name_match(v, 'Kim Il Sung') FROM input WHERE label = 'blob FF'
  RETURNING line;
.print "name_match(x,'Kim Il Sung')|text C3|"
INSERT INTO result(fn, label, r) SELECT 'name_match(x,''Kim Il Sung'')', label, name_match(v, 'Kim Il Sung') FROM input WHERE label = 'text C3'
  RETURNING line;
.print "name_match(x,'Kim Il Sung')|text FFFE|"
INSERT INTO result(fn, label, r) SELECT 'name_match(x,''Kim Il Sung'')', label, name_match(v, 'Kim Il Sung') FROM input WHERE label = 'text FFFE'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(x,''Kim Il Sung'')', label, name_match(v, 'Kim Il Sung') FROM input WHERE label = '1000 NULs'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(x,''Kim Il Sung'')', label, name_match(v, 'Kim Il Sung') FROM input WHERE label = '10 MB'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(x,''Kim Il Sung'')', label, name_match(v, 'Kim Il Sung') FROM input WHERE label = '1 MB line'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(x,''Kim Il Sung'')', label, name_match(v, 'Kim Il Sung') FROM input WHERE label = 'nested HTML'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(x,''Kim Il Sung'')', label, name_match(v, 'Kim Il Sung') FROM input WHERE label = '100000 dates'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(x,''Kim Il Sung'')', label, name_match(v, 'Kim Il Sung') FROM input WHERE label = '100000 initials'
  RETURNING line;

-- name_match('Kim Il Sung',x)
DELETE FROM result;
INSERT INTO result(fn, label, r) SELECT 'name_match(''Kim Il Sung'',x)', label, name_match('Kim Il Sung', v) FROM input WHERE label = 'NULL'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(''Kim Il Sung'',x)', label, name_match('Kim Il Sung', v) FROM input WHERE label = '0'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(''Kim Il Sung'',x)', label, name_match('Kim Il Sung', v) FROM input WHERE label = '-1'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(''Kim Il Sung'',x)', label, name_match('Kim Il Sung', v) FROM input WHERE label = '1.5'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(''Kim Il Sung'',x)', label, name_match('Kim Il Sung', v) FROM input WHERE label = 'empty'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(''Kim Il Sung'',x)', label, name_match('Kim Il Sung', v) FROM input WHERE label = 'space'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(''Kim Il Sung'',x)', label, name_match('Kim Il Sung', v) FROM input WHERE label = 'blob 00'
  RETURNING line;
.print "name_match('Kim Il Sung',x)|blob FF|"
INSERT INTO result(fn, label, r) SELECT 'name_match(''Kim Il Sung'',x)', label, name_match('Kim Il Sung', v) FROM input WHERE label = 'blob FF'
  RETURNING line;
.print "name_match('Kim Il Sung',x)|text C3|"
INSERT INTO result(fn, label, r) SELECT 'name_match(''Kim Il Sung'',x)', label, name_match('Kim Il Sung', v) FROM input WHERE label = 'text C3'
  RETURNING line;
.print "name_match('Kim Il Sung',x)|text FFFE|"
INSERT INTO result(fn, label, r) SELECT 'name_match(''Kim Il Sung'',x)', label, name_match('Kim Il Sung', v) FROM input WHERE label = 'text FFFE'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(''Kim Il Sung'',x)', label, name_match('Kim Il Sung', v) FROM input WHERE label = '1000 NULs'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(''Kim Il Sung'',x)', label, name_match('Kim Il Sung', v) FROM input WHERE label = '10 MB'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(''Kim Il Sung'',x)', label, name_match('Kim Il Sung', v) FROM input WHERE label = '1 MB line'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(''Kim Il Sung'',x)', label, name_match('Kim Il Sung', v) FROM input WHERE label = 'nested HTML'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(''Kim Il Sung'',x)', label, name_match('Kim Il Sung', v) FROM input WHERE label = '100000 dates'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_match(''Kim Il Sung'',x)', label, name_match('Kim Il Sung', v) FROM input WHERE label = '100000 initials'
  RETURNING line;

-- name_similarity(x,'Kim Il Sung')
DELETE FROM result;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(x,''Kim Il Sung'')', label, name_similarity(v, 'Kim Il Sung') FROM input WHERE label = 'NULL'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(x,''Kim Il Sung'')', label, name_similarity(v, 'Kim Il Sung') FROM input WHERE label = '0'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(x,''Kim Il Sung'')', label, name_similarity(v, 'Kim Il Sung') FROM input WHERE label = '-1'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(x,''Kim Il Sung'')', label, name_similarity(v, 'Kim Il Sung') FROM input WHERE label = '1.5'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(x,''Kim Il Sung'')', label, name_similarity(v, 'Kim Il Sung') FROM input WHERE label = 'empty'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(x,''Kim Il Sung'')', label, name_similarity(v, 'Kim Il Sung') FROM input WHERE label = 'space'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(x,''Kim Il Sung'')', label, name_similarity(v, 'Kim Il Sung') FROM input WHERE label = 'blob 00'
  RETURNING line;
.print "name_similarity(x,'Kim Il Sung')|blob FF|"
INSERT INTO result(fn, label, r) SELECT 'name_similarity(x,''Kim Il Sung'')', label, name_similarity(v, 'Kim Il Sung') FROM input WHERE label = 'blob FF'
  RETURNING line;
.print "name_similarity(x,'Kim Il Sung')|text C3|"
INSERT INTO result(fn, label, r) SELECT 'name_similarity(x,''Kim Il Sung'')', label, name_similarity(v, 'Kim Il Sung') FROM input WHERE label = 'text C3'
  RETURNING line;
.print "name_similarity(x,'Kim Il Sung')|text FFFE|"
INSERT INTO result(fn, label, r) SELECT 'name_similarity(x,''Kim Il Sung'')', label, name_similarity(v, 'Kim Il Sung') FROM input WHERE label = 'text FFFE'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(x,''Kim Il Sung'')', label, name_similarity(v, 'Kim Il Sung') FROM input WHERE label = '1000 NULs'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(x,''Kim Il Sung'')', label, name_similarity(v, 'Kim Il Sung') FROM input WHERE label = '10 MB'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(x,''Kim Il Sung'')', label, name_similarity(v, 'Kim Il Sung') FROM input WHERE label = '1 MB line'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(x,''Kim Il Sung'')', label, name_similarity(v, 'Kim Il Sung') FROM input WHERE label = 'nested HTML'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(x,''Kim Il Sung'')', label, name_similarity(v, 'Kim Il Sung') FROM input WHERE label = '100000 dates'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(x,''Kim Il Sung'')', label, name_similarity(v, 'Kim Il Sung') FROM input WHERE label = '100000 initials'
  RETURNING line;

-- name_similarity('Kim Il Sung',x)
DELETE FROM result;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(''Kim Il Sung'',x)', label, name_similarity('Kim Il Sung', v) FROM input WHERE label = 'NULL'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(''Kim Il Sung'',x)', label, name_similarity('Kim Il Sung', v) FROM input WHERE label = '0'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(''Kim Il Sung'',x)', label, name_similarity('Kim Il Sung', v) FROM input WHERE label = '-1'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(''Kim Il Sung'',x)', label, name_similarity('Kim Il Sung', v) FROM input WHERE label = '1.5'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(''Kim Il Sung'',x)', label, name_similarity('Kim Il Sung', v) FROM input WHERE label = 'empty'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(''Kim Il Sung'',x)', label, name_similarity('Kim Il Sung', v) FROM input WHERE label = 'space'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(''Kim Il Sung'',x)', label, name_similarity('Kim Il Sung', v) FROM input WHERE label = 'blob 00'
  RETURNING line;
.print "name_similarity('Kim Il Sung',x)|blob FF|"
INSERT INTO result(fn, label, r) SELECT 'name_similarity(''Kim Il Sung'',x)', label, name_similarity('Kim Il Sung', v) FROM input WHERE label = 'blob FF'
  RETURNING line;
.print "name_similarity('Kim Il Sung',x)|text C3|"
INSERT INTO result(fn, label, r) SELECT 'name_similarity(''Kim Il Sung'',x)', label, name_similarity('Kim Il Sung', v) FROM input WHERE label = 'text C3'
  RETURNING line;
.print "name_similarity('Kim Il Sung',x)|text FFFE|"
INSERT INTO result(fn, label, r) SELECT 'name_similarity(''Kim Il Sung'',x)', label, name_similarity('Kim Il Sung', v) FROM input WHERE label = 'text FFFE'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(''Kim Il Sung'',x)', label, name_similarity('Kim Il Sung', v) FROM input WHERE label = '1000 NULs'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(''Kim Il Sung'',x)', label, name_similarity('Kim Il Sung', v) FROM input WHERE label = '10 MB'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(''Kim Il Sung'',x)', label, name_similarity('Kim Il Sung', v) FROM input WHERE label = '1 MB line'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(''Kim Il Sung'',x)', label, name_similarity('Kim Il Sung', v) FROM input WHERE label = 'nested HTML'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(''Kim Il Sung'',x)', label, name_similarity('Kim Il Sung', v) FROM input WHERE label = '100000 dates'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'name_similarity(''Kim Il Sung'',x)', label, name_similarity('Kim Il Sung', v) FROM input WHERE label = '100000 initials'
  RETURNING line;

-- archivist_fold
DELETE FROM result;
INSERT INTO result(fn, label, r) SELECT 'archivist_fold', label, archivist_fold(v) FROM input WHERE label = 'NULL'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'archivist_fold', label, archivist_fold(v) FROM input WHERE label = '0'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'archivist_fold', label, archivist_fold(v) FROM input WHERE label = '-1'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'archivist_fold', label, archivist_fold(v) FROM input WHERE label = '1.5'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'archivist_fold', label, archivist_fold(v) FROM input WHERE label = 'empty'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'archivist_fold', label, archivist_fold(v) FROM input WHERE label = 'space'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'archivist_fold', label, archivist_fold(v) FROM input WHERE label = 'blob 00'
  RETURNING line;
.print "archivist_fold|blob FF|"
INSERT INTO result(fn, label, r) SELECT 'archivist_fold', label, archivist_fold(v) FROM input WHERE label = 'blob FF'
  RETURNING line;
.print "archivist_fold|text C3|"
INSERT INTO result(fn, label, r) SELECT 'archivist_fold', label, archivist_fold(v) FROM input WHERE label = 'text C3'
  RETURNING line;
.print "archivist_fold|text FFFE|"
INSERT INTO result(fn, label, r) SELECT 'archivist_fold', label, archivist_fold(v) FROM input WHERE label = 'text FFFE'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'archivist_fold', label, archivist_fold(v) FROM input WHERE label = '1000 NULs'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'archivist_fold', label, archivist_fold(v) FROM input WHERE label = '10 MB'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'archivist_fold', label, archivist_fold(v) FROM input WHERE label = '1 MB line'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'archivist_fold', label, archivist_fold(v) FROM input WHERE label = 'nested HTML'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'archivist_fold', label, archivist_fold(v) FROM input WHERE label = '100000 dates'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'archivist_fold', label, archivist_fold(v) FROM input WHERE label = '100000 initials'
  RETURNING line;

-- stem
DELETE FROM result;
INSERT INTO result(fn, label, r) SELECT 'stem', label, stem(v) FROM input WHERE label = 'NULL'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'stem', label, stem(v) FROM input WHERE label = '0'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'stem', label, stem(v) FROM input WHERE label = '-1'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'stem', label, stem(v) FROM input WHERE label = '1.5'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'stem', label, stem(v) FROM input WHERE label = 'empty'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'stem', label, stem(v) FROM input WHERE label = 'space'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'stem', label, stem(v) FROM input WHERE label = 'blob 00'
  RETURNING line;
.print "stem|blob FF|"
INSERT INTO result(fn, label, r) SELECT 'stem', label, stem(v) FROM input WHERE label = 'blob FF'
  RETURNING line;
.print "stem|text C3|"
INSERT INTO result(fn, label, r) SELECT 'stem', label, stem(v) FROM input WHERE label = 'text C3'
  RETURNING line;
.print "stem|text FFFE|"
INSERT INTO result(fn, label, r) SELECT 'stem', label, stem(v) FROM input WHERE label = 'text FFFE'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'stem', label, stem(v) FROM input WHERE label = '1000 NULs'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'stem', label, stem(v) FROM input WHERE label = '10 MB'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'stem', label, stem(v) FROM input WHERE label = '1 MB line'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'stem', label, stem(v) FROM input WHERE label = 'nested HTML'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'stem', label, stem(v) FROM input WHERE label = '100000 dates'
  RETURNING line;
INSERT INTO result(fn, label, r) SELECT 'stem', label, stem(v) FROM input WHERE label = '100000 initials'
  RETURNING line;

-- stem('talks',x)
-- The language is tried with the short inputs only: an unknown language is echoed whole in
-- the error message, so the long inputs would put megabytes into the output.
DELETE FROM result;
INSERT INTO result(fn, label, r) SELECT 'stem(''talks'',x)', label, stem('talks', v) FROM input WHERE label = 'NULL'
  RETURNING line;
.print "stem('talks',x)|0|"
INSERT INTO result(fn, label, r) SELECT 'stem(''talks'',x)', label, stem('talks', v) FROM input WHERE label = '0'
  RETURNING line;
.print "stem('talks',x)|-1|"
INSERT INTO result(fn, label, r) SELECT 'stem(''talks'',x)', label, stem('talks', v) FROM input WHERE label = '-1'
  RETURNING line;
.print "stem('talks',x)|1.5|"
INSERT INTO result(fn, label, r) SELECT 'stem(''talks'',x)', label, stem('talks', v) FROM input WHERE label = '1.5'
  RETURNING line;
.print "stem('talks',x)|empty|"
INSERT INTO result(fn, label, r) SELECT 'stem(''talks'',x)', label, stem('talks', v) FROM input WHERE label = 'empty'
  RETURNING line;
.print "stem('talks',x)|space|"
INSERT INTO result(fn, label, r) SELECT 'stem(''talks'',x)', label, stem('talks', v) FROM input WHERE label = 'space'
  RETURNING line;
.print "stem('talks',x)|blob 00|"
INSERT INTO result(fn, label, r) SELECT 'stem(''talks'',x)', label, stem('talks', v) FROM input WHERE label = 'blob 00'
  RETURNING line;
.print "stem('talks',x)|blob FF|"
INSERT INTO result(fn, label, r) SELECT 'stem(''talks'',x)', label, stem('talks', v) FROM input WHERE label = 'blob FF'
  RETURNING line;
.print "stem('talks',x)|text C3|"
INSERT INTO result(fn, label, r) SELECT 'stem(''talks'',x)', label, stem('talks', v) FROM input WHERE label = 'text C3'
  RETURNING line;
.print "stem('talks',x)|text FFFE|"
INSERT INTO result(fn, label, r) SELECT 'stem(''talks'',x)', label, stem('talks', v) FROM input WHERE label = 'text FFFE'
  RETURNING line;
.print "stem('talks',x)|1000 NULs|"
INSERT INTO result(fn, label, r) SELECT 'stem(''talks'',x)', label, stem('talks', v) FROM input WHERE label = '1000 NULs'
  RETURNING line;

-- One argument fewer and one more than each function takes. A scalar function is called
-- through a view, so that SQLite's own "wrong number of arguments" error comes when the SELECT
-- is prepared, without the shell's version-dependent "error here ---^" lines.
.print "listing|no argument|"
SELECT 'listing|no argument|' || count(*) FROM listing();
.print "listing|3 arguments|"
SELECT 'listing|3 arguments|' || count(*) FROM listing('a', 'b', 'c');
.print "dates|no argument|"
SELECT 'dates|no argument|' || count(*) FROM dates();
.print "dates|2 arguments|"
SELECT 'dates|2 arguments|' || count(*) FROM dates('a', 'b');
.print "names|no argument|"
SELECT 'names|no argument|' || count(*) FROM names();
.print "names|2 arguments|"
SELECT 'names|2 arguments|' || count(*) FROM names('a', 'b');
.print "names|3 arguments|"
SELECT 'names|3 arguments|' || count(*) FROM names('a', 'b', 'c');
.print "names|context not UTF-8|"
SELECT 'names|context not UTF-8|' || count(*) FROM names('Kim', CAST(X'C3' AS TEXT));
.print "names|NULL context|"
SELECT 'names|NULL context|' || group_concat(canon) FROM names('Premier Kim', NULL);
.print "date_start|no argument|"
CREATE TEMP VIEW call AS SELECT date_start() AS r;
SELECT 'date_start|no argument|' || quote(r) FROM call;
DROP VIEW call;
.print "date_start|2 arguments|"
CREATE TEMP VIEW call AS SELECT date_start('1963', '1963') AS r;
SELECT 'date_start|2 arguments|' || quote(r) FROM call;
DROP VIEW call;
.print "date_end|no argument|"
CREATE TEMP VIEW call AS SELECT date_end() AS r;
SELECT 'date_end|no argument|' || quote(r) FROM call;
DROP VIEW call;
.print "date_end|2 arguments|"
CREATE TEMP VIEW call AS SELECT date_end('1963', '1963') AS r;
SELECT 'date_end|2 arguments|' || quote(r) FROM call;
DROP VIEW call;
.print "date_edtf|no argument|"
CREATE TEMP VIEW call AS SELECT date_edtf() AS r;
SELECT 'date_edtf|no argument|' || quote(r) FROM call;
DROP VIEW call;
.print "date_edtf|2 arguments|"
CREATE TEMP VIEW call AS SELECT date_edtf('1963', '1963') AS r;
SELECT 'date_edtf|2 arguments|' || quote(r) FROM call;
DROP VIEW call;
.print "date_parse|no argument|"
CREATE TEMP VIEW call AS SELECT date_parse() AS r;
SELECT 'date_parse|no argument|' || quote(r) FROM call;
DROP VIEW call;
.print "date_parse|2 arguments|"
CREATE TEMP VIEW call AS SELECT date_parse('1963', '1963') AS r;
SELECT 'date_parse|2 arguments|' || quote(r) FROM call;
DROP VIEW call;
.print "name_key|no argument|"
CREATE TEMP VIEW call AS SELECT name_key() AS r;
SELECT 'name_key|no argument|' || quote(r) FROM call;
DROP VIEW call;
.print "name_key|2 arguments|"
CREATE TEMP VIEW call AS SELECT name_key('1963', '1963') AS r;
SELECT 'name_key|2 arguments|' || quote(r) FROM call;
DROP VIEW call;
.print "name_canon|no argument|"
CREATE TEMP VIEW call AS SELECT name_canon() AS r;
SELECT 'name_canon|no argument|' || quote(r) FROM call;
DROP VIEW call;
.print "name_canon|2 arguments|"
CREATE TEMP VIEW call AS SELECT name_canon('1963', '1963') AS r;
SELECT 'name_canon|2 arguments|' || quote(r) FROM call;
DROP VIEW call;
.print "archivist_fold|no argument|"
CREATE TEMP VIEW call AS SELECT archivist_fold() AS r;
SELECT 'archivist_fold|no argument|' || quote(r) FROM call;
DROP VIEW call;
.print "archivist_fold|2 arguments|"
CREATE TEMP VIEW call AS SELECT archivist_fold('1963', '1963') AS r;
SELECT 'archivist_fold|2 arguments|' || quote(r) FROM call;
DROP VIEW call;
.print "date_overlaps|1 argument|"
CREATE TEMP VIEW call AS SELECT date_overlaps('1963') AS r;
SELECT 'date_overlaps|1 argument|' || quote(r) FROM call;
DROP VIEW call;
.print "date_overlaps|3 arguments|"
CREATE TEMP VIEW call AS SELECT date_overlaps('1963', '1963', '1963') AS r;
SELECT 'date_overlaps|3 arguments|' || quote(r) FROM call;
DROP VIEW call;
.print "date_within|1 argument|"
CREATE TEMP VIEW call AS SELECT date_within('1963') AS r;
SELECT 'date_within|1 argument|' || quote(r) FROM call;
DROP VIEW call;
.print "date_within|3 arguments|"
CREATE TEMP VIEW call AS SELECT date_within('1963', '1963', '1963') AS r;
SELECT 'date_within|3 arguments|' || quote(r) FROM call;
DROP VIEW call;
.print "name_match|1 argument|"
CREATE TEMP VIEW call AS SELECT name_match('Kim Il Sung') AS r;
SELECT 'name_match|1 argument|' || quote(r) FROM call;
DROP VIEW call;
.print "name_match|3 arguments|"
CREATE TEMP VIEW call AS SELECT name_match('Kim Il Sung', 'Kim Il Sung', 'Kim Il Sung') AS r;
SELECT 'name_match|3 arguments|' || quote(r) FROM call;
DROP VIEW call;
.print "name_similarity|1 argument|"
CREATE TEMP VIEW call AS SELECT name_similarity('Kim Il Sung') AS r;
SELECT 'name_similarity|1 argument|' || quote(r) FROM call;
DROP VIEW call;
.print "name_similarity|3 arguments|"
CREATE TEMP VIEW call AS SELECT name_similarity('Kim Il Sung', 'Kim Il Sung', 'Kim Il Sung') AS r;
SELECT 'name_similarity|3 arguments|' || quote(r) FROM call;
DROP VIEW call;
.print "stem|no argument|"
CREATE TEMP VIEW call AS SELECT stem() AS r;
SELECT 'stem|no argument|' || quote(r) FROM call;
DROP VIEW call;
.print "stem|3 arguments|"
CREATE TEMP VIEW call AS SELECT stem('talks', 'english', 'english') AS r;
SELECT 'stem|3 arguments|' || quote(r) FROM call;
DROP VIEW call;
.print "archivist_version|1 argument|"
CREATE TEMP VIEW call AS SELECT archivist_version(1) AS r;
SELECT 'archivist_version|1 argument|' || quote(r) FROM call;
DROP VIEW call;

-- date_years and date_match: NULL for every input that is not a date; invalid UTF-8 an error.
.mode list
SELECT 'date_years', label, quote(date_years(v)) FROM input
 WHERE label NOT IN ('blob FF', 'text C3', 'text FFFE') ORDER BY n;
SELECT 'date_match', label, quote(date_match(v)) FROM input
 WHERE label NOT IN ('blob FF', 'text C3', 'text FFFE') ORDER BY n;
.print "date_years|blob FF|"
SELECT date_years(v) FROM input WHERE label = 'blob FF';
.print "date_match|text C3|"
SELECT date_match(v, 'years') FROM input WHERE label = 'text C3';

SELECT 'still running';
