-- search_query(): search-box text as an FTS5 query that always parses, run against a catalog
-- built from every listing in fixtures/. The rules are unit-tested in tests/check_search.c;
-- here: the SQL function's contract, the documents real queries find, and no syntax error
-- from thousands of nasty inputs.
.mode list
.nullvalue NULL

-- The contract: NULL in gives NULL; numbers and BLOBs are text; not UTF-8, or a wrong number of
-- arguments, is an error naming the function.
SELECT 'null', search_query(NULL), search_query(NULL, 'years'), search_query('Kim', NULL);
SELECT 'empty', search_query(''), search_query(' ... '), typeof(search_query(''));
SELECT 'number', search_query(1958), search_query(CAST('Kim 1958' AS BLOB));
SELECT 'column', search_query('Kim 1958', 'when');
SELECT search_query(X'4B696DFF');
SELECT search_query();
SELECT search_query('a', 'b', 'c');

-- Years are written exactly as date_match() writes them.
SELECT 'as date_match', x, search_query(x) IS date_match(x)
  FROM (SELECT column1 AS x FROM (VALUES ('1958'), ('1956-1967'), ('1956–67'), ('1956 to 1967'),
        ('from 1956 to 1967'), ('between 1956 and 1958'), ('the 1950s'), ('1950s'),
        ('October 1963'), ('19th century')));

-- The catalog of the demo, and four documents of our own: Kim Il Sung in Hangul, in
-- McCune-Reischauer, and two whose dates are open.
.read sql/catalog.sql
INSERT INTO documents(rank, date_text, date_start, date_end, title, summary, kind, source)
  SELECT l.rank, l.date_text, l.date_start, l.date_end, l.title, l.summary, l.kind, f.name
    FROM (SELECT name, data FROM fsdir('fixtures')
           WHERE (name LIKE '%.txt' OR name LIKE '%.html')
             AND name NOT LIKE 'fixtures/audit3-%'     -- the finds below predate these pages
             AND name NOT LIKE 'fixtures/audit4-%'
             AND name NOT LIKE 'fixtures/audit5-%'
             AND name NOT LIKE 'fixtures/audit6-%'
             AND name NOT LIKE 'fixtures/audit7/%'
             AND name NOT LIKE 'fixtures/audit8/%'
             AND name NOT LIKE 'fixtures/documents/%'
           ORDER BY name) AS f,
         listing(f.data) AS l;
INSERT INTO documents(date_text, date_start, date_end, title, source) VALUES
  ('1957', '1957-01-01', '1957-12-31', '김일성 동지의 연설', 'hand'),
  ('1959', '1959-01-01', '1959-12-31', 'Letter from Kim Il-sŏng to the Central Committee', 'hand');

-- What a historian types, and the documents it finds (written from the fixtures by hand): a
-- keyword, a name and years; a singular where the text has a plural; a family name that names
-- the person alone finds every document naming him, as Stalin (and Filippov, his code name);
-- Wade-Giles typed, pinyin written; the Hangul title, through the one-word spelling that
-- carries the name key; a name in lower case.
CREATE TEMP TABLE typed(q TEXT);
INSERT INTO typed VALUES ('Kim Il-sung agriculture 1956-1967'), ('agricultural cooperative 1961'),
  ('Joseph Stalin'), ('Chou En-lai'), ('Kim Il Sung 1957'), ('kim il sung 1959');
SELECT t.q, d.date_start, d.title
  FROM typed AS t, documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
 WHERE documents_fts MATCH search_query(t.q)
 ORDER BY t.rowid, d.date_start, d.title;
-- a quoted phrase stays a phrase; a quotation mark left open runs to the end
SELECT 'phrase', count(*) FROM documents_fts WHERE documents_fts MATCH search_query('"death of Stalin"');
SELECT 'open quote', count(*) FROM documents_fts WHERE documents_fts MATCH search_query('"death of Stalin');
SELECT 'words', count(*) FROM documents_fts WHERE documents_fts MATCH search_query('Stalin death');
-- OR, NOT and a minus sign
SELECT 'OR', count(*) FROM documents_fts WHERE documents_fts MATCH search_query('Zhivkov OR Gerlach');
SELECT 'NOT', d.title FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
 WHERE documents_fts MATCH search_query('Joseph Stalin -Kim NOT Mikoyan 1950s')
 ORDER BY d.date_start;
-- a prefix (of the stem: the tokenizer stems "cooperatives" to "cooper", so "cooperativ*" would
-- find nothing)
SELECT 'prefix', d.title FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
 WHERE documents_fts MATCH search_query('agricult* 1961');
-- nothing to search matches nothing, and is no error
SELECT 'nothing', count(*) FROM documents_fts WHERE documents_fts MATCH search_query('?!');

-- A person's name finds that person, not other uses of its words: "Gerald Ford" the president,
-- not a river forded nor the Ford Foundation (the family name alone names him, so the query
-- holds his key); "Kim Il" the premier, not Kim Il Sung nor Kim Jong Il, whose names hold its
-- words (its key alone); "Kim Il Sung" his documents, and the university, named in his words;
-- "Zhou Enlai" his words in capitals, and his name in Wade-Giles, which his key finds.
CREATE VIRTUAL TABLE temp.people USING fts5(body, tokenize = 'archivist');
INSERT INTO people(rowid, body) VALUES
  (1, 'President Ford met Brezhnev in Vladivostok.'),
  (2, 'The tanks could not ford the river.'),
  (3, 'A grant of the Ford Foundation to the institute.'),
  (4, 'Premier Kim Il received the delegation.'),
  (5, 'Kim Il Sung received the delegation.'),
  (6, 'Kim Jong Il visited the plant.'),
  (7, 'A delegation of the Kim Il Sung University.'),
  (8, 'Ford said that the talks had gone well.'),
  (9, 'ZHOU ENLAI MEETS NIXON'),
  (10, 'Premier Chou En-lai received them.');
SELECT 'person', q, (SELECT group_concat(rowid, ' ') FROM people
                      WHERE people MATCH search_query(q) ORDER BY rowid)
  FROM (SELECT column1 AS q FROM (VALUES ('Gerald Ford'), ('Kim Il'), ('Kim Il Sung'),
                                         ('Kim Jong Il'), ('Ford'), ('Zhou Enlai')));

-- No input is a syntax error. Pieces of what people type (names with hyphens and apostrophes,
-- FTS5's operators and signs, quotation marks of every style, dates, scripts, control
-- characters) put together two and three at a time, each run through MATCH on the catalog and
-- on FTS5 tables with other tokenizers: one error would stop the count.
CREATE TEMP TABLE piece(p TEXT);
INSERT INTO piece VALUES ('Kim Il-sung'), ('O''Neill'), ('Ch''en Po-ta'), ('"'), ('“'), ('»'),
  ('""'), ('"Kim'), ('AND'), ('OR'), ('NOT'), ('NEAR'), ('NEAR('), ('('), (')'), ('-'), ('*'),
  ('^'), (':'), ('+'), ('title:'), ('{title}:'), ('-years:'), ('agricult*'), ('*Kim'), ('1956'),
  ('1956-1967'), ('1956–67'), ('between 1956 and'), ('the 1950s'), ('before 1960'),
  ('after 1985'), ('Ким Ир Сен'), ('김일성'), ('金日成'), ('§'), ('_'), ('''s'), ('.'),
  (char(9)), (char(1)), (char(0x301)), ('Joseph Stalin'), ('Premier'), ('A.M.'), ('\'), ('%'),
  ('..'), ('NEAR/2'), ('"a" "b"'), ('''');
CREATE TEMP TABLE nasty(x TEXT);
INSERT INTO nasty SELECT a.p || ' ' || b.p FROM piece AS a, piece AS b;
INSERT INTO nasty SELECT a.p || b.p FROM piece AS a, piece AS b;
INSERT INTO nasty SELECT a.p || b.p || c.p FROM piece AS a, piece AS b, piece AS c
  WHERE (a.rowid * 7 + b.rowid * 3 + c.rowid) % 13 = 0;
-- and every sequence of five of these, for the operators
CREATE TEMP TABLE op(p TEXT);
INSERT INTO op VALUES ('Kim'), ('NOT'), ('OR'), ('-Stalin'), ('"a b'), ('1956');
INSERT INTO nasty SELECT a.p || ' ' || b.p || ' ' || c.p || ' ' || d.p || ' ' || e.p
  FROM op AS a, op AS b, op AS c, op AS d, op AS e;
INSERT INTO nasty VALUES (''), (' '), (char(0)), ('Kim' || char(0) || 'Il'), (replace(hex(zeroblob(300)), '0', '" '));
SELECT 'nasty inputs', count(*) > 20000 FROM nasty;
SELECT 'catalog', count(*) = (SELECT count(*) FROM nasty) FROM nasty
 WHERE (SELECT count(*) FROM documents_fts WHERE documents_fts MATCH search_query(nasty.x)) >= 0;
CREATE VIRTUAL TABLE plain USING fts5(title, years);
INSERT INTO plain SELECT title, years FROM documents;
SELECT 'unicode61', count(*) = (SELECT count(*) FROM nasty) FROM nasty
 WHERE (SELECT count(*) FROM plain WHERE plain MATCH search_query(nasty.x)) >= 0;
CREATE VIRTUAL TABLE tri USING fts5(title, years, tokenize = 'trigram');
INSERT INTO tri SELECT title, years FROM documents;
SELECT 'trigram', count(*) = (SELECT count(*) FROM nasty) FROM nasty
 WHERE (SELECT count(*) FROM tri WHERE tri MATCH search_query(nasty.x)) >= 0;
-- every result is valid UTF-8 and holds no NUL (which would end FTS5's query early)
SELECT 'no NUL', count(*) = (SELECT count(*) FROM nasty) FROM nasty
 WHERE instr(search_query(x), char(0)) = 0;
