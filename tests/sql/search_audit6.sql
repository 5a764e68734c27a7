-- The sixth search audit (tests/search6): documents a historian searches, loaded through
-- sql/catalog.sql, and what search_query() and MATCH find in them, written by hand. The rules:
-- FTS5's NEAR, a field label and function words typed into a search box are no terms (but
-- function words alone); a country and its adjective are one (Korea, Korean); a quoted
-- name, or a spelling with a title listed, is the
-- person; a Korean place name's suffix joins it (Chŏngsan-ri, Chongsanri); a Hangul word's
-- particle is cut beside it (동지의, 동지); Cyrillic is stemmed as Russian; a spelling of fewer
-- words but as many syllables stands at the words of a name written in Han (周恩来 holds zhou
-- and enlai; "Mao Tse-tung" gets no zedong).
.mode list
.nullvalue NULL
.read sql/catalog.sql

INSERT INTO documents(id, date_text, date_start, date_end, title, summary) VALUES
  (1, 'October 8, 1963', '1963-10-08', '1963-10-08',
   'Record of Conversation between Mao Zedong and Kim Il Sung',
   'Mao Zedong and Kim Il Sung discuss agricultural collectivization in North Korea.'),
  (2, '1960', '1960-01-01', '1960-12-31', '周恩来与金日成的会谈记录', '周恩来和金日成讨论了中朝关系。'),
  (3, '1965', '1965-01-01', '1965-12-31', '김일성 동지의 연설',
   '김일성 동지가 농업 협동화에 대하여 연설하였다.'),
  (4, '1958-03', '1958-03-01', '1958-03-31', 'Записка посольства СССР в КНДР о коллективизации',
   'Посольство сообщает о завершении коллективизации сельского хозяйства в Корее.'),
  (5, '1957-09', '1957-09-01', '1957-09-30', 'Report on Ch''ŏngsan-ri',
   'The Chongsan-ri method in agriculture.'),
  (6, '1960-02', '1960-02-01', '1960-02-29', 'Kim Il Sung at Chongsanri',
   'Kim Il Sung spent fifteen days at Chŏngsan-ri cooperative farm.'),
  (7, '1970-04', '1970-04-01', '1970-04-30', 'Zhou Enlai''s visit to Pyongyang',
   'Zhou Enlai restored relations with Kim Il Sung.'),
  (8, '1960', '1960-01-01', '1960-12-31', 'Conversation between Zhou Enlai and Pham Van Dong',
   'Chou En-lai and Pham Van Dong discuss American aid.'),
  (9, '1967', '1967-01-01', '1967-12-31', 'Report on Paektu-san', 'The Kim family and the mountain.'),
  (10, '1961', '1961-01-01', '1961-12-31', '毛泽东接见朝鲜代表团', '毛主席接见了朝鲜劳动党代表团。'),
  (11, '1976', '1976-01-01', '1976-12-31', 'Death of Mao Tse-tung', 'Chairman Mao died in Beijing.'),
  (12, '1956', '1956-01-01', '1956-12-31', 'Nikita Sergeyevich Khrushchev at the Twentieth Congress',
   'The secret speech.');

-- What a historian types, and the documents it finds.
SELECT 'typed', q, (SELECT group_concat(rowid, ' ') FROM
                      (SELECT rowid FROM documents_fts WHERE documents_fts MATCH search_query(q)
                        ORDER BY rowid))
  FROM (SELECT column1 AS q FROM (VALUES
    ('Zhou'), ('NEAR(Zhou Kim)'), ('Zhou NEAR Kim'), ('NEAR(Zhou Kim, 10)'), ('title:Zhou'),
    ('summary:"Chou En-lai"'), ('"Kim Il Sung"'), ('"Kim Il Sung'), ('коллективизация'),
    ('посольство'), ('동지'), ('협동화'), ('Chongsanri'), ('Chongsan-ri'), ('Ch''ŏngsan-ri'),
    ('Paektusan'), ('Paektu'), ('Chongsanri 1960'), ('relations of Zhou Enlai with Kim Il Sung'),
    ('Kim Il Sung at Chongsanri in 1960'), ('Chairman Mao'), ('American aid'), ('Korea 1963')));

-- FTS5's own syntax on the same index.
SELECT 'match', q, (SELECT group_concat(rowid, ' ') FROM
                      (SELECT rowid FROM documents_fts WHERE documents_fts MATCH q ORDER BY rowid))
  FROM (SELECT column1 AS q FROM (VALUES
    ('"Zhou Enlai"'), ('zedong'), ('chairman'), ('NEAR(zhou kim, 10)'), ('title:zhou'),
    ('동지'), ('"평양"')));

-- highlight() marks the word the token stands at (a joined form at its first piece), and
-- never cuts a character.
SELECT 'highlight', rowid, highlight(documents_fts, 0, '[', ']'), highlight(documents_fts, 1, '[', ']')
  FROM documents_fts WHERE documents_fts MATCH search_query('Chongsanri') ORDER BY rowid;
SELECT 'highlight', rowid, highlight(documents_fts, 1, '[', ']')
  FROM documents_fts WHERE documents_fts MATCH search_query('동지 OR коллективизация') ORDER BY rowid;
SELECT 'highlight', rowid, highlight(documents_fts, 0, '[', ']')
  FROM documents_fts WHERE documents_fts MATCH search_query('Zhou') ORDER BY rowid;

-- No input is an error: pieces of the rules put together three at a time.
CREATE TEMP TABLE piece(p TEXT);
INSERT INTO piece VALUES ('NEAR('), ('NEAR'), (', 10)'), (','), ('0)'), (')'), ('title:'),
  ('summary:"'), ('Zhou'), ('Chongsan-ri'), ('-ri'), ('ri-'), ('-'), ('동지의'), ('Москве'),
  ('周恩来'), ('"Kim Il Sung'), ('"'), ('Ch''ŏngsan'), ('years:'), ('1956'), ('NOT'), ('OR'),
  (' ');
CREATE TEMP TABLE nasty(x TEXT);
INSERT INTO nasty SELECT a.p || b.p || c.p FROM piece AS a, piece AS b, piece AS c;
SELECT 'nasty', count(*), count(*) = (SELECT count(*) FROM nasty) FROM nasty
 WHERE (SELECT count(*) FROM documents_fts WHERE documents_fts MATCH search_query(nasty.x)) >= 0;
