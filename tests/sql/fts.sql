-- The FTS5 tokenizer 'archivist': stemming, folding, names in every spelling, FTS5 features.
.mode list
.nullvalue NULL
CREATE VIRTUAL TABLE t USING fts5(title, summary, tokenize = 'archivist');
INSERT INTO t(rowid, title, summary)
  SELECT pos, title, summary FROM listing(readfile('fixtures/seed-kim-il-sung.txt'));

-- Names in any spelling or script find the 9 records that name Kim Il Sung; another Kim does not.
SELECT 'Kim Il Sung', count(*) FROM t WHERE t MATCH 'Kim Il Sung';
SELECT 'Kim Ir Sen', count(*) FROM t WHERE t MATCH 'Kim Ir Sen';
SELECT 'Cyrillic', count(*) FROM t WHERE t MATCH 'Ким Ир Сен';
SELECT 'Hangul', count(*) FROM t WHERE t MATCH '김일성';
SELECT 'Han', count(*) FROM t WHERE t MATCH '金日成';
SELECT 'quoted, hyphen', count(*) FROM t WHERE t MATCH '"Kim Il-sung"';
SELECT 'Kim Jong Il', count(*) FROM t WHERE t MATCH 'Kim Jong Il';
SELECT 'Kim Jong Un', count(*) FROM t WHERE t MATCH '"Kim Jong Un"';

-- Stemming: discusses, discussed, discuss all meet; accents and case fold.
SELECT 'discuss', group_concat(rowid) FROM t WHERE t MATCH 'discussion';
SELECT 'accents', count(*) FROM t WHERE t MATCH 'ZHÍVKOV';

-- Prefix, phrase, NEAR, column filter, bm25 order, highlight and snippet on the original text.
SELECT 'prefix', group_concat(rowid) FROM t WHERE t MATCH 'agricult*';
SELECT 'phrase', group_concat(rowid) FROM t WHERE t MATCH '"five-year plan"';
SELECT 'near', group_concat(rowid) FROM t WHERE t MATCH 'NEAR(Puzanov plan, 8)';
SELECT 'column', group_concat(rowid) FROM t WHERE t MATCH 'title: Zhivkov';
SELECT 'bm25', rowid FROM t WHERE t MATCH 'Zhivkov' ORDER BY bm25(t) LIMIT 1;
SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH 'Ким Ир Сен' AND rowid = 3;
SELECT snippet(t, 1, '[', ']', '…', 6) FROM t WHERE t MATCH 'discussed' AND rowid = 4;

-- names 0 leaves the name tokens out: another spelling no longer finds the name.
CREATE VIRTUAL TABLE plain USING fts5(x, tokenize = 'archivist names 0');
INSERT INTO plain SELECT title FROM listing(readfile('fixtures/seed-kim-il-sung.txt'));
SELECT 'names 0', count(*) FROM plain WHERE plain MATCH 'Kim Ir Sen';

-- Chinese, written without spaces: a word a character, so that a word is found inside a
-- sentence as the phrase of its characters; a known person's name read inside it has the
-- person's key, which a name in any script finds, and a name in Han as a query finds the
-- person in every script. Titles in Chinese, and one in English.
CREATE VIRTUAL TABLE zh USING fts5(x, tokenize = 'archivist');
INSERT INTO zh(rowid, x) VALUES (1, '毛泽东与金日成的会谈记录'), (2, '周恩来总理接见朝鲜代表团'),
  (3, 'Conversation between Mao Zedong and Kim Il Sung'), (4, '关于农业合作化的报告');
SELECT 'zh word', group_concat(rowid) FROM zh WHERE zh MATCH '会谈';
SELECT 'zh word apart', group_concat(rowid) FROM zh WHERE zh MATCH '会记';
SELECT 'zh name', group_concat(rowid) FROM zh WHERE zh MATCH '毛泽东';
SELECT 'zh name Latin', group_concat(rowid) FROM zh WHERE zh MATCH '"Kim Il Sung"';
SELECT 'zh name Hangul', group_concat(rowid) FROM zh WHERE zh MATCH '주은래';
SELECT 'zh highlight', highlight(zh, 0, '[', ']') FROM zh WHERE zh MATCH '合作' AND rowid = 4;

-- Other stemmers, and two languages at once.
CREATE VIRTUAL TABLE ru USING fts5(x, tokenize = 'archivist russian');
INSERT INTO ru VALUES ('Переговоры с товарищем Ким Ир Сеном о поставках риса');
SELECT 'russian', count(*) FROM ru WHERE ru MATCH 'переговор поставки';
CREATE VIRTUAL TABLE de USING fts5(x, tokenize = 'archivist german english');
INSERT INTO de VALUES ('Die Verhandlungen über Reislieferungen'), ('negotiations on deliveries');
SELECT 'german', count(*) FROM de WHERE de MATCH 'verhandlung';
SELECT 'english', count(*) FROM de WHERE de MATCH 'delivery';

-- stem() as a function.
SELECT stem('discusses'), stem('negotiations'), stem('переговоры', 'russian'), stem(NULL);

-- Bad options are errors at CREATE time; bad text is indexed without a crash.
CREATE VIRTUAL TABLE bad1 USING fts5(x, tokenize = 'archivist klingon');
CREATE VIRTUAL TABLE bad2 USING fts5(x, tokenize = 'archivist names maybe');
SELECT stem('word', 'klingon');
CREATE VIRTUAL TABLE bin USING fts5(x, tokenize = 'archivist');
INSERT INTO bin VALUES (CAST(X'4B696D20FF20496C2053756E6720C32064697363757373' AS TEXT));
SELECT 'invalid utf8', count(*) FROM bin WHERE bin MATCH 'discuss';

-- A word written with the marks of a romanization is found by the word without them, and the
-- other way round: apostrophes inside Wade-Giles, McCune-Reischauer and pinyin words, breves
-- and carons, the ayn of Arabic. English endings and elided articles still part the words.
CREATE VIRTUAL TABLE marks USING fts5(x, tokenize = 'archivist');
INSERT INTO marks VALUES
  ('Telegram from P''yŏngyang on the Kaesŏng talks'),
  ('The Yan’an veterans met the Baʿath delegation in Timișoara'),
  ('Report from Pyongyang on the Kaesong talks'),
  ('Stalin''s letter to l''ambassade');
SELECT 'marks', q, (SELECT group_concat(rowid, ' ') FROM marks WHERE marks MATCH q) FROM (
  SELECT 'Pyongyang' AS q UNION ALL SELECT '"P''yŏngyang"' UNION ALL SELECT 'Kaeseong'
  UNION ALL SELECT 'Yanan' UNION ALL SELECT '"Yan''an veterans"' UNION ALL SELECT 'Baath'
  UNION ALL SELECT 'Timisoara' UNION ALL SELECT 'Stalin' UNION ALL SELECT 'ambassade'
  UNION ALL SELECT 'yan')
 ORDER BY q;
-- An initialism of three letters or more is the word written without its periods.
INSERT INTO marks VALUES ('Relations with the U.S.S.R. worsened'), ('The USSR and the U.S. agreed');
SELECT 'initialism', (SELECT group_concat(rowid, ' ') FROM marks WHERE marks MATCH 'USSR'),
       (SELECT group_concat(rowid, ' ') FROM marks WHERE marks MATCH '"U.S.S.R."'),
       (SELECT group_concat(rowid, ' ') FROM marks WHERE marks MATCH '"U.S."');
-- English as Britain and America spell it is one word.
INSERT INTO marks VALUES ('The Ministry of Defence on the normalisation of labour relations'),
                         ('Defense of the labor program');
SELECT 'spelling', (SELECT group_concat(rowid, ' ') FROM marks WHERE marks MATCH 'defense'),
       (SELECT group_concat(rowid, ' ') FROM marks WHERE marks MATCH 'labour'),
       (SELECT group_concat(rowid, ' ') FROM marks WHERE marks MATCH 'normalization'),
       (SELECT group_concat(rowid, ' ') FROM marks WHERE marks MATCH 'programme'),
       stem('organisations'), stem('organizations'), stem('advise');
