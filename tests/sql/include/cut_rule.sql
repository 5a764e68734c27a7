-- cut_rule.sql: the rule a copy cut short keeps, for listing_cut.sql, listing_pages.sql and
-- listing_forms.sql,
-- which .read it after making page(name, t, k0) (a page's text, and the first length to cut it
-- to) and whole (page's name, then every column of listing(t)).
-- A copy can stop anywhere: at the end of a partial selection, or where a second selection
-- pasted after it begins. Cut each page after each of its characters from k0 on, read each cut
-- copy, and compare its records with those of the whole page: a cut copy may lose records and
-- cut the last one short, but never invents one. Each record of a cut copy must be the record
-- of the whole page at the same pos, with the same date line, a title and a summary that are
-- the beginnings of that record's (or no summary).
-- A page named in cut_dateless prints each date line below its title: a copy cut between a
-- title and its date line has the record without its date, so there a cut record's date line may
-- be missing (but never another's).
-- The view cut_rule: each page's name, the cut copies read and those that broke the rule.
CREATE TEMP TABLE IF NOT EXISTS cut_dateless(name TEXT PRIMARY KEY);
CREATE TEMP VIEW cut_rule(name, copies, broken) AS
WITH RECURSIVE cut(name, k) AS (
  SELECT name, k0 FROM page
  UNION ALL
  SELECT cut.name, k + 1 FROM cut JOIN page USING (name) WHERE k < length(page.t)
),
bad(name, k) AS (
  SELECT DISTINCT cut.name, cut.k
    FROM cut JOIN page USING (name), listing(substr(page.t, 1, cut.k)) AS c
    LEFT JOIN whole AS w ON w.name = cut.name AND w.pos = c.pos
   WHERE w.pos IS NULL
      OR (c.date_text IS NOT w.date_text
          AND (c.date_text IS NOT NULL OR cut.name NOT IN (SELECT name FROM cut_dateless)))
      OR substr(w.title, 1, length(c.title)) <> c.title
      OR (c.summary IS NOT NULL
          AND (w.summary IS NULL OR substr(w.summary, 1, length(c.summary)) <> c.summary))
)
SELECT page.name, (SELECT count(*) FROM cut WHERE cut.name = page.name),
       (SELECT count(*) FROM bad WHERE bad.name = page.name)
  FROM page ORDER BY page.rowid;
