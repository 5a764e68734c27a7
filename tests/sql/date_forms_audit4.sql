-- The forms of the fourth dates audit (notes/dates4.md) through the SQL functions, and dates()
-- over running text where a number counts something or is part of an identifier.
-- Output: input|start|end|edtf|precision|flags
.mode list
.nullvalue NULL
CREATE TABLE forms(n INTEGER PRIMARY KEY, x TEXT);
INSERT INTO forms(x) VALUES
  ('1963年10月8日（星期二）'), ('1963（昭和38）年10月8日'), ('1963, c1962'), ('© 2024'),
  ('de 1956 à 1958'), ('del 8 al 10 de octubre de 1963'), ('19th-20th centuries'),
  ('first half of the 20th century'), ('вторая половина XIX в.'), ('1960年代後半'),
  ('1963年末'), ('a finales de 1963'), ('zw. 1950 und 1955'), ('1963(昭和37)年');
SELECT x, date_start(x), date_end(x), date_edtf(x), date_parse(x) ->> '$.precision',
       date_parse(x) ->> '$.flags'
  FROM forms ORDER BY n;
-- in text: counts in several languages, identifiers, hyphen counts; the years stay years
SELECT match, date_edtf(match) FROM dates('Около 1500 человек, etwa 1500 Soldaten, 1500 million forints, 1944 men, a 1500-page file, call 555-1963, A/RES/1963, 約1500人; in 1958 people voted, the 1956-era reforms.');
SELECT count(*) FROM dates('Cerca de 1500 personas. The ratio was 1956:1958. Document 1963 is lost. La 1500 soldats.');
