#!/usr/bin/python3
"""Random search-box text through MATCH search_query() on the search6 catalog: no input may be an
error, and every result must be text. Pieces of names, operators, FTS5 syntax, quotation marks,
dates, scripts and control characters, put together at random (fixed seed).

    /usr/bin/python3 tests/search6/fuzz.py [EXTENSION] [N]"""
import os, random, sqlite3, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.argv = [a for a in sys.argv]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
ns = {'__file__': os.path.join(here, 'run.py')}
exec(open(os.path.join(here, 'run.py')).read().split('def main')[0], ns)
c = ns['catalog'](here)
pieces = ['Kim', 'Il-sung', "Ch'oe", 'NEAR', 'NEAR(', ', 10)', ')', '(', '"', '“', '»', 'AND', 'OR',
          'NOT', '-', '*', ':', 'title:', 'summary:', 'years:', '^', '+', '{', '}', '1956',
          '1956-1967', 'the 1950s', 'before 1960', 'Chongsan-ri', '-ri', '동지의', '김일성',
          '金日成', '周恩来', 'Москве', 'Хрущев', 'Chairman Mao', 'Premier Zhou', '§', '_', "'s",
          '.', 'U.S.S.R.', '\t', '\x01', '\u0301', ' ', ' ', ' ', 'post-war', 'Zhou', 'Enlai',
          '0)', ',', 'ŏ', 'Kaesŏng', '\\', '%', '""', "'", 'agricult*', 'Stalin', 'Joseph',
          'Viet', 'Cong', 'Hà', 'Nội', 'B-52s', 'U-2', 'MiG', '-21', 'KWP', "Workers'", '’',
          'Party', 'Peking', 'Mongolian', "People's", 'Republic', 'CPSU', 'КПСС', 'Ulan Bator']
rnd = random.Random(6)
errors = 0
for i in range(n):
    k = rnd.randint(1, 7)
    text = ''.join(rnd.choice(pieces) if rnd.random() < 0.9 else chr(rnd.randint(1, 0x10FFF))
                   for _ in range(k))
    text = text.encode('utf-8', 'replace').decode('utf-8', 'replace')
    try:
        q = c.execute("SELECT search_query(?)", (text,)).fetchone()[0]
        c.execute("SELECT rowid, highlight(documents_fts, 1, '[', ']') FROM documents_fts"
                  " WHERE documents_fts MATCH ?", (q,)).fetchall()
    except (sqlite3.Error, UnicodeError, ValueError) as e:
        errors += 1
        if errors <= 10:
            print('ERROR %r: %s' % (text, e))
print('inputs %d  errors %d' % (n, errors))
