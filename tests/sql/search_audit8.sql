-- The eighth search audit (tests/search8): documents a historian searches, loaded through
-- sql/catalog.sql, and what search_query() and MATCH find in them, written by hand. The rules:
-- a party's, army's or bloc's names are one (party_names.tsv: CPSU, KPSS, КПСС; KWP, Korean
-- Workers' Party, 조선로동당), and so are a renamed city's (place_names.tsv: Peking, Beijing,
-- 北京) and the Mongolian People's Republic's (state_names.tsv: MPR); a designation is one
-- hyphenated or joined (U-2, U2; B-52s, B52); a romanized place written apart is indexed joined
-- too, so that MATCH 'Vietcong' finds "Viet Cong".
.mode list
.nullvalue NULL
.read sql/catalog.sql

INSERT INTO documents(id, date_text, date_start, date_end, title, summary) VALUES
  (1, '1963-07-20', '1963-07-20', '1963-07-20', 'Letter of the CPSU Central Committee',
   'The CPSU rejected the Chinese charges.'),
  (2, '1986', '1986-01-01', '1986-12-31', 'Горбачёв на съезде КПСС',
   'Доклад о перестройке.'),
  (3, '1957', '1957-01-01', '1957-12-31', 'Report on the Korean Workers'' Party',
   'The party purged the Yan''an faction.'),
  (4, '1958-10', '1958-10-01', '1958-10-31', '조선로동당 중앙위원회 전원회의',
   '천리마 운동을 결정하였다.'),
  (5, '1946', '1946-01-01', '1946-12-31', 'Treaty with the Mongolian People''s Republic',
   'Choibalsan signed the treaty in Moscow.'),
  (6, '1966-01', '1966-01-01', '1966-01-31', 'Brezhnev in Ulaanbaatar',
   'Soviet troops returned to the MPR.'),
  (7, '1967', '1967-01-01', '1967-12-31', 'Red Guards at the Soviet Embassy in Peking',
   'The embassy was besieged.'),
  (8, '1989-05', '1989-05-01', '1989-05-31', 'Gorbachev in Beijing',
   'Deng Xiaoping received Gorbachev.'),
  (9, '1962-10-16', '1962-10-16', '1962-10-16', 'The U-2 photographs',
   'The photographs showed missile sites.'),
  (10, '1972-12', '1972-12-01', '1972-12-31', 'The Christmas bombing',
   'B-52s bombed Hanoi and Haiphong.'),
  (11, '1968', '1968-01-01', '1968-12-31', 'Note on Viet Cong prisoners',
   'The Viet-Cong held pilots in the south.'),
  (12, '1975', '1975-01-01', '1975-12-31', 'Telegram from Ha Noi',
   'The leaders in Ha Noi celebrated.'),
  (13, '1960', '1960-01-01', '1960-12-31', 'A workers'' meeting of the party in Korea',
   'Korean workers met party officials.'),
  (14, '1937-12', '1937-12-01', '1937-12-31', 'Refugees from Nanking',
   'A long column of refugees left in March.');

-- What a historian types, and the documents it finds. (Korean Workers' Party is not 13, whose
-- words stand apart; Long March still finds 14, its words far apart: capitalized words typed
-- side by side are no phrase.)
SELECT 'typed', q, (SELECT group_concat(rowid, ' ') FROM
                      (SELECT rowid FROM documents_fts WHERE documents_fts MATCH search_query(q)
                        ORDER BY rowid))
  FROM (SELECT column1 AS q FROM (VALUES
    ('CPSU'), ('КПСС'), ('KWP'), ('Korean Workers'' Party'), ('Workers'' Party of Korea'),
    ('Mongolian People''s Republic'), ('MPR'), ('Peking'), ('Beijing'), ('Ulan Bator'),
    ('U2'), ('U-2'), ('B-52'), ('B52'), ('Vietcong'), ('Hanoi'), ('Nanjing'), ('Long March'),
    ('party Korea')));

-- FTS5's own syntax on the same index: the tokens themselves.
SELECT 'match', q, (SELECT group_concat(rowid, ' ') FROM
                      (SELECT rowid FROM documents_fts WHERE documents_fts MATCH q ORDER BY rowid))
  FROM (SELECT column1 AS q FROM (VALUES
    ('Vietcong'), ('Hanoi'), ('u2'), ('b52'), ('"viet cong"')));

-- The queries written.
SELECT 'query', q, search_query(q)
  FROM (SELECT column1 AS q FROM (VALUES
    ('KWP'), ('MiG-21'), ('Kim-1956'), ('PLA')));
