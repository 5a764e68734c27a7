-- listing()'s url column: each record's link to its document, from a saved HTML page.
-- The pages are fixtures/*.html; every expected address is written from the page's markup by
-- RFC 3986 (the page's <base href>, else its canonical link, else og:url, else the "saved
-- from" note, else the second argument; with none of these, as written).
.mode list
.nullvalue NULL

-- Only a canonical link names the page: "/document/119247" resolves against it; a title
-- linked to "#" has no document link.
SELECT 'canonical', pos, url FROM listing(readfile('fixtures/layout1-canonical.html'));
-- The page's own address wins over the second argument.
SELECT 'canonical+arg', pos, url
  FROM listing(readfile('fixtures/layout1-canonical.html'), 'https://other.example/x/y');

-- <base href> (over the canonical link): "../../../", "document/", "//host", "?query", and a
-- "javascript:" link, which leads to no document.
SELECT 'base', pos, url FROM listing(readfile('fixtures/layout2-base-href.html'));

-- og:url only; "&amp;" in the links is "&"; white space around an href is dropped; a
-- "mailto:" link leads to no document.
SELECT 'og', pos, url FROM listing(readfile('fixtures/layout3-bullets-og.html'));

-- A page that names no address: links as written, the mirror's address with its spaces,
-- accented letters and soft hyphen (&shy;, shown here as [shy]) decoded and not
-- percent-encoded.
SELECT 'none', pos, replace(url, char(173), '[shy]')
  FROM listing(readfile('fixtures/layout6-topic-cards.html'));
-- ... and the same with the page's address given: the relative link resolves, the others
-- were absolute already.
SELECT 'none+arg', pos, replace(url, char(173), '[shy]')
  FROM listing(readfile('fixtures/layout6-topic-cards.html'),
               'https://digitalarchive.wilsoncenter.org/topics/berlin-crisis');

-- The "saved from" note a browser writes at the top of a page it saves.
SELECT 'saved', pos, url FROM listing(readfile('fixtures/layout5-undated-saved.html'));

-- A page without any address, read with and without the second argument; a base_url that is
-- a path only is used as far as it goes; '' and NULL are no base.
SELECT 'plain', pos, url FROM listing(readfile('fixtures/layout1-page.html')) WHERE pos <= 2;
SELECT 'plain+arg', pos, url
  FROM listing(readfile('fixtures/layout1-page.html'),
               'https://digitalarchive.wilsoncenter.org/search?keys=embassy&page=2')
 WHERE pos IN (1, 6);
SELECT 'plain+path', pos, url
  FROM listing(readfile('fixtures/layout1-page.html'), '/archive/search') WHERE pos = 1;
SELECT 'plain+empty', pos, url
  FROM listing(readfile('fixtures/layout1-page.html'), '') WHERE pos = 1;
SELECT 'plain+null', pos, url
  FROM listing(readfile('fixtures/layout1-page.html'), NULL) WHERE pos = 1;

-- The second argument from a table, with the page: a join; and with date bounds pushed down.
CREATE TABLE pages(body BLOB, address TEXT);
INSERT INTO pages VALUES
  (readfile('fixtures/layout1-page.html'), 'https://digitalarchive.wilsoncenter.org/search'),
  (readfile('fixtures/layout5-undated.html'), 'https://mirror.example.org/a/b');
SELECT 'join', l.pos, l.url FROM pages AS p, listing(p.body, p.address) AS l
 WHERE l.date_start >= '1966-01-01' OR l.pos = 1 ORDER BY p.rowid, l.pos;
EXPLAIN QUERY PLAN SELECT url FROM listing(readfile('fixtures/layout1-page.html'), 'https://h/')
 WHERE date_start >= '1960-01-01' AND date_end <= '1965-12-31';
SELECT 'bounds', pos, url
  FROM listing(readfile('fixtures/layout1-page.html'), 'https://h/')
 WHERE date_start >= '1960-01-01' AND date_end <= '1965-12-31';

-- A url is the title's link alone: a text copy of the same page has none.
SELECT 'text', count(*), count(url) FROM listing(readfile('fixtures/layout2-compact.txt'),
                                               'https://digitalarchive.wilsoncenter.org/');
