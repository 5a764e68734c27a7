-- The catalog's triggers (sql/catalog.sql) against the slow, plain way to the same rows, on a
-- generated corpus of 720 documents and every kind of change made to it afterwards: the
-- mentions must be names() of each title with its summary as context and of each summary with
-- its title (as sql/upgrade.sql computes them); the R*Tree the rows of documents_days; the
-- full-text index, token for token and position for position, an index of the same documents
-- rebuilt from scratch; the keyword and date queries through documents_span the rows of the
-- plain join. Each line below counts rows on one side only, or a disagreement: all 0.
.mode list
.nullvalue NULL
.read sql/catalog.sql

-- The corpus: each title names two people and each summary two more (in the spellings, titles
-- and short forms of archive listings; a surname alone after the full name), with a topic and a
-- date line of every kind the date engine reads, open bounds and no date among them.
WITH RECURSIVE
  n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 720),
  people(k, p) AS (VALUES
    (0, 'Kim Il Sung'), (1, 'Kim Ir Sen'), (2, 'Premier Kim'), (3, 'Zhou Enlai'),
    (4, 'Premier Zhou'), (5, 'N.S. Khrushchev'), (6, 'Khrushchev'), (7, 'Todor Zhivkov'),
    (8, 'Ambassador Puzanov'), (9, 'A.M. Puzanov'), (10, 'Kim Tu-bong'), (11, 'Pak Hon-yong'),
    (12, 'János Kádár'), (13, 'Walter Ulbricht'), (14, 'Ho Chi Minh'), (15, 'President Ho'),
    (16, 'Mao Zedong'), (17, 'Chairman Mao'), (18, 'Nikolai Ivanov'), (19, 'Kim Il-sŏng'),
    (20, 'Georgy Malenkov'), (21, 'Choe Yong-gon'), (22, 'Ким Ир Сен'), (23, 'Comrade Ivanov')),
  topics(k, t) AS (VALUES
    (0, 'discussed agriculture'), (1, 'reports on the harvest in'), (2, 'raises the question of rice deliveries to'),
    (3, 'met the delegation from'), (4, 'discusses agricultural cooperatives with'),
    (5, 'was informed about the armistice by')),
  dates(k, d) AS (VALUES
    (0, 'October 8, 1963'), (1, '1956'), (2, 'Date unknown'), (3, '1950s'), (4, 'March 1957'),
    (5, '1956-1967'), (6, 'before 1960'), (7, 'after 1985'), (8, 'Winter 1956/57'),
    (9, 'Oct. 2, 1959'))
INSERT INTO documents(id, date_text, date_start, date_end, title, summary)
  SELECT i, d, date_start(d), date_end(d),
         'Memorandum No. ' || i || ' of Conversation between '
           || (SELECT p FROM people WHERE k = i % 24) || ' and '
           || (SELECT p FROM people WHERE k = (i * 7 + 3) % 24),
         CASE WHEN i % 13 = 0 THEN NULL
              ELSE (SELECT p FROM people WHERE k = (i * 5 + 1) % 24) || ' '
                   || (SELECT t FROM topics WHERE k = i % 6) || ' '
                   || (SELECT p FROM people WHERE k = (i * 11 + 2) % 24)
                   || '. ' || (SELECT p FROM people WHERE k = (i * 3) % 24) || ' agreed.' END
    FROM n JOIN dates ON dates.k = n.i % 10;

-- Keyword and dates four ways: the plain join (rows looked up by id); the same with the dates
-- read through documents_span; the count and the first 50 by date of sql/examples.sql (4 and
-- 5), the years in the full-text query and documents_unyeared ("before 1960", which has no
-- years, and bounds changed by hand, not the date line's) read by their days; before the
-- changes below and after them.
CREATE TEMP VIEW q_plain AS
  SELECT d.id, d.date_start FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
   WHERE documents_fts MATCH 'agriculture' AND d.date_start <= '1967-12-31' AND d.date_end >= '1956-01-01';
CREATE TEMP VIEW q_span AS
  SELECT d.id, d.date_start
    FROM documents_fts JOIN documents AS d INDEXED BY documents_span ON d.id = documents_fts.rowid
   WHERE documents_fts MATCH 'agriculture' AND d.date_start <= '1967-12-31' AND d.date_end >= '1956-01-01';
.read '|sh tests/examples_sql.sh 4 --view q_years_count'
.read '|sh tests/examples_sql.sh 5 --view q_years_first'
CREATE TEMP VIEW q_apart(what, n) AS
  SELECT 'found', (SELECT count(*) FROM q_plain) > 50
  UNION ALL
  SELECT 'span apart', (SELECT count(*) FROM (SELECT id FROM q_plain EXCEPT SELECT id FROM q_span))
                     + (SELECT count(*) FROM (SELECT id FROM q_span EXCEPT SELECT id FROM q_plain))
  UNION ALL
  SELECT 'first 50 by date apart',
         (SELECT group_concat(id) FROM (SELECT id FROM q_plain ORDER BY date_start, id LIMIT 50))
         IS NOT (SELECT group_concat(id) FROM (SELECT id FROM q_span ORDER BY date_start, id LIMIT 50))
  UNION ALL
  SELECT 'years: count apart', (SELECT count(*) FROM q_plain) IS NOT (SELECT documents FROM q_years_count)
  UNION ALL
  SELECT 'years: first 50 by date apart',
         (SELECT group_concat(id) FROM (SELECT id FROM q_plain ORDER BY date_start, id LIMIT 50))
         IS NOT (SELECT group_concat(id) FROM q_years_first);
SELECT 'keyword and dates, as imported', what, n FROM q_apart;

-- Changes of every kind: a column no trigger reads; titles; summaries (one to none); the date
-- line alone (the years column); the bounds alone; the id; deletions; and one update refused.
UPDATE documents SET kind = 'memorandum' WHERE id % 5 = 0;
UPDATE documents SET title = title || ' and Zhou Enlai' WHERE id % 7 = 0;
UPDATE documents SET summary = CASE WHEN id % 2 = 0 THEN NULL ELSE 'Kim proposed a visit.' END
 WHERE id % 11 = 0;
UPDATE documents SET date_text = '1961' WHERE id % 17 = 0;
UPDATE documents SET date_start = '1958-01-01', date_end = '1958-06-30' WHERE id % 9 = 1;
UPDATE documents SET id = id + 10000 WHERE id % 19 = 0;
DELETE FROM documents WHERE id % 23 = 0;
UPDATE documents SET date_start = '1970-01-01', date_end = '1960-01-01' WHERE id = 1;

-- The slow way: names() over every document, documents_days, an index rebuilt from nothing.
CREATE TEMP TABLE ref_mentions AS
  SELECT d.id AS doc_id, f.field AS field, n.name AS name, n.canon AS canon, n.key AS key,
         n.offset AS offset, n.length AS length
    FROM documents AS d
    JOIN (SELECT 1 AS ord, 'title' AS field UNION ALL SELECT 2, 'summary') AS f
    JOIN names(CASE f.ord WHEN 1 THEN d.title ELSE d.summary END,
               CASE f.ord WHEN 1 THEN d.summary ELSE d.title END) AS n;
CREATE VIRTUAL TABLE ref_fts USING fts5(
  title, summary, years, content = 'documents', content_rowid = 'id', tokenize = 'archivist'
);
INSERT INTO ref_fts(ref_fts) VALUES ('rebuild');
CREATE VIRTUAL TABLE temp.v_cat USING fts5vocab(main, documents_fts, instance);
CREATE VIRTUAL TABLE temp.v_ref USING fts5vocab(main, ref_fts, instance);

SELECT 'corpus has names, days and tokens',
       (SELECT count(*) FROM mentions) > 2000, (SELECT count(*) FROM documents_when) > 400,
       (SELECT count(*) FROM temp.v_cat WHERE term LIKE '§%') > 2000;
SELECT 'mentions only in the catalog',
       (SELECT count(*) FROM (SELECT doc_id, field, name, canon, key, offset, length FROM mentions
                              EXCEPT SELECT * FROM ref_mentions));
SELECT 'mentions only in the reference',
       (SELECT count(*) FROM (SELECT * FROM ref_mentions
                              EXCEPT SELECT doc_id, field, name, canon, key, offset, length FROM mentions));
SELECT 'mentions counted apart', (SELECT count(*) FROM mentions) - (SELECT count(*) FROM ref_mentions);
SELECT 'days only in the R*Tree',
       (SELECT count(*) FROM (SELECT id, first_day, last_day FROM documents_when
                              EXCEPT SELECT id, first_day, last_day FROM documents_days));
SELECT 'days only in documents_days',
       (SELECT count(*) FROM (SELECT id, first_day, last_day FROM documents_days
                              EXCEPT SELECT id, first_day, last_day FROM documents_when));
SELECT 'tokens only in the catalog',
       (SELECT count(*) FROM (SELECT term, doc, col, offset FROM temp.v_cat
                              EXCEPT SELECT term, doc, col, offset FROM temp.v_ref));
SELECT 'tokens only in the rebuilt index',
       (SELECT count(*) FROM (SELECT term, doc, col, offset FROM temp.v_ref
                              EXCEPT SELECT term, doc, col, offset FROM temp.v_cat));
SELECT 'tokens counted apart', (SELECT count(*) FROM temp.v_cat) - (SELECT count(*) FROM temp.v_ref);
INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1);
SELECT 'integrity', group_concat(integrity_check) FROM pragma_integrity_check;

SELECT 'keyword and dates, changed', what, n FROM q_apart;
SELECT 'name found apart',
       (SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'Kim Ir Sen')
     - (SELECT count(*) FROM ref_fts WHERE ref_fts MATCH 'Kim Ir Sen');
SELECT 'stem found apart',
       (SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'discussing')
     - (SELECT count(*) FROM ref_fts WHERE ref_fts MATCH 'discussing');
