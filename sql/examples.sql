-- examples.sql: the questions a historian asks of the catalog (sql/catalog.sql).
-- Each is one query; run them in the sqlite3 shell with the extension loaded.

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

-- 4. All three at once: Kim Il Sung discussing anything between 1956 and 1967. The years go
--    into the full-text query (date_match() writes it: "years":(1956 OR ... OR 1967)), so the
--    index finds the few documents that have all three; the last line keeps the exact days.
SELECT d.date_text, d.title
  FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
 WHERE documents_fts MATCH 'discuss AND "Kim Il-sung" AND ' || date_match('1956-1967')
   AND date_overlaps(d.date_text, '1956-1967')
 ORDER BY d.date_start;

-- 5. The same, as a person types it into a search box: search_query() makes the text a query
--    that always parses (MATCH 'Kim Il-sung' alone is a syntax error, and so is a quotation mark
--    left open), reads "1956-1967" as the years and "Kim Il-sung" as the person in any spelling.
SELECT search_query('Kim Il-sung agriculture 1956-1967');
SELECT d.date_text, d.title
  FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
 WHERE documents_fts MATCH search_query('Kim Il-sung agriculture 1956-1967')
   AND date_overlaps(d.date_text, '1956-1967')
 ORDER BY d.date_start;

-- 6. People who appear together, and how often.
SELECT a.canon, b.canon, count(DISTINCT a.doc_id) AS documents
  FROM mentions AS a JOIN mentions AS b ON a.doc_id = b.doc_id AND a.key < b.key
 GROUP BY a.key, b.key
 ORDER BY documents DESC, a.canon, b.canon
 LIMIT 10;

-- 7. Documents per year.
SELECT * FROM timeline;

-- 8. Phrase, prefix and NEAR queries, column filters and snippets work as in any FTS5 table;
--    quote a name with a hyphen (FTS5 reads a bare "-" as an operator), or let search_query()
--    do it.
SELECT snippet(documents_fts, -1, '[', ']', '…', 10)
  FROM documents_fts
 WHERE documents_fts MATCH 'title: "Kim Il-sung" OR NEAR(puzanov plan, 10) OR agricult*';

-- 8. The links of the documents about a person in a date range, to go back to each document:
--    Kim Il Sung (any spelling) in documents dated within 1956-1967. Only records read from
--    saved pages have a link.
SELECT d.date_text, d.title, d.url
  FROM documents AS d
 WHERE d.id IN (SELECT doc_id FROM mentions WHERE key = name_key('Kim Il-sŏng'))
   AND d.date_start >= '1956-01-01' AND d.date_end <= '1967-12-31'
   AND d.url IS NOT NULL
 ORDER BY d.date_start;
