-- listing(input): what it accepts, and the errors for what it does not.
.mode list
.nullvalue NULL

-- NULL, empty text, blank lines, and chrome alone hold no records.
SELECT 'null', count(*) FROM listing(NULL);
SELECT 'empty', count(*) FROM listing('');
SELECT 'blank', count(*) FROM listing('  ' || char(13, 10, 9, 10));
SELECT 'chrome', count(*) FROM listing('Skip to content' || char(10, 10) || 'Results:'
  || char(10, 10) || '1 - 10 of 11' || char(10, 10) || 'Documents' || char(10, 10) || 'Pagination');
SELECT 'lone date', count(*) FROM listing('October 8, 1963' || char(10));

-- The same record as TEXT and as a BLOB (what the shell's readfile() returns).
SELECT 'text', pos, date_start, title, summary FROM listing('October 8, 1963' || char(10, 10)
  || 'Cable from Hanoi' || char(10, 10) || 'The embassy reports on rice deliveries.');
SELECT 'blob', pos, date_start, title, summary FROM listing(CAST('October 8, 1963' || char(10, 10)
  || 'Cable from Hanoi' || char(10, 10) || 'The embassy reports on rice deliveries.' AS BLOB));

-- Numbers are not listings.
SELECT * FROM listing(1963);
SELECT * FROM listing(1.5);

-- Bytes that are not UTF-8: the offset (from 0) of the first bad byte is given.
SELECT * FROM listing(X'FF');
SELECT * FROM listing(X'4361666520C3');
SELECT * FROM listing(CAST(X'4B6F6DE96E79' AS TEXT));
SELECT * FROM listing(X'4B696D00');

-- The input is required; base_url, the second argument, is optional; there is no third.
SELECT * FROM listing;
SELECT * FROM listing('a', 'b', 'c');

-- base_url is the address of a saved page that names none: a text copy has no links, so its
-- url stays NULL whatever base_url is. NULL input still gives no rows.
SELECT 'base text', pos, title, url FROM listing('Cable from Hanoi', 'https://archive.example/search');
SELECT 'base null', pos, title, url FROM listing('Cable from Hanoi', NULL);
SELECT 'base blob', pos, title, url FROM listing('Cable from Hanoi', CAST('https://h/' AS BLOB));
SELECT 'null input', count(*) FROM listing(NULL, 'https://archive.example/search');
-- base_url must be text, like the input, and the error names it.
SELECT * FROM listing('Cable from Hanoi', 1963);
SELECT * FROM listing('Cable from Hanoi', 1.5);
SELECT * FROM listing('Cable from Hanoi', X'68FF');
SELECT * FROM listing('Cable from Hanoi', X'6800');
SELECT 'still running';
