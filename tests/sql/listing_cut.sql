-- Cut every text fixture after each of its characters and hold each cut copy to the rule of
-- tests/sql/include/cut_rule.sql: a cut copy may lose records and cut the last one short, but
-- never invents one. A summary cut short that becomes a record of its own, a cut line of page
-- furniture ("Paginat") read as a title, a topic page's heading read as a record once the line
-- that opens its records is cut off, all fail here.
-- Each line: the fixture, how many cut copies were read (its length in characters), and how
-- many of them broke the rule.
.mode list
.nullvalue NULL

CREATE TABLE page AS
  SELECT column1 AS name, CAST(readfile('fixtures/' || column1 || '.txt') AS TEXT) AS t,
         1 AS k0
    FROM (VALUES ('seed-kim-il-sung'), ('layout1-canonical'), ('layout1-cut-capitals'),
                 ('layout2-compact'), ('layout2-repeated-title'), ('layout3-bullets'),
                 ('layout3-bullets-repeated'), ('layout4-search-results'),
                 ('layout4-dash-repeated'), ('layout5-undated'), ('layout5-undated-traps'),
                 ('layout6-topic'), ('layout6-topic-repeated'), ('layout7-pages'),
                 ('layout8-cut-date'), ('layout8-cut-summary'), ('layout8-cut-title'),
                 ('layout8-cut-selection'), ('layout9-characters'),
                 -- the pages of the fourth listing audit that keep the rule
                 ('audit4-chrome-compact'), ('audit4-collection-facets'), ('audit4-cookie-gap'),
                 ('audit4-cut-end'), ('audit4-german'), ('audit4-mobile'), ('audit4-published'),
                 ('audit4-safari-bullets'), ('audit4-scripts'), ('audit4-theme-page'),
                 ('audit4-tools'), ('audit4-two-cuts'),
                 -- and those of the fifth
                 ('audit5-chinese'), ('audit5-collection-page'), ('audit5-firefox-gaps'),
                 ('audit5-german'), ('audit5-invisible-inline'), ('audit5-korean'),
                 ('audit5-safari-tabs'), ('audit5-search-page'), ('audit5-showing-total'),
                 ('audit5-summary-starts'), ('audit5-total-only'),
                 -- and those of the sixth
                 ('audit6-chinese-total'), ('audit6-chinese-ui'), ('audit6-collection-new'),
                 ('audit6-infinite-numbered'), ('audit6-japanese-total'), ('audit6-korean-ui'),
                 ('audit6-load-more'), ('audit6-ranks-total'), ('audit6-russian-cut'),
                 ('audit6-russian-ui'), ('audit6-several-dates'), ('audit6-summary-title-like'),
                 ('audit6-undated-mix'),
                 -- and those of the seventh
                 ('audit7/chinese-pasted-two'), ('audit7/chinese-ui'), ('audit7/korean-ui'),
                 ('audit7/no-summaries'), ('audit7/print-two-sheets'), ('audit7/print-wrapped'),
                 ('audit7/results-prefix-range'), ('audit7/several-blocks'),
                 ('audit7/undated-forms'),
                 -- and those of the eighth
                 ('audit8/citation-blocks'), ('audit8/filter-chips'),
                 ('audit8/no-summaries-compact'), ('audit8/pager-variants'),
                 ('audit8/related-lower'), ('audit8/titles-like-chrome'),
                 ('audit8/titles-like-dates'), ('audit8/two-pages-pager'));
CREATE TABLE whole AS SELECT page.name, l.* FROM page, listing(page.t) AS l;

.read tests/sql/include/cut_rule.sql
SELECT name, copies, broken FROM cut_rule;
