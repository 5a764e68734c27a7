-- dump.sql: everything a catalog holds, as rows in a fixed order, so that two catalogs hold the
-- same when their dumps are the same: the documents (the generated columns as this version
-- computes them), the mentions, the R*Tree, the full-text index term by term (fts5vocab) and its
-- document sizes, the recorded version, and the keys the indexes on archivist functions store.
.mode list
.nullvalue NULL
SELECT 'documents', * FROM documents ORDER BY id;
SELECT 'mentions', doc_id, field, name, canon, key, offset, length FROM mentions
 ORDER BY doc_id, field, offset, name;
SELECT 'when', id, first_day, last_day FROM documents_when ORDER BY id;
CREATE VIRTUAL TABLE temp.fts_terms USING fts5vocab(main, documents_fts, 'instance');
SELECT 'fts', term, doc, col, offset FROM temp.fts_terms ORDER BY term, doc, col, offset;
SELECT 'fts sizes', id, hex(sz) FROM documents_fts_docsize ORDER BY id;
SELECT 'meta', key, value FROM archivist_meta ORDER BY key;
SELECT 'notes', rowid, who, note FROM notes ORDER BY rowid;
SELECT 'notes_by_person', name_key(who), rowid FROM notes INDEXED BY notes_by_person
 WHERE name_key(who) IS NOT NULL ORDER BY name_key(who), rowid;
SELECT 'title and date keys', title_key, date_key, id FROM documents
 INDEXED BY sqlite_autoindex_documents_1 WHERE title_key IS NOT NULL ORDER BY title_key, date_key;
-- The catalog's tables, views, triggers and indexes, with their text (but the table the
-- upgrade keeps merged documents in, which a fresh build has no need of).
SELECT 'schema', type, name, replace(sql, char(10), ' ') FROM sqlite_schema
 WHERE name NOT LIKE 'sqlite_%' AND name <> 'documents_merged' ORDER BY type, name;
