-- A copy can stop anywhere: at the end of a partial selection, or where a second selection
-- pasted after it begins. Cut every text fixture after each of its characters, read each cut
-- copy, and compare its records with those of the whole page: a cut copy may lose records and
-- cut the last one short, but never invents one. Each record of a cut copy must be the record
-- of the whole page at the same pos, with the same date line, a title and a summary that are
-- the beginnings of that record's (or no summary). A summary cut short that becomes a record
-- of its own, a cut line of page furniture ("Paginat") read as a title, a topic page's heading
-- read as a record once the line that opens its records is cut off, all fail here.
-- Each line: the fixture, how many cut copies were read (its length in characters), and how
-- many of them broke the rule.
.mode list
.nullvalue NULL

CREATE TABLE page AS
  SELECT column1 AS name, CAST(readfile('fixtures/' || column1 || '.txt') AS TEXT) AS t
    FROM (VALUES ('seed-kim-il-sung'), ('layout1-canonical'), ('layout1-cut-capitals'),
                 ('layout2-compact'), ('layout2-repeated-title'), ('layout3-bullets'),
                 ('layout3-bullets-repeated'), ('layout4-search-results'),
                 ('layout4-dash-repeated'), ('layout5-undated'), ('layout5-undated-traps'),
                 ('layout6-topic'), ('layout6-topic-repeated'), ('layout7-pages'),
                 ('layout8-cut-date'), ('layout8-cut-summary'), ('layout8-cut-title'),
                 ('layout8-cut-selection'), ('layout9-characters'));
CREATE TABLE whole AS SELECT page.name, l.* FROM page, listing(page.t) AS l;

WITH RECURSIVE cut(name, k) AS (
  SELECT name, 1 FROM page
  UNION ALL
  SELECT cut.name, k + 1 FROM cut JOIN page USING (name) WHERE k < length(page.t)
),
bad(name, k) AS (
  SELECT DISTINCT cut.name, cut.k
    FROM cut JOIN page USING (name), listing(substr(page.t, 1, cut.k)) AS c
    LEFT JOIN whole AS w ON w.name = cut.name AND w.pos = c.pos
   WHERE w.pos IS NULL
      OR c.date_text IS NOT w.date_text
      OR substr(w.title, 1, length(c.title)) <> c.title
      OR (c.summary IS NOT NULL
          AND (w.summary IS NULL OR substr(w.summary, 1, length(c.summary)) <> c.summary))
)
SELECT page.name, length(page.t), (SELECT count(*) FROM bad WHERE bad.name = page.name)
  FROM page ORDER BY page.rowid;
