-- ris(): the records of RIS files in the archive's style (fixtures/archive-documents.ris, CRLF
-- line ends, as /document/<id>.ris gives them, joined) and in Zotero's (fixtures/zotero-export.ris:
-- a byte-order mark, a blank line after each record, notes over several lines), column by
-- column. Expected rows written by hand from the fixtures and the column rules of README.
.mode list
.nullvalue NULL

SELECT pos, type, title, authors, date_text, date_start, date_end, date_edtf
  FROM ris(readfile('fixtures/archive-documents.ris'));
SELECT pos, url, archive, location, language, keywords
  FROM ris(readfile('fixtures/archive-documents.ris'));
SELECT pos, abstract FROM ris(readfile('fixtures/archive-documents.ris')) WHERE pos = 4;

-- Zotero's: AN is the archive location, LA a code, DA and PY both given.
SELECT pos, type, title, authors, date_text, date_start, date_end, location, language, keywords
  FROM ris(readfile('fixtures/zotero-export.ris'));
-- An abstract of two paragraphs keeps its blank line; a note over two lines is in tags.
SELECT abstract FROM ris(readfile('fixtures/zotero-export.ris')) WHERE pos = 2;
SELECT tags FROM ris(readfile('fixtures/zotero-export.ris')) WHERE pos = 2;
-- Every tag, in order of first appearance, each with all its values.
SELECT json_group_array(key) FROM ris(readfile('fixtures/zotero-export.ris')) AS r,
       json_each(r.tags) WHERE r.pos = 1;

-- The same bytes as a BLOB; rowid is pos; the rows come in pos order.
SELECT count(*), sum(rowid = pos) FROM ris(CAST(readfile('fixtures/zotero-export.ris') AS BLOB));
SELECT group_concat(pos) FROM (SELECT pos FROM ris(readfile('fixtures/archive-documents.ris'))
                                ORDER BY pos);
-- One row per author, per keyword.
SELECT r.pos, a.value FROM ris(readfile('fixtures/zotero-export.ris')) AS r,
       json_each(r.authors) AS a ORDER BY r.pos, a.key;

-- Inline text: a title wrapped over two lines, one-space tags, a DA without its year, an
-- empty AB, a keyword list on continuation lines, Y1 as the only date, unknown tags kept.
SELECT pos, type, title, date_text, date_start, date_end, abstract, keywords, tags FROM ris(
  'TY - RPRT' || char(10) ||
  'TI - Report on the Situation in the' || char(10) ||
  '  Democratic People''s Republic of Korea' || char(10) ||
  'PY  - 1948' || char(10) ||
  'DA  - July' || char(10) ||
  'AB  - ' || char(10) ||
  'KW  - agriculture' || char(10) || 'economy' || char(10) ||
  'ER  - ' || char(10) ||
  'TY  - GEN' || char(10) ||
  'T1  - Older title tag' || char(10) ||
  'Y1  - 1956///' || char(10) ||
  'X9  - kept' || char(10) ||
  'ER  -');

-- Dates: RIS forms and the date engine's.
SELECT d, (SELECT date_start || ' ' || date_end || ' ' || date_edtf
             FROM ris('TY  - GEN' || char(10) || 'DA  - ' || d || char(10) || 'ER  - '))
  FROM (SELECT column1 AS d FROM (VALUES ('1963/10/08/'), ('1963/10//'), ('1956///'), ('1963/10/08/Tuesday'),
               ('circa 1956'), ('Winter 1956/57'), ('1956/57'), ('1963/02/30/'), ('Spring')));
