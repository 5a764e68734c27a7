-- The seventh search audit (tests/search7): documents a historian searches, loaded through
-- sql/catalog.sql, and what search_query() and MATCH find in them, written by hand. The rules:
-- a state's names are one (state_names.tsv: North Korea, DPRK, D.P.R.K., КНДР; Soviet Union,
-- USSR, СССР); a place's romanized syllables are one written together, apart or hyphenated
-- (Vietcong, Viet Cong, Viet-Cong; Pyongyang, Pyong Yang); an English prefix finds the word
-- that completes it where the stemmer cuts inside it (collectiv*: collective, stem collect);
-- an irregular English form is the word it inflects (english_irregular.tsv: spoke, speak;
-- crises, crisis); й is a letter of its own to Russian's stemmer (Северной: северн).
.mode list
.nullvalue NULL
.read sql/catalog.sql

INSERT INTO documents(id, date_text, date_start, date_end, title, summary) VALUES
  (1, '1963-11-02', '1963-11-02', '1963-11-02', 'Memorandum on the Viet Cong',
   'The Viet Cong gained ground after the coup in Saigon.'),
  (2, '1965-03-08', '1965-03-08', '1965-03-08', 'Cable on Vietcong attacks',
   'Vietcong units attacked the airfield.'),
  (3, '1966', '1966-01-01', '1966-12-31', 'Soviet report on the Viet-Cong',
   'The Viet-Cong received weapons through Laos.'),
  (4, '1950-10-20', '1950-10-20', '1950-10-20', 'Telegram on the fall of Pyong Yang',
   'United Nations forces entered Pyong Yang.'),
  (5, '1950-06-27', '1950-06-27', '1950-06-27', 'Report from Pyongyang',
   'The report was sent from Pyongyang.'),
  (6, '1962-10-12', '1962-10-12', '1962-10-12', 'Memorandum on the DPRK and Cuba',
   'The D.P.R.K. supported Cuba during the missile crisis.'),
  (7, '1961-07-06', '1961-07-06', '1961-07-06', 'Договор о дружбе между СССР и КНДР',
   'Договор подписали в Москве.'),
  (8, '1955-03-05', '1955-03-05', '1955-03-05', 'Collectivization in North Korea',
   'The collective farms lacked tractors.'),
  (9, '1962', '1962-01-01', '1962-12-31', 'Report on the document collection',
   'The clippings were collected and catalogued.'),
  (10, '1962-12-10', '1962-12-10', '1962-12-10', 'Report on the crises of 1962',
   'Khrushchev spoke of the missiles withdrawn from Cuba.'),
  (11, '1991-12-25', '1991-12-25', '1991-12-25', 'Statement on the Soviet Union',
   'The Soviet Union ceased to exist.'),
  (12, '1946', '1946-01-01', '1946-12-31', 'Земельная реформа',
   'Реформа в Северной Корее.');

-- What a historian types, and the documents it finds. (collectiv* finds the collection of 9
-- too: the stemmer writes collective and collection alike, collect, as "collective" typed
-- finds it.)
SELECT 'typed', q, (SELECT group_concat(rowid, ' ') FROM
                      (SELECT rowid FROM documents_fts WHERE documents_fts MATCH search_query(q)
                        ORDER BY rowid))
  FROM (SELECT column1 AS q FROM (VALUES
    ('Vietcong'), ('Viet Cong'), ('Viet-Cong'), ('"Viet Cong"'), ('viet cong 1966'),
    ('Pyongyang'), ('Pyong Yang'), ('Pyong-yang'), ('North Korea'), ('DPRK'), ('D.P.R.K.'),
    ('USSR'), ('Soviet Union'), ('СССР'), ('collectiv*'), ('collectivization'), ('speak'),
    ('crisis'), ('withdrew'), ('северная'), ('Korea'), ('Saigon NOT Vietcong')));

-- FTS5's own syntax on the same index: the tokens themselves.
SELECT 'match', q, (SELECT group_concat(rowid, ' ') FROM
                      (SELECT rowid FROM documents_fts WHERE documents_fts MATCH q ORDER BY rowid))
  FROM (SELECT column1 AS q FROM (VALUES
    ('spoke'), ('speaks'), ('crises'), ('withdraw'), ('"viet cong"'), ('vietcong'),
    ('северной'), ('collect')));

-- The queries written.
SELECT 'query', q, search_query(q)
  FROM (SELECT column1 AS q FROM (VALUES
    ('Vietcong'), ('Viet Cong'), ('collectiv*'), ('USSR 1961'), ('Kim Mao'), ('Kennan')));
