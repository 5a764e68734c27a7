-- The people of ext/data/people_west.tsv: the spellings documents print name one person.
.mode list
.nullvalue NULL
CREATE TABLE spellings(n INTEGER PRIMARY KEY, spelling TEXT);
INSERT INTO spellings(spelling) VALUES
  -- Soviet Union: patronymics, initials, Cyrillic, German, Polish, French; birth names
  ('Михаил Иванович Калинин'),
  ('M. M. Litvinov'),
  ('Meir Wallach'),
  ('Jan Lachowiecki'),
  ('Constantine A. Oumansky'),
  ('Семен Денисович Игнатьев'),
  ('Wsewolod Merkulow'),
  ('Alexei Jepischew'),
  ('Gennadi Janajew'),
  ('Julij Kwizinskij'),
  ('Alexander Shitov'),
  ('Семён Будённый'),
  ('Walentina Tereschkowa'),
  ('Natan Sharansky'),
  ('William August Fisher'),
  ('Нұрсұлтан Назарбаев'),
  ('Станіслаў Шушкевіч'),
  ('Леонід Макарович Кравчук'),
  -- Eastern Europe: birth names, Hungarian order, Romanian cedilla, Bulgarian and Serbian Cyrillic
  ('Eugen Hanisch'),
  ('Izaak Fleischfarb'),
  ('Kéthly Anna'),
  ('Ilie Verdeţ'),
  ('Добри Джуров'),
  ('Сретен Жујовић'),
  ('Franjo Tudjman'),
  -- The Americas and Western Europe
  ('Teller Ede'),
  ('Henry Cabot Lodge'),
  ('Juscelino Kubitschek de Oliveira'),
  ('Papa Doc'),
  ('Lord Carrington'),
  ('La Pasionaria'),
  -- Middle East and Africa: transliterations, particles, birth names, epithets
  ('Abdel Salam Aref'),
  ('Ahmed Hassan al-Bakr'),
  ('Mikhail Yuhanna'),
  ('Moshe Shertok'),
  ('Abu Jihad'),
  ('King Hussein'),
  ('Jaafar Nimeiri'),
  ('B. J. Vorster');
SELECT n, spelling, name_canon(spelling) FROM spellings ORDER BY n;

-- One person's spellings share a key.
SELECT name_key('Shimon Peres') = name_key('Шимон Перес'),
       name_key('Semjon Timoschenko') = name_key('Семён Константинович Тимошенко'),
       name_key('Mustafa al-Nahhas') = name_key('Mustafa el-Nahhas');

-- Namesakes stay apart, and a surname that fits two people resolves to neither.
SELECT name_match('Sergei Vinogradov', 'Vladimir Vinogradov'),
       name_match('Abd al-Salam Arif', 'Abd al-Rahman Arif'),
       name_match('Alexei Kuznetsov', 'Nikolai Kuznetsov');
SELECT name_canon('Kuznetsov'), name_canon('Pasternak');
