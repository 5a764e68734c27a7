-- Large inputs: many records, and one enormous line.
.mode list
.nullvalue NULL

-- 100,000 records in the compact layout (date, title, summary on consecutive lines, records
-- separated by "-"), under one "1 - 100000 of 100000" line.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
SELECT count(*), max(pos), sum(pos = rank), min(total), max(total),
       min(date_start), max(date_end), count(summary), count(DISTINCT title)
  FROM listing((
    SELECT '1 - 100000 of 100000' || char(10)
           || group_concat('-' || char(10) || 'October 8, 1963' || char(10)
                           || 'Telegram No. ' || i || ' from Hanoi' || char(10)
                           || 'The embassy reports on rice deliveries.', char(10))
      FROM n));

-- A single line of ten million letters is one record with a ten-million-character title.
SELECT count(*), length(title), summary
  FROM listing(replace(hex(zeroblob(5000000)), '0', 'x'));
