-- The forms of the third dates audit (notes/dates3.md) through the SQL functions, and dates()
-- over running text where the new words mean something else.
-- Output: input|start|end|edtf|precision|flags
.mode list
.nullvalue NULL
CREATE TABLE forms(n INTEGER PRIMARY KEY, x TEXT);
INSERT INTO forms(x) VALUES
  ('8 maart 1963'), ('hösten 1958'), ('alrededor de 1956'), ('intorno al 1956'),
  ('1963 körül'), ('1963 előtt'), ('1963年頃'), ('1963-W41'), ('1963-W41-2'), ('XIX век'),
  ('siglo XIX'), ('50er Jahre'), ('les années 50'), ('1800-talet'), ('kolem roku 1958'),
  ('voor 1958'), ('on or about October 8, 1963'), ('undatiert'), ('mi 1958'),
  ('1963-W53');
SELECT x, date_start(x), date_end(x), date_edtf(x), date_parse(x) ->> '$.precision',
       date_parse(x) ->> '$.flags'
  FROM forms ORDER BY n;
-- in text: Dutch "voor" is "for", a plural article no sign of a year, a compound no century
SELECT match, date_edtf(match) FROM dates('De begroting voor 1958 werd in maart 1958 goedgekeurd.');
SELECT count(*) FROM dates('Les 1500 soldats. Pius XII century-old. Model 1963W41 tractors.');
