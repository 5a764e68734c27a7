-- A known Western person's family name whose stem is another English word is indexed and
-- searched as written when it is written with a capital: "Dulles" (stem dull) finds no "dull
-- meeting", "Marshall" (marshal) no "Marshal Zhukov". Typed in lower case, a query word may be
-- the common word too, and finds both. Words that stem to themselves, and family names no
-- known person bears, are stemmed as before. Written by hand.
.mode list
.nullvalue NULL
CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'archivist');
INSERT INTO t(rowid, x) VALUES
  (1, 'John Foster Dulles met Gromyko in Geneva.'),
  (2, 'It was a dull meeting with no agreement.'),
  (3, 'Secretary Dulles flew to Taipei.'),
  (4, 'Marshal Zhukov arrived in Berlin.'),
  (5, 'George Marshall announced the plan.'),
  (6, 'The Marshall Plan was discussed.'),
  (7, 'Troops marshalled at the border.');
SELECT 'Dulles', group_concat(rowid, ' ') FROM t WHERE t MATCH 'Dulles';
SELECT 'dulles', group_concat(rowid, ' ') FROM t WHERE t MATCH 'dulles';
SELECT 'dull', group_concat(rowid, ' ') FROM t WHERE t MATCH 'dull';
SELECT 'Marshall', group_concat(rowid, ' ') FROM t WHERE t MATCH 'Marshall';
SELECT 'marshal', group_concat(rowid, ' ') FROM t WHERE t MATCH 'marshal';
SELECT 'marshall', group_concat(rowid, ' ') FROM t WHERE t MATCH 'marshall';
SELECT 'Gromyko', group_concat(rowid, ' ') FROM t WHERE t MATCH 'Gromyko';
