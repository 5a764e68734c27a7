-- names(text): the people named in the seed page's titles and summaries.
.mode list
.nullvalue NULL

-- Every name, record by record, in the order written.
SELECT l.pos, group_concat(n.name, ', ')
  FROM listing(readfile('fixtures/seed-kim-il-sung.txt')) AS l,
       names(l.title || char(10) || coalesce(l.summary, '')) AS n
 GROUP BY l.pos ORDER BY l.pos;

-- Each person once, with the authority's preferred form where it knows the person.
SELECT DISTINCT n.canon
  FROM listing(readfile('fixtures/seed-kim-il-sung.txt')) AS l,
       names(l.title || char(10) || coalesce(l.summary, '')) AS n
 ORDER BY n.canon;

-- Offsets count characters: substr() gives back the name, here after Cyrillic and Hangul.
SELECT name, offset, length, substr('Беседа: 김일성 and Ambassador Ivanov’s visit', offset, length) = name
  FROM names('Беседа: 김일성 and Ambassador Ivanov’s visit');

-- Not names: organisations, places, nationalities, document words.
SELECT count(*) FROM names('The Workers'' Party of Korea, North Korea, the Soviet Embassy and the Cultural Revolution.');
SELECT 'null', count(*) FROM names(NULL);
SELECT * FROM names(CAST(X'C3' AS TEXT));
