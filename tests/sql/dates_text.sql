-- dates(text): every date mentioned in free text, with character offsets.
.mode list
.nullvalue NULL

-- The cases of issue #3.
SELECT * FROM dates('Journal of Soviet Ambassador to the DPRK A.M. Puzanov for 17 March 1958');
SELECT * FROM dates('Resolution of the 1st Meeting of the Central Committee, 1-2 February 1955');
SELECT * FROM dates('Political Report No. 8 of the Embassy for the Period of 1 December to 31 December 1953');
SELECT * FROM dates('Telegram No. 1954 from Beijing, 3 May 1960');

-- Numbers after "No", "Nr.", "Nº", "№", "#" are not years; other years in range are.
SELECT match FROM dates('Decree Nr. 1950, Nº 1951, № 1952, # 1953 and #1954, of 1955; 300 tractors; 1,500 tons; year 3000');

-- Offsets count characters, so substr() finds the match in non-ASCII text.
SELECT match, offset, length, substr('«Ким Ир Сен» принял 17 марта 1958 г. посла; весной 1957 г.', offset, length) = match
  FROM dates('«Ким Ир Сен» принял 17 марта 1958 г. посла; весной 1957 г.');

-- Several forms in one summary, each with its EDTF.
SELECT match, edtf FROM dates('Notes from the late 1960s on talks held c. 1957? and between 1956 and 1958, filed 8.X.1963 (Winter 1956/57).');

-- The seed page's summaries: every year and day they name.
SELECT count(*), min(d.date_start), max(d.date_end)
  FROM listing(readfile('fixtures/seed-kim-il-sung.txt')) AS l, dates(l.title || ' ' || coalesce(l.summary, '')) AS d;

-- NULL and text without dates give no rows; a number is read as its text.
SELECT 'null', count(*) FROM dates(NULL);
SELECT 'none', count(*) FROM dates('The embassy reports on rice deliveries.');
SELECT 'number', match, date_start FROM dates(1963);

-- 100,000 dates in one title.
SELECT count(*), min(date_start), max(date_start)
  FROM dates((WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 99999)
              SELECT group_concat((1900 + i % 100) || '-' || printf('%02d', 1 + i % 12) || '-15', ' and ') FROM n));

-- Errors name the function.
SELECT * FROM dates(CAST(X'FF' AS TEXT));
SELECT * FROM dates;
