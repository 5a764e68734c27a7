-- RIS into the catalog and out of it (sql/catalog.sql): ris_import merges the records of the
-- archive's RIS files and of a Zotero export with the documents imported from listings, and
-- documents_ris / documents_csl write them out for reference managers. Expected rows written
-- by hand from the fixtures and README's rules (merge, dates).
.mode list
.nullvalue NULL
.read sql/catalog.sql
.read sql/import.sql
SELECT 'listings', count(*), count(url) FROM documents;

-- The archive's RIS: the Shtykov telegram and the Qiang Xiaochu cable are on the seed listing
-- (same title and day; the cable's title has typographic quotation marks there, straight ones
-- here), the Hungarian telegram on the saved page (same url); two documents are new.
INSERT INTO ris_import SELECT *, 'archive-documents.ris' FROM ris(readfile('fixtures/archive-documents.ris'));
SELECT 'archive', count(*), count(url), (SELECT count(*) FROM document_details) FROM documents;
-- Imported again: nothing added, nothing changed.
INSERT INTO ris_import SELECT *, 'archive-documents.ris' FROM ris(readfile('fixtures/archive-documents.ris'));
SELECT 'again', count(*), count(url), (SELECT count(*) FROM document_details) FROM documents;

-- Zotero's export: the Shtykov telegram again (its url now known), the Song Renqiong report
-- of the seed listing (same title and day), and a new memorandum.
INSERT INTO ris_import SELECT *, 'zotero-export.ris' FROM ris(readfile('fixtures/zotero-export.ris'));
SELECT 'zotero', count(*), count(url), (SELECT count(*) FROM document_details) FROM documents;

-- What each merged and new document holds: the listing's summary and date line kept, the url
-- filled in; a new one's date as the date engine reads it.
SELECT d.id, d.source, d.date_text, d.date_start, d.date_end, d.url, x.type, x.archive, x.location,
       x.language
  FROM documents AS d LEFT JOIN document_details AS x ON x.doc_id = d.id
 WHERE x.doc_id IS NOT NULL ORDER BY d.id;
SELECT id, substr(summary, 1, 40) FROM documents WHERE id IN (1, 8, 17, 19) ORDER BY id;
SELECT doc_id, authors, keywords FROM document_details ORDER BY doc_id;
-- The details of the first record that named them stay: the Shtykov telegram's location is the
-- archive's, not Zotero's.
SELECT json_extract(tags, '$.TY[0]'), json_extract(tags, '$.AV[0]') IS NOT NULL
  FROM document_details WHERE doc_id = 8;
-- New documents are searched like the others: years column, full text, people named.
SELECT 'years', id, years FROM documents WHERE id IN (17, 18, 19) ORDER BY id;
SELECT 'fts', count(*) FROM documents_fts WHERE documents_fts MATCH 'withdrawal AND years:1958';
SELECT 'mentions', group_concat(canon, '; ') FROM (SELECT DISTINCT canon FROM mentions
 WHERE doc_id = 19 ORDER BY canon);

-- A record without a title makes no document.
INSERT INTO ris_import SELECT *, 'untitled' FROM ris('TY  - GEN' || char(10) || 'PY  - 1960'
  || char(10) || 'ER  - ');
SELECT 'untitled', count(*) FROM documents;

-- Documents of every kind of date, typed by hand.
INSERT INTO documents(date_text, date_start, date_end, title, summary, source) VALUES
  ('Winter 1956/57', '1956-12-01', '1957-02-28', 'Report of the Hungarian Embassy in Pyongyang on the Grain Procurement', NULL, 'hand'),
  ('circa 1956', '1956-01-01', '1956-12-31', 'Notes of Kim Il Sung on the August Plenum', NULL, 'hand'),
  ('before 1960', NULL, '1959-12-31', 'Letters of Kim Il Sung to Khrushchev', NULL, 'hand'),
  ('1956-1967', '1956-01-01', '1967-12-31', 'Papers of the Soviet Embassy in Pyongyang', NULL, 'hand'),
  ('Spring 1957', '1957-03-01', '1957-05-31', 'Reports on the Spring Sowing', NULL, 'hand'),
  (NULL, NULL, NULL, 'Undated Note on the Border', NULL, 'hand');

-- RIS out: lines end in CR LF (shown here without the CR); DA for a day, month or year, the
-- year of a span within one, none for a span across years; the date as written in N1 when DA
-- does not say it all; KW the people named, then the record's keywords.
SELECT 'CRLF', count(*) FROM documents_ris
 WHERE instr(replace(ris, char(13, 10), ''), char(10)) = 0 AND instr(ris, char(13, 10)) > 0;
SELECT replace(ris, char(13), '') FROM documents_ris WHERE id IN (8, 17, 19, 20, 21, 22, 23, 24, 25)
 ORDER BY id;

-- CSL-JSON out.
SELECT 'valid', count(*), sum(json_valid(csl)) FROM documents_csl;
SELECT csl FROM documents_csl WHERE id IN (8, 17, 19, 20, 21, 22, 23, 24, 25) ORDER BY id;

-- Round trip: the RIS written is read back by ris(): one record per document, the same titles,
-- and the same days for every date RIS can carry whole.
SELECT 'round trip', count(*), sum(r.title = d.title),
       sum(r.date_start IS d.date_start AND r.date_end IS d.date_end),
       sum(dd.precision IN ('day', 'month', 'year'))
  FROM ris((SELECT group_concat(ris, '') FROM documents_ris)) AS r
  JOIN documents AS d ON d.id = r.pos
  LEFT JOIN documents_dates AS dd ON dd.id = d.id;

-- Deleting a document deletes its details.
DELETE FROM documents WHERE id = 19;
SELECT 'deleted', count(*) FROM document_details WHERE doc_id = 19;
