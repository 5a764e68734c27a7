-- Every date form of issue #3 through date_start, date_end, date_edtf and date_parse.
-- Output: input|start|end|edtf|precision|flags
.mode list
.nullvalue NULL
CREATE TABLE forms(n INTEGER PRIMARY KEY, x TEXT);
INSERT INTO forms(x) VALUES
  -- English
  ('October 8, 1963'), ('Oct. 8, 1963'), ('Sept. 8, 1961'), ('8 October 1963'),
  ('8th of October, 1963'), ('October 8th, 1963'), ('OCTOBER 8, 1963'),
  ('Tuesday, October 8, 1963'), ('8-Oct-1963'), ('August 28th 1954'), ('8 OCT 63'),
  ('October 02, 1959'), ('September 1959'), ('February 1960'), ('1961'),
  -- numeric
  ('1963-10-08'), ('1963-10'), ('19631008'), ('1963.10.08'), ('1963/10/08'), ('8.10.1963'),
  ('08.10.63'), ('00.10.1963'), ('1963-10-00'), ('13/10/1963'), ('10/13/1963'),
  ('08/10/1963'), ('8.X.1963'), ('8 X 1963'), ('8-X-63'),
  -- imprecise
  ('1960s'), ('the 1960s'), ('''60s'), ('early 1960s'), ('mid 1960s'), ('late 1960s'),
  ('circa 1956'), ('c. 1956'), ('ca. 1956'), ('c1956'), ('1956?'), ('[1956]'), ('[195-]'),
  ('[195-?]'), ('early October 1963'), ('mid October 1963'), ('late October 1963'),
  ('early 1963'), ('late 1963'), ('Spring 1957'), ('Summer 1957'), ('Autumn 1957'),
  ('Fall 1957'), ('Winter 1956/57'), ('first half of 1957'), ('third quarter of 1957'),
  ('Q3 1957'), ('19th century'),
  -- ranges
  ('October 8-10, 1963'), ('8–10 October 1963'), ('1-2 February 1955'),
  ('30 September - 2 October 1963'), ('December 1956 - January 1957'), ('1956-1957'),
  ('1956–57'), ('1961-62'), ('from 1956 to 1967'), ('between 1956 and 1958'),
  ('1956 or 1957'), ('before 1960'), ('after 1985'),
  -- EDTF literals
  ('1956/1967'), ('../1960'), ('1960/..'), ('195X'), ('1963-XX-08'), ('1957-21'),
  ('[1956,1957]'), ('1956~'), ('1956%'),
  -- other languages
  ('17. März 1958'), ('Frühjahr 1957'), ('17 марта 1958 г.'), ('март 1958'),
  ('весной 1957 г.'), ('17 marca 1958'), ('17. března 1958'), ('1958. március 17.'),
  ('17 mars 1958'), ('le 1er mai 1958'), ('17 martie 1958'), ('17 март 1958'),
  ('1963年10月8日'), ('1963년 10월 8일'),
  -- undated: no date
  ('Date unknown'), ('undated'), ('n.d.'), ('s.d.'), ('[no date]'), ('o. D.'),
  -- invalid: never rolled over
  ('February 30, 1963'), ('February 29, 1957'), ('February 29, 1960'), ('31 April 1961'),
  ('32 May 1950'), ('1963-13-01'), ('1967-1956'), ('Octember 8, 1963'),
  ('Report of October 8, 1963');
SELECT x, date_start(x), date_end(x), date_edtf(x), date_parse(x) ->> '$.precision',
       date_parse(x) ->> '$.flags'
  FROM forms ORDER BY n;
