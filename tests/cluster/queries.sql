-- queries.sql: what tests/cluster/run.sh asks each node of the dqlite cluster, while that node
-- is the leader, and the plain sqlite3 shell of a catalog built from the same files; the
-- outputs must be equal. sql/examples.sql is asked after these.
--
-- Every value is TEXT, INTEGER or NULL: clients print REALs and BLOBs each their own way. Each
-- part starts with a row naming it, so that a difference shows where it is.

SELECT '== archivist on this node', archivist_version();

SELECT '== listing(): every record of every page, read again on this node';
SELECT p.source, l.pos, l.rank, l.total, l.date_text, l.date_start, l.date_end, l.title,
       l.summary, l.kind
  FROM pages AS p, listing(p.body) AS l
 ORDER BY p.source, l.pos;
SELECT p.source, count(*), min(l.date_start), max(l.date_end)
  FROM pages AS p, listing(p.body) AS l
 WHERE l.date_start >= '1956-01-01' AND l.date_end <= '1967-12-31'
 GROUP BY p.source ORDER BY p.source;

SELECT '== documents: the catalog, as the import trigger filled it';
SELECT id, rank, date_text, date_start, date_end, title, summary, kind, source, years
  FROM documents ORDER BY id;

SELECT '== name_key(), name_canon(), name_match()';
SELECT name_key('Kim Il Sung'), name_key('Ким Ир Сен') = name_key('Kim Il-sŏng'),
       name_key('김일성') = name_key('Kim Il Sung'), name_canon('Chruschtschow'),
       name_match('Kim Il', 'Kim Il Sung'), name_match('N.S. Khrushchev', 'Nikita Khrushchev');
SELECT canon, key, count(*) FROM mentions
 WHERE key IN (name_key('Kim Il-sŏng'), name_key('Пузанов'), name_key('Shtykov'))
 GROUP BY key ORDER BY canon;

SELECT '== names(): the people in every title and summary, found again on this node';
SELECT d.id, n.name, n.canon, n.key, n.offset, n.length
  FROM documents AS d, names(d.title || ' / ' || coalesce(d.summary, '')) AS n
 ORDER BY d.id, n.offset;

SELECT '== mentions and people: filled by the catalog''s trigger';
SELECT doc_id, field, name, canon, key, offset, length FROM mentions
 ORDER BY doc_id, field, offset;
SELECT canon, key, documents, first, last FROM people ORDER BY documents DESC, canon;

SELECT '== the archivist FTS5 tokenizer';
SELECT 'Kim Ir Sen', group_concat(rowid, ' ')
  FROM (SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'Kim Ir Sen' ORDER BY rowid);
SELECT '김일성', group_concat(rowid, ' ')
  FROM (SELECT rowid FROM documents_fts WHERE documents_fts MATCH '김일성' ORDER BY rowid);
SELECT 'discussed', group_concat(rowid, ' ')
  FROM (SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'discussed' ORDER BY rowid);
SELECT 'Chruschtschow', group_concat(rowid, ' ')
  FROM (SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'Chruschtschow'
         ORDER BY rowid);
SELECT 'agricult*', group_concat(rowid, ' ')
  FROM (SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'agricult*' ORDER BY rowid);
SELECT rowid, highlight(documents_fts, 0, '[', ']'), highlight(documents_fts, 1, '[', ']')
  FROM documents_fts WHERE documents_fts MATCH '"Kim Il-sung" OR Puzanov' ORDER BY rowid;
SELECT stem('discussed'), stem('discussions'), stem('Verhandlungen', 'german');
INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check');
SELECT '== the full-text index matches what this node''s tokenizer makes of every document';

SELECT '== dates: range search';
SELECT 'within October 1963', group_concat(id, ' ')
  FROM (SELECT id FROM documents
         WHERE date_start BETWEEN '1963-10-01' AND '1963-10-31' AND date_end <= '1963-10-31'
         ORDER BY id);
SELECT 'overlapping 1956-1967, R*Tree', group_concat(id, ' ')
  FROM (SELECT d.id FROM documents_when AS w JOIN documents AS d ON d.id = w.id
         WHERE w.first_day <= CAST(julianday(date_end('1956-1967')) AS INTEGER)
           AND w.last_day >= CAST(julianday(date_start('1956-1967')) AS INTEGER)
         ORDER BY d.id);
SELECT 'Kim, 1956-1967, years in the full-text query', group_concat(id, ' ')
  FROM (SELECT d.id FROM documents_fts JOIN documents AS d ON d.id = documents_fts.rowid
         WHERE documents_fts MATCH 'Kim AND ' || date_match('1956-1967')
           AND date_overlaps(d.date_text, '1956-1967')
         ORDER BY d.id);
SELECT date_text, date_parse(date_text), date_edtf(date_text) FROM documents
 WHERE date_text IS NOT NULL GROUP BY date_text ORDER BY date_text;
SELECT match, offset, length, date_start, date_end, edtf
  FROM dates('Talks of 17 марта 1958 г., Winter 1956/57 and circa 1960.') ORDER BY offset;
SELECT year, documents, bar FROM timeline;

SELECT '== integrity_check';
PRAGMA integrity_check;
