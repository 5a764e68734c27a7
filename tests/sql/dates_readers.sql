-- EDTF as input and the calendars of East Asian documents, through the SQL functions: each
-- form's range, its EDTF (as written where the range cannot say it), and the convention
-- date_parse() names. Expected output written by hand from the EDTF specification and the
-- calendars (Juche 1 and the Republic of China's year 1 are 1912; Shōwa 1 is 1926).
.mode list
.separator |
.nullvalue NULL
SELECT column1, date_start(column1), date_end(column1), date_edtf(column1),
       date_parse(column1) ->> '$.read'
  FROM (VALUES ('1958-03-03T16:15:00Z'), ('?1958-03-~03'), ('1958-?03'), ('195X-03'),
               ('1984-1X'), ('[1958,1960..1962]'), ('{1958,1959-12}'), ('1958/..'),
               ('/1962'), ('Y170000002'), ('1958-02-30'),
               ('주체47년'), ('주체 47년 3월 3일'), ('Juche 47'), ('民國47年3月3日'),
               ('昭和33年'), ('Showa 33'), ('平成元年'), ('一九五八年三月三日'),
               ('1958年3月3日'), ('昭和65年'));
