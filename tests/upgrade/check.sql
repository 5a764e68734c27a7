-- check.sql: a catalog as this version reads it: the recorded version, what SQLite's integrity
-- checks say, and what a user's queries find.
.mode list
.nullvalue NULL
SELECT 'version', value, archivist_version() FROM archivist_meta WHERE key = 'archivist_version';
-- each index PRAGMA integrity_check finds stale (its message ends with the index's name)
SELECT DISTINCT 'integrity_check',
       CASE integrity_check WHEN 'ok' THEN 'ok' ELSE 'stale index '
         || substr(integrity_check, length(rtrim(integrity_check, replace(integrity_check, ' ', ''))) + 1)
       END AS what
  FROM pragma_integrity_check ORDER BY what;
SELECT 'rtreecheck', rtreecheck('documents_when');
-- FTS5's check of the index against the documents (an error when they differ)
INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1);
SELECT 'fts integrity-check', 'done';
-- what a user finds: through the index on name_key(), the years, the mentions, the R*Tree
SELECT 'notes naming Kim Il Sung', count(*) FROM notes WHERE name_key(who) = name_key('Kim Il-sung');
SELECT 'winter report in 1957', count(*) FROM documents_fts
 WHERE documents_fts MATCH 'years:1957 AND grain';
SELECT 'mentions of Kim Il Sung', count(*) > 0 FROM mentions WHERE key = name_key('Kim Il Sung');
SELECT 'winter report in June 1957', count(*) FROM documents_when AS w JOIN documents AS d USING (id)
 WHERE d.date_text = 'Winter 1956/57'
   AND w.first_day <= CAST(julianday('1957-06-30') AS INTEGER)
   AND w.last_day >= CAST(julianday('1957-06-01') AS INTEGER);
SELECT 'open start in the R*Tree', count(*) FROM documents_when
 WHERE id = (SELECT id FROM documents WHERE title LIKE 'Letters of Kim Il Sung%');
SELECT 'hundred flowers', count(*) FROM documents WHERE title LIKE 'Telegram on the %Hundred Flowers%';
