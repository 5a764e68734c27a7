-- limits.sql: archivist inside SQLite's limits and its trust rules. Run in the sqlite3 shell with
-- the extension loaded by tests/run_sql_tests.sh (SQL_DIR=tests/robust), from the top of the
-- tree; the output must equal limits.expected, error lines shown as "error: MESSAGE".
--
--   1. SQLITE_LIMIT_LENGTH (the shell's .limit length N): a result longer than the limit is
--      the error SQLITE_TOOBIG, "string or blob too big", never a crash or a cut value; long
--      inputs under the limit work.
--   2. PRAGMA trusted_schema = OFF: generated columns, CHECK constraints, indexes on
--      expressions, views and triggers that use every function and the table-valued
--      functions keep working (they are registered SQLITE_INNOCUOUS); the shell's own
--      lsmode() and fsdir, which are not, are refused, to show the setting is in force.
--   3. Last, because today it crashes the shell: archivist_fold() of text that its folding
--      makes more than twice as long (see the comment there).
--
-- sqlite3_interrupt() cannot be called from the shell: tests/robust/threads.c tests it.
-- Long strings are made with replace(hex(zeroblob(N)), '0', S), 2N copies of S; printf('%.*c')
-- is not used, as it gives NULL, not an error, when its result is over the limit.
.mode list
.nullvalue NULL
.headers off

-- ---------------------------------------------------------------- 1. SQLITE_LIMIT_LENGTH
.limit length 1000

-- listing(): its input is a value like any other, so SQLite refuses one over the limit before
-- listing() sees it. Every column of a record is a slice of the input (or a 10-byte date), so
-- no listing() result can be longer than its input, and an input under the limit is read
-- whole: here a title of 980 bytes.
SELECT count(*), length(max(title)), max(date_start) FROM listing(
  'October 8, 1963' || char(10) || char(10) || replace(hex(zeroblob(490)), '0', 'T'));
SELECT count(*) FROM listing(
  'October 8, 1963' || char(10) || char(10) || replace(hex(zeroblob(500)), '0', 'T'));
SELECT count(*) FROM listing(readfile('fixtures/seed-kim-il-sung.txt'));
SELECT count(*) FROM listing(CAST(replace(hex(zeroblob(490)), '0', 'T') AS BLOB));

-- archivist_fold(): 998 bytes in and out; 1000 bytes in (at the limit), trimmed to 998 out;
-- 'ŉ' folds to 'ʼn' (2 bytes to 3), so 400 of them (800 bytes) fold to 1200 bytes: over the
-- limit; 200 of them fold to 400 characters (600 bytes).
SELECT length(archivist_fold(replace(hex(zeroblob(499)), '0', 'A')));
SELECT length(archivist_fold(' ' || replace(hex(zeroblob(499)), '0', 'A') || ' '));
SELECT archivist_fold(replace(hex(zeroblob(200)), '0', 'ŉ'));
SELECT length(archivist_fold(replace(hex(zeroblob(100)), '0', 'ŉ')));

-- The date and name functions, stem(), dates() and names() on inputs of nearly 1000 bytes:
-- long text that is no date or no name gives NULL; dates and names in long text are found.
SELECT date_start(x), date_end(x), date_edtf(x), date_parse(x), date_overlaps(x, '1963'),
       date_within('1963', x)
  FROM (SELECT replace(hex(zeroblob(499)), '0', '1') AS x);
SELECT date_start(x), date_end(x), date_edtf(x), date_parse(x) ->> '$.precision'
  FROM (SELECT replace(hex(zeroblob(497)), '0', ' ') || '1963' AS x);
SELECT name_key(x), name_canon(x), name_match(x, 'Kim Il Sung'), name_similarity(x, 'Kim')
  FROM (SELECT replace(hex(zeroblob(38)), '0', 'Kim Il Sung ') AS x);
SELECT length(stem(replace(hex(zeroblob(499)), '0', 'a')));
SELECT length(stem(replace(hex(zeroblob(166)), '0', 'ing')));
SELECT count(*), min(date_start), max(date_end) FROM dates(replace(hex(zeroblob(99)), '0', '1963 '));
SELECT count(*), min(canon), max(offset) FROM names(replace(hex(zeroblob(35)), '0', 'Kim Il Sung. '));

-- The FTS5 tokenizer: a highlight() longer than the limit is an error too. The table is filled
-- under the default limit: FTS5 itself (SQLite 3.40, with its own unicode61 tokenizer as well)
-- writes a corrupt index, without an error, when one of its blobs is longer than the limit.
.limit length 1000000000
CREATE VIRTUAL TABLE ft USING fts5(x, tokenize = 'archivist');
INSERT INTO ft VALUES (replace(hex(zeroblob(30)), '0', 'Kim Il Sung. '));
.limit length 1000
SELECT count(*), length(x) FROM ft WHERE ft MATCH 'Kim';
SELECT length(highlight(ft, 0, '[', ']')) FROM ft WHERE ft MATCH 'Kim';
SELECT length(highlight(ft, 0, '[[[', ']]]')) FROM ft WHERE ft MATCH 'Kim';
DROP TABLE ft;

-- Results longer than their arguments, under lower limits. The eponymous tables are connected
-- first: connecting one runs SQL of SQLite's own (sqlite3_declare_vtab), which a limit this
-- low would stop. The limits stay above 22 bytes, the length of the error message itself,
-- which SQLite keeps under the same limit. Columns are named with short aliases: a column's
-- name is a string under the limit too.
SELECT count(*) FROM listing(''), dates(''), names('');
.limit length 22
SELECT date_edtf('08/10/1963') AS e;
SELECT edtf AS e FROM dates('08/10/1963');
SELECT date_start('Winter 1956/57') AS s, date_end('Winter 1956/57') AS e;
SELECT name_canon('Salazar') AS c;
SELECT canon AS c FROM names('Salazar');
SELECT name AS n, offset AS o, length AS l FROM names('Salazar');
SELECT name_canon('Kim Ir Sen') AS c;
.limit length 60
SELECT date_parse('1963') AS j;
SELECT date_parse('1963') ->> '$.edtf' AS e;
.limit length 100
SELECT date_parse('1963') AS j;

-- ---------------------------------------------------------------- 2. PRAGMA trusted_schema = OFF
.limit length 1000000000
PRAGMA trusted_schema = OFF;

-- The setting is in force: functions and virtual tables that are not innocuous are refused in
-- the schema (the shell's lsmode() and fsdir).
CREATE VIEW unsafe_function AS SELECT lsmode(16877) AS m;
SELECT * FROM unsafe_function;
CREATE VIEW unsafe_table AS SELECT count(*) AS n FROM fsdir('fixtures');
SELECT * FROM unsafe_table;

-- Every function in generated columns, a CHECK constraint and indexes on expressions. (Not
-- json_extract() or ->> on date_parse()'s result: SQLite 3.40 does not mark its JSON functions
-- innocuous, so they are refused in the schema; queries use them below.)
CREATE TABLE docs(
  id INTEGER PRIMARY KEY,
  date_text TEXT CHECK (date_text IS NULL OR date_start(date_text) IS NOT NULL),
  title TEXT,
  person TEXT,
  title_key TEXT GENERATED ALWAYS AS (archivist_fold(title)) VIRTUAL,
  first_day TEXT GENERATED ALWAYS AS (date_start(date_text)) STORED,
  last_day TEXT GENERATED ALWAYS AS (date_end(date_text)) STORED,
  edtf TEXT GENERATED ALWAYS AS (date_edtf(date_text)) VIRTUAL,
  parsed TEXT GENERATED ALWAYS AS (date_parse(date_text)) VIRTUAL,
  person_key TEXT GENERATED ALWAYS AS (name_key(person)) STORED,
  person_canon TEXT GENERATED ALWAYS AS (name_canon(person)) VIRTUAL
);
CREATE INDEX docs_person ON docs(name_key(person));
CREATE INDEX docs_when ON docs(date_start(date_text), date_end(date_text));
CREATE INDEX docs_fifties ON docs(id) WHERE date_within(date_text, '1950s');
CREATE INDEX docs_sixties ON docs(id) WHERE date_overlaps(date_text, 'from 1960 to 1969');
CREATE INDEX docs_stem ON docs(stem(title), stem(title, 'english'));
CREATE INDEX docs_version ON docs(archivist_version(), name_match(person, 'Kim Il Sung'),
                                  name_similarity(person, 'Kim Il Sung'));

-- Triggers that call the functions and read listing(), dates() and names().
CREATE TABLE log(doc_id INTEGER, what TEXT, value);
CREATE TRIGGER docs_ai AFTER INSERT ON docs BEGIN
  INSERT INTO log SELECT new.id, 'name', canon FROM names(new.title);
  INSERT INTO log SELECT new.id, 'date', edtf FROM dates(new.title);
  INSERT INTO log VALUES (new.id, 'parse', date_parse(new.date_text));
  INSERT INTO log VALUES (new.id, 'match', name_match(new.person, 'Kim Il Sung'));
  INSERT INTO log VALUES (new.id, 'similarity', round(name_similarity(new.person, 'Kim Il Sung'), 2));
  INSERT INTO log VALUES (new.id, 'within', date_within(new.date_text, '1950s'));
  INSERT INTO log VALUES (new.id, 'overlaps', date_overlaps(new.date_text, '1963'));
  INSERT INTO log VALUES (new.id, 'fold', archivist_fold(new.person));
  INSERT INTO log VALUES (new.id, 'stem', stem('переговоры', 'russian'));
  INSERT INTO log VALUES (new.id, 'version', archivist_version());
END;
CREATE TABLE pages(name TEXT, body BLOB);
CREATE TRIGGER pages_ai AFTER INSERT ON pages BEGIN
  INSERT INTO docs(date_text, title)
    SELECT date_text, title FROM listing(new.body) WHERE date_text IS NOT NULL AND pos <= 2;
END;

-- Views over all of it.
CREATE VIEW doc_view AS
  SELECT id, title_key, first_day, last_day, edtf, parsed, person_key, person_canon,
         date_start('Winter 1956/57') AS winter
    FROM docs;
CREATE VIEW listing_view AS
  SELECT p.name, l.pos, l.rank, l.kind, l.date_start, l.date_end
    FROM pages AS p, listing(p.body) AS l;
CREATE VIEW mention_view AS
  SELECT d.id, n.name, n.canon, n.key, n.offset, n.length FROM docs AS d, names(d.title) AS n;
CREATE VIEW date_view AS
  SELECT d.id, x.match, x.offset, x.length, x.date_start, x.date_end, x.edtf
    FROM docs AS d, dates(d.title) AS x;

INSERT INTO docs(date_text, title, person) VALUES
  ('Winter 1956/57', 'Report on Conversation between Song Renqiong and Kim Il Sung, 8 October 1963',
   'Kim Ir Sen'),
  ('circa 1956', 'Journal of Soviet Ambassador A.M. Puzanov for 17 March 1958', 'Ким Ир Сен'),
  (NULL, 'Telegram from Shtykov to Gromyko and Stalin', 'Chruschtschow');
INSERT INTO docs(date_text, title) VALUES ('Octember 8, 1963', 'not a date: refused');
INSERT INTO pages VALUES ('seed', readfile('fixtures/seed-kim-il-sung.txt'));

SELECT * FROM doc_view ORDER BY id;
SELECT id, parsed ->> '$.precision', json_extract(parsed, '$.flags') FROM docs ORDER BY id;
SELECT * FROM log ORDER BY doc_id, rowid;
SELECT * FROM listing_view ORDER BY pos LIMIT 3;
SELECT * FROM mention_view ORDER BY id, offset;
SELECT * FROM date_view ORDER BY id, offset;
SELECT id FROM docs WHERE name_key(person) = name_key('Kim Il-sŏng') ORDER BY id;
SELECT id FROM docs WHERE date_start(date_text) >= '1956-01-01' ORDER BY id;
SELECT id FROM docs WHERE date_within(date_text, '1950s') ORDER BY id;
UPDATE docs SET person = 'Pak Hŏn-yŏng' WHERE id = 3;
SELECT person_key, person_canon FROM docs WHERE id = 3;
PRAGMA integrity_check;

-- The FTS5 tokenizer works in a table the statement names; SQLite 3.40 does not mark FTS5 (nor
-- R*Tree) innocuous, so a view or trigger that uses such a table is refused whatever its
-- tokenizer: SQLite's rule, not archivist's.
CREATE VIRTUAL TABLE fts USING fts5(title, tokenize = 'archivist');
INSERT INTO fts(rowid, title) SELECT id, title FROM docs;
SELECT group_concat(rowid) FROM fts WHERE fts MATCH 'Ким Ир Сен';
CREATE VIEW fts_view AS SELECT rowid FROM fts WHERE fts MATCH 'Kim Il Sung';
SELECT count(*) FROM fts_view;

-- So sql/catalog.sql, whose triggers keep documents_fts (FTS5) and documents_when (R*Tree),
-- cannot take an import with trusted_schema = OFF; with it ON it can.
.read sql/catalog.sql
INSERT INTO documents(rank, date_text, date_start, date_end, title, summary, kind, source)
  SELECT rank, date_text, date_start, date_end, title, summary, kind, 'seed'
    FROM listing(readfile('fixtures/seed-kim-il-sung.txt'));
PRAGMA trusted_schema = ON;
INSERT INTO documents(rank, date_text, date_start, date_end, title, summary, kind, source)
  SELECT rank, date_text, date_start, date_end, title, summary, kind, 'seed'
    FROM listing(readfile('fixtures/seed-kim-il-sung.txt'));
SELECT count(*) FROM documents;
SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'Ким Ир Сен';

-- ---------------------------------------------------------------- 3. archivist_fold() that grows
-- archivist_fold() allocates twice its argument's length plus 8 bytes for the folded text, but
-- a character can fold to more than twice its bytes: '½' (2 bytes) folds to '1⁄2' (5 bytes),
-- 'ﷺ' (3 bytes) to 7 bytes. Twenty '½' (40 bytes) fold to 100 bytes; 400 of them (800 bytes)
-- fold to 2000 bytes, over the limit of 1000: SQLITE_TOOBIG is the right answer. Today the
-- folding writes past the end of its buffer first (a heap overflow: the shell aborts).
.limit length 1000
SELECT archivist_fold('½½½½½½½½½½½½½½½½½½½½');
SELECT length(archivist_fold(replace(hex(zeroblob(10)), '0', 'ﷺ')));
SELECT archivist_fold(replace(hex(zeroblob(200)), '0', '½'));
SELECT 'the shell is still running';
