-- pages.sql: how tests/cluster/run.sh imports listings, on the cluster and in the sqlite3 shell
-- alike, after sql/catalog.sql.
--
-- A dqlite node cannot run readfile() (a function of the sqlite3 shell, and the node would read
-- its own disk, not the client's): the client sends each page's bytes as a bound BLOB
-- parameter, one statement per page:
--
--   INSERT INTO pages(source, body) VALUES (?, ?)
--
-- and the sqlite3 shell reads the same file:
--
--   INSERT INTO pages(source, body) VALUES ('seed-kim-il-sung.txt', readfile('fixtures/...'));
--
-- The trigger then imports the page as sql/import.sql does, and the page stays in the catalog,
-- so that every node can run listing() on it again (tests/cluster/queries.sql).
CREATE TABLE IF NOT EXISTS pages(
  source TEXT PRIMARY KEY,          -- the file name
  body BLOB NOT NULL                -- its bytes, as read
);

CREATE TRIGGER IF NOT EXISTS pages_ai AFTER INSERT ON pages BEGIN
  INSERT INTO documents(rank, date_text, date_start, date_end, title, summary, kind, source)
    SELECT rank, date_text, date_start, date_end, title, summary, kind, new.source
      FROM listing(new.body);
END;
