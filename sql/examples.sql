-- examples.sql: the questions a historian asks of the catalog (sql/catalog.sql).
-- Each is one query; run them in the sqlite3 shell with the extension loaded. After a large
-- import, merge the full-text index first (sql/catalog.sql says why):
--   INSERT INTO documents_fts(documents_fts) VALUES ('optimize');

-- 1. Every document about a person, in any spelling of the name: Kim Il Sung, Kim Il-sŏng,
--    Ким Ир Сен, 김일성 all have one name key.
SELECT d.date_text, d.title
  FROM documents AS d
 WHERE d.id IN (SELECT doc_id FROM mentions WHERE key = name_key('Ким Ир Сен'))
 ORDER BY d.date_start;

-- 2. Keyword search with stemming: "discuss" finds discusses, discussed, discussion.
SELECT d.date_text, highlight(documents_fts, 1, '[', ']') AS summary
  FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
 WHERE documents_fts MATCH 'discuss'
 ORDER BY bm25(documents_fts);

-- 3. A date range: documents from 1956 to 1967 (overlapping it), through the R*Tree; a bound
--    left out of a hand-made record is open.
SELECT d.date_text, d.title
  FROM documents_when AS w JOIN documents AS d ON d.id = w.id
 WHERE w.first_day <= CAST(julianday(date_end('1956-1967')) AS INTEGER)
   AND w.last_day >= CAST(julianday(date_start('1956-1967')) AS INTEGER)
 ORDER BY d.date_start;

-- 4. A keyword and a range of whole years, counted, with no date read: the years column of
--    the full-text index decides (date_match() writes "years":(1956 OR ... OR 1967)), but for
--    the few documents of documents_unyeared, whose years and bounds disagree ("before 1960",
--    bounds typed by hand; see sql/catalog.sql): each adds one when its days overlap the range
--    and its years do not, and takes one away when its years do and its days do not. The
--    count is that of
--      SELECT count(*) FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
--       WHERE documents_fts MATCH 'agriculture'
--         AND d.date_start <= '1967-12-31' AND d.date_end >= '1956-01-01';
--    in a fraction of its time (1,000,000 documents: 12-21 ms instead of 50-80). A range of days
--    or months ("October 1963") is not whole years: read the days, as example 6 does. Another
--    keyword query goes in parentheses: '(rice OR agriculture) AND ' || date_match(...).
SELECT (SELECT count(*) FROM documents_fts
         WHERE documents_fts MATCH 'agriculture AND ' || date_match('1956-1967'))
     + (SELECT coalesce(sum(coalesce(d.date_start <= '1967-12-31'
                                     AND d.date_end >= '1956-01-01', 0)
                            - coalesce(substr(d.years, 1, 4) <= '1967'
                                       AND substr(d.years, -4) >= '1956', 0)), 0)
          FROM documents_unyeared AS d CROSS JOIN documents_fts ON documents_fts.rowid = d.id
         WHERE documents_fts MATCH 'agriculture') AS documents;

-- 5. The same documents, the first 50 by date (date_start, then id), without sorting them all:
--    they begin in the earliest years. upto counts the documents with the keyword year by year
--    (those with 1956, then those that begin in each year after it: the year and not the one
--    before), until there are 50 more than documents_unyeared holds (those may be among them
--    and out of the range). Then four kinds are read: documents that begin before 1956 and
--    run into it (they have both 1955 and 1956; their dates looked up through documents_span);
--    documents that begin in 1956 .. the year reached, either read in date order from
--    documents_date and kept when the full-text index has them (many: the first 50 are soon
--    found) or looked up through documents_span (500 or fewer; the LIMITs choose); and
--    documents_unyeared by their days. The rows are those of ... ORDER BY d.date_start, d.id
--    LIMIT 50 over the join of the note above (1,000,000 documents: 5-7 ms, not 50-70; a
--    keyword in 30 documents of the range: 3.5 ms; one in 420,507 of all: 20 ms, not 200).
WITH RECURSIVE upto(year, n) AS (
  SELECT 1956, (SELECT count(*) FROM documents_fts
                 WHERE documents_fts MATCH 'agriculture AND ' || date_match('1956'))
  UNION ALL
  SELECT year + 1, n + (SELECT count(*) FROM documents_fts
                         WHERE documents_fts MATCH '(agriculture AND ' || date_match(year + 1)
                                                   || ') NOT ' || date_match(year))
    FROM upto
   WHERE year < 1967 AND n - (SELECT count(*) FROM documents_unyeared) < 50),
cut(year, n) AS (SELECT year, n FROM upto ORDER BY year DESC LIMIT 1),
hits(id, date_start) AS (
  SELECT d.id, d.date_start
    FROM documents_fts JOIN documents AS d INDEXED BY documents_span ON d.id = documents_fts.rowid
   WHERE documents_fts MATCH 'agriculture AND ' || date_match('1955') || ' AND '
                             || date_match('1956')
     AND d.date_start <= '1967-12-31' AND d.date_end >= '1956-01-01'
  UNION
  SELECT * FROM (
    SELECT d.id, d.date_start FROM documents AS d INDEXED BY documents_date
     WHERE d.date_start BETWEEN '1956-01-01' AND (SELECT printf('%04d-12-31', year) FROM cut)
       AND d.date_end >= '1956-01-01'
       AND d.id IN (SELECT rowid FROM documents_fts
                     WHERE documents_fts MATCH 'agriculture AND '
                            || date_match((SELECT printf('1956-%04d', year) FROM cut)))
     ORDER BY d.date_start, d.id
     LIMIT (SELECT CASE WHEN n > 500 THEN 50 ELSE 0 END FROM cut))
  UNION
  SELECT * FROM (
    SELECT d.id, d.date_start
      FROM documents_fts JOIN documents AS d INDEXED BY documents_span
        ON d.id = documents_fts.rowid
     WHERE documents_fts MATCH 'agriculture AND '
                               || date_match((SELECT printf('1956-%04d', year) FROM cut))
       AND d.date_start <= '1967-12-31' AND d.date_end >= '1956-01-01'
     LIMIT (SELECT CASE WHEN n > 500 THEN 0 ELSE -1 END FROM cut))
  UNION
  SELECT d.id, d.date_start
    FROM documents_unyeared AS d CROSS JOIN documents_fts ON documents_fts.rowid = d.id
   WHERE documents_fts MATCH 'agriculture'
     AND d.date_start <= '1967-12-31' AND d.date_end >= '1956-01-01')
SELECT d.date_text, d.title
  FROM hits JOIN documents AS d ON d.id = hits.id
 ORDER BY hits.date_start, hits.id LIMIT 50;

-- 6. All three at once: Kim Il Sung discussing anything between 1956 and 1967. The years go
--    into the full-text query (date_match() writes it: "years":(1956 OR ... OR 1967)), so the
--    index finds the few documents that have all three; the last line keeps the exact days.
SELECT d.date_text, d.title
  FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
 WHERE documents_fts MATCH 'discuss AND "Kim Il-sung" AND ' || date_match('1956-1967')
   AND date_overlaps(d.date_text, '1956-1967')
 ORDER BY d.date_start;

-- 7. The same, as a person types it into a search box: search_query() makes the text a query
--    that always parses (MATCH 'Kim Il-sung' alone is a syntax error, and so is a quotation mark
--    left open), reads "1956-1967" as the years and "Kim Il-sung" as the person in any spelling.
SELECT search_query('Kim Il-sung agriculture 1956-1967');
SELECT d.date_text, d.title
  FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
 WHERE documents_fts MATCH search_query('Kim Il-sung agriculture 1956-1967')
   AND date_overlaps(d.date_text, '1956-1967')
 ORDER BY d.date_start;

-- 8. People who appear together, and how often.
SELECT a.canon, b.canon, count(DISTINCT a.doc_id) AS documents
  FROM mentions AS a JOIN mentions AS b ON a.doc_id = b.doc_id AND a.key < b.key
 GROUP BY a.key, b.key
 ORDER BY documents DESC, a.canon, b.canon
 LIMIT 10;

-- 9. Documents per year.
SELECT * FROM timeline;

-- 10. Phrase, prefix and NEAR queries, column filters and snippets work as in any FTS5 table;
--    quote a name with a hyphen (FTS5 reads a bare "-" as an operator), or let search_query()
--    do it.
SELECT snippet(documents_fts, -1, '[', ']', '…', 10)
  FROM documents_fts
 WHERE documents_fts MATCH 'title: "Kim Il-sung" OR NEAR(puzanov plan, 10) OR agricult*';

-- 11. The links of the documents about a person in a date range, to go back to each document:
--    Kim Il Sung (any spelling) in documents dated within 1956-1967. Only records read from
--    saved pages have a link.
SELECT d.date_text, d.title, d.url
  FROM documents AS d
 WHERE d.id IN (SELECT doc_id FROM mentions WHERE key = name_key('Kim Il-sŏng'))
   AND d.date_start >= '1956-01-01' AND d.date_end <= '1967-12-31'
   AND d.url IS NOT NULL
 ORDER BY d.date_start;
