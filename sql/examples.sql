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
--    in a fraction of its time (1,000,000 documents: 11-21 ms instead of 44-80). The question
--    is its first line (ask): any full-text query ('rice OR agriculture' too) and two years. A
--    range of days or months ("October 1963") is not whole years: read the days, as example 6
--    does.
WITH ask(query, first_year, last_year) AS (VALUES ('agriculture', 1956, 1967)),
span(query, years, first_day, last_day, y1, y2) AS (
  SELECT '(' || query || ')', date_match(printf('%04d-%04d', first_year, last_year)),
         printf('%04d-01-01', first_year), printf('%04d-12-31', last_year),
         printf('%04d', first_year), printf('%04d', last_year) FROM ask)
SELECT (SELECT count(*) FROM documents_fts
         WHERE documents_fts MATCH (SELECT query || ' AND ' || years FROM span))
     + (SELECT coalesce(sum(coalesce(d.date_start <= s.last_day AND d.date_end >= s.first_day, 0)
                            - coalesce(substr(d.years, 1, 4) <= s.y2
                                       AND substr(d.years, -4) >= s.y1, 0)), 0)
          FROM span AS s, documents_unyeared AS d CROSS JOIN documents_fts
            ON documents_fts.rowid = d.id
         WHERE documents_fts MATCH (SELECT query FROM span)) AS documents;

-- 5. The same documents, the first 50 by date (date_start, then id), without sorting them all:
--    they begin in the earliest years. The question is the first line again, with how many.
--    upto counts the documents with the keyword year by year (those with the first year, then
--    those that begin in each year after it: the year and not the one before), until there
--    are 50 more than documents_unyeared holds (those may be among them and out of the
--    range). Then four kinds are read: documents that begin before the first year and run
--    into it (they have both years; their dates looked up through documents_span); documents
--    that begin in the first year .. the year reached, either read in date order from
--    documents_date and kept when the full-text index has them (more than 500: the first 50
--    are soon found) or looked up through documents_span (the LIMITs choose); and
--    documents_unyeared by their days. The rows are those of ... ORDER BY d.date_start, d.id
--    LIMIT 50 over the join of the note above (1,000,000 documents: 5-7 ms, not 45-70; a
--    keyword in 30 documents of the range: 3.5 ms; one in 420,507 of all: 20 ms, not 200).
WITH RECURSIVE ask(query, first_year, last_year, n) AS (VALUES ('agriculture', 1956, 1967, 50)),
span(query, first_day, last_day, n) AS (
  SELECT '(' || query || ')', printf('%04d-01-01', first_year), printf('%04d-12-31', last_year),
         n FROM ask),
upto(year, n) AS (
  SELECT first_year, (SELECT count(*) FROM documents_fts
                       WHERE documents_fts MATCH (SELECT query FROM span) || ' AND '
                                                 || date_match(first_year))
    FROM ask
  UNION ALL
  SELECT year + 1, upto.n + (SELECT count(*) FROM documents_fts
                              WHERE documents_fts MATCH '(' || (SELECT query FROM span)
                                                        || ' AND ' || date_match(year + 1)
                                                        || ') NOT ' || date_match(year))
    FROM upto, ask
   WHERE year < last_year AND upto.n - (SELECT count(*) FROM documents_unyeared) < ask.n),
cut(year, n, last_day) AS (
  SELECT year, n, printf('%04d-12-31', year) FROM upto ORDER BY year DESC LIMIT 1),
hits(id, date_start) AS (
  SELECT d.id, d.date_start
    FROM documents_fts JOIN documents AS d INDEXED BY documents_span ON d.id = documents_fts.rowid
   WHERE documents_fts MATCH (SELECT span.query || ' AND ' || date_match(first_year - 1)
                                     || ' AND ' || date_match(first_year) FROM span, ask)
     AND d.date_start <= (SELECT last_day FROM span) AND d.date_end >= (SELECT first_day FROM span)
  UNION
  SELECT * FROM (
    SELECT d.id, d.date_start FROM documents AS d INDEXED BY documents_date
     WHERE d.date_start BETWEEN (SELECT first_day FROM span) AND (SELECT last_day FROM cut)
       AND d.date_end >= (SELECT first_day FROM span)
       AND d.id IN (SELECT rowid FROM documents_fts
                     WHERE documents_fts MATCH (SELECT span.query || ' AND '
                                  || date_match(printf('%04d-%04d', first_year, cut.year))
                                  FROM span, ask, cut))
     ORDER BY d.date_start, d.id
     LIMIT (SELECT CASE WHEN cut.n > 500 THEN span.n ELSE 0 END FROM cut, span))
  UNION
  SELECT * FROM (
    SELECT d.id, d.date_start
      FROM documents_fts JOIN documents AS d INDEXED BY documents_span
        ON d.id = documents_fts.rowid
     WHERE documents_fts MATCH (SELECT span.query || ' AND '
                                       || date_match(printf('%04d-%04d', first_year, cut.year))
                                  FROM span, ask, cut)
       AND d.date_start <= (SELECT last_day FROM span)
       AND d.date_end >= (SELECT first_day FROM span)
     LIMIT (SELECT CASE WHEN n > 500 THEN 0 ELSE -1 END FROM cut))
  UNION
  SELECT d.id, d.date_start
    FROM span AS s, documents_unyeared AS d CROSS JOIN documents_fts
      ON documents_fts.rowid = d.id
   WHERE documents_fts MATCH (SELECT query FROM span)
     AND d.date_start <= s.last_day AND d.date_end >= s.first_day)
SELECT d.id, d.date_text, d.title
  FROM hits JOIN documents AS d ON d.id = hits.id
 ORDER BY hits.date_start, hits.id LIMIT (SELECT n FROM span);

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
