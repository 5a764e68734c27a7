-- age.sql: what an older version left in a catalog beyond what its functions computed (run
-- after build.sql with old_archivist loaded): its version number, mention keys of its name
-- engine (old_archivist's name_key()), and R*Tree rows of its date engine, which read "Winter
-- 1956/57" as the whole of both years and gave a document without a date_start no row.
UPDATE archivist_meta SET value = '0.0.9' WHERE key = 'archivist_version';
UPDATE mentions SET key = name_key(name);
UPDATE documents_when
   SET first_day = CAST(julianday('1956-01-01') AS INTEGER),
       last_day = CAST(julianday('1957-12-31') AS INTEGER)
 WHERE id = (SELECT id FROM documents WHERE date_text = 'Winter 1956/57');
DELETE FROM documents_when WHERE id = (SELECT id FROM documents WHERE title LIKE 'Letters of Kim Il Sung%');
-- A catalog built before RIS import and the export to reference managers has none of their
-- tables, views and triggers (sql/catalog.sql, its last two blocks).
DROP VIEW documents_csl;
DROP VIEW documents_ris;
DROP VIEW documents_dates;
DROP TRIGGER ris_import_insert;
DROP VIEW ris_import;
DROP TRIGGER documents_ad_details;
DROP TABLE document_details;
-- A catalog built before documents_unyeared has neither it nor its index.
DROP VIEW documents_unyeared;
DROP INDEX documents_unyeared_idx;
