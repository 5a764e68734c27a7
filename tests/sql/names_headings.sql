-- Library authority headings (issue 15): "Surname, Given, birth-death", read as names. The
-- life dates are no part of the key; two headings of one name with different life years are
-- two people. Expected rows written by hand.
.mode list
.separator |
.nullvalue NULL

-- The forms of the Library of Congress: born and died, living (an open end), a final period,
-- a patronymic, a fuller form in parentheses, a title with its place, a pope, a name alone.
SELECT x, name_canon(x) FROM (SELECT column1 AS x FROM (VALUES
  ('Stalin, Joseph, 1879-1953'),
  ('Gorbachev, Mikhail Sergeevich, 1931-'),
  ('Kim, Il-sŏng, 1912-1994.'),
  ('Khrushchev, Nikita Sergeevich, 1894–1971'),
  ('Mao, Zedong, 1893-1976'),
  ('Smith, J. (John), 1901-1970'),
  ('Hussein, King of Jordan, 1935-1999'),
  ('John Paul II, Pope, 1920-2005'),
  ('Sukarno, 1901-1970'),
  ('Zhou, Enlai, b. 1898'),
  ('Ulbricht, Walter, d. 1973'),
  ('Charlemagne, Emperor, ca. 742-814')));

-- The key is the name's: a heading finds the documents that name the person plainly.
SELECT 'key', name_key('Stalin, Joseph, 1879-1953') = name_key('Joseph Stalin'),
       name_key('Kim, Il-sŏng, 1912-1994') = name_key('Ким Ир Сен'),
       name_key('Smith, J. (John), 1901-1970') = name_key('John Smith');

-- Life years tell two people of one name apart; a year given on one side only does not.
SELECT 'match', name_match('Stalin, Joseph, 1879-1953', 'Joseph Stalin'),
       name_match('Smith, John, 1901-1970', 'Smith, John, 1920-1990'),
       name_match('Smith, John, b. 1901', 'Smith, John, 1901-1970'),
       name_match('Smith, John, d. 1970', 'Smith, John, d. 1985'),
       name_match('Smith, J. (John), 1901-1970', 'J. Smith'),
       name_match('Smith, J. (John), 1901-1970', 'James Smith');
-- Catalogues give one person's birth a year apart (Stalin, 1878 or 1879): a year apart is the
-- same life, two years are two.
SELECT 'year apart', name_match('Stalin, Joseph, 1879-1953', 'Stalin, Joseph, 1878-1953'),
       name_match('Smith, John, 1901-1970', 'Smith, John, 1903-1970');

-- Not headings: a year that is no life dates, digits in the name.
SELECT 'not', name_key('Stalin, Joseph, 1879'), name_key('Stalin, Joseph, 1953-1879'),
       name_key('Room 101, Smith');

-- In free text (a subject line): each heading is one name, as written without its dates; an
-- event's heading has no comma in its name and names no one.
SELECT name, canon, offset, length FROM names(
  'Subjects: Stalin, Joseph, 1879-1953; Kim, Il-sŏng, 1912-1994; Korean War, 1950-1953; '
  || 'Hussein, King of Jordan, 1935-1999. Letters of Gromyko, Andrei Andreevich, 1909-1989.');

-- name_heading(): the heading of a known person, by any spelling; NULL for others.
SELECT 'heading', name_heading('Khrushchev'), name_heading('Ким Ир Сен'), name_heading('John Smith'),
       name_heading(NULL), name_heading('');
-- A heading whose life years are not the known person's names another man of that name.
SELECT 'another', name_canon('Kim, Il-sŏng, 1950-'), name_match('Kim, Il-sŏng, 1950-', 'Kim Il Sung'),
       name_match('Khrushchev, Nikita, 1920-1990', 'Nikita Khrushchev'),
       name_match('Khrushchev, Nikita Sergeevich, 1894-1971', 'N. S. Khrushchev');
