#!/usr/bin/python3
"""The sixth search audit: a catalog of 150 hand-written archive records (docs.tsv: id, date
line, title, summary) loaded through sql/catalog.sql, and the queries a historian types
(queries.tsv: mode, query, the ids expected, written by hand). Mode q runs
MATCH search_query(query); mode m runs MATCH query as typed (FTS5's own syntax).

    /usr/bin/python3 tests/search6/run.py [EXTENSION] [-v]

Mode h (the seventh audit's, whose tests/search7/run.py runs this code on its battery) checks
highlight(): search_query(query), then the highlight of one column of one row must read as
written, [ and ] for the marks (marks with only spaces or punctuation between them count as
one: FTS5 marks each position of an index match on its own).

Prints each query that does not give its set (missed ids -, false ids +) and the counts, and
checks highlight() and snippet() of every row found: the text less the marks is the column's,
and each mark opens and closes at the edges of words (a Han character is a word).
"""
import os, sqlite3, sys
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(here, '../..')
ext = next((a for a in sys.argv[1:] if not a.startswith('-')), os.path.join(root, 'dist/archivist'))
verbose = '-v' in sys.argv

def catalog(here):
    c = sqlite3.connect(':memory:')
    c.enable_load_extension(True)
    c.load_extension(ext)
    c.executescript(open(os.path.join(root, 'sql/catalog.sql')).read())
    for line in open(os.path.join(here, 'docs.tsv'), encoding='utf-8'):
        i, date, title, summary = line.rstrip('\n').split('\t')
        c.execute("INSERT INTO documents(id, rank, date_text, date_start, date_end, title, summary)"
                  " VALUES (?, ?, ?, date_start(?), date_end(?), ?, ?)",
                  (int(i), int(i), date, date, date, title, summary))
    return c

def is_word_char(ch):
    import unicodedata
    return unicodedata.category(ch)[0] in 'LMN'

def is_han(ch):
    return '\u3400' <= ch <= '\u9fff'

def marks_ok(text, marked):
    """Is marked the text with [ ] around whole words?"""
    if marked.replace('\x01', '').replace('\x02', '') != text:
        return False
    plain = ''
    for ch in marked:
        if ch in '\x01\x02':
            # the characters either side of a mark must not both be letters of one word
            before = plain[-1:] if plain else ''
            i = len(plain)
            after = text[i:i+1]
            if before and after and is_word_char(before) and is_word_char(after) \
               and not (is_han(before) or is_han(after)):
                return False
        else:
            plain += ch
    return True

def check_marks(c, fts):
    bad = 0
    rows = c.execute("SELECT rowid, title, summary, years, highlight(documents_fts, 0, char(1), char(2)),"
                     " highlight(documents_fts, 1, char(1), char(2)),"
                     " snippet(documents_fts, -1, char(1), char(2), '', 64)"
                     " FROM documents_fts WHERE documents_fts MATCH ?", (fts,)).fetchall()
    for rid, title, summary, years, ht, hs, sn in rows:
        if not marks_ok(title, ht) or not marks_ok(summary, hs):
            bad += 1
            print('MARKS %d %r %r' % (rid, ht, hs))
        elif sn.replace('\x01', '').replace('\x02', '') not in (title, summary, years):
            bad += 1
            print('SNIPPET %d %r' % (rid, sn))
    return bad

def merged(marked):
    """The marks of marked as [ ], a mark closed and opened again across spaces or punctuation
    only made one."""
    import re
    s = marked.replace('\x01', '[').replace('\x02', ']')
    return re.sub(r'\](\W*?)\[', lambda m: m.group(1) if not any(ch.isalnum() for ch in m.group(1)) else m.group(0), s)

def check_highlight(c, query, rid, col, want):
    fts = c.execute("SELECT search_query(?)", (query,)).fetchone()[0]
    row = c.execute("SELECT highlight(documents_fts, ?, char(1), char(2)) FROM documents_fts"
                    " WHERE documents_fts MATCH ? AND rowid = ?", (int(col), fts, int(rid))).fetchone()
    got = merged(row[0]) if row else None
    if got != want:
        print('h %-40r %s: %r' % (query, rid, got))
        return False
    if verbose:
        print('h %-40r %s: ok' % (query, rid))
    return True

def main(here):
    c = catalog(here)
    n = exact = missing = false = errors = badMarks = 0
    for line in open(os.path.join(here, 'queries.tsv'), encoding='utf-8'):
        if not line.strip() or line.startswith('#'):
            continue
        fields = line.rstrip('\n').split('\t')
        if fields[0] == 'h':
            n += 1
            ok = check_highlight(c, *fields[1:5])
            exact += ok
            false += not ok
            continue
        mode, query, want = (fields + [''])[:3]
        want = set(int(x) for x in want.split())
        n += 1
        try:
            if mode == 'q':
                fts = c.execute("SELECT search_query(?)", (query,)).fetchone()[0]
            else:
                fts = query
            got = set(r[0] for r in c.execute(
                "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?", (fts,)))
        except sqlite3.Error as e:
            errors += 1
            print('ERROR %s %r: %s' % (mode, query, e))
            continue
        badMarks += check_marks(c, fts)
        miss, extra = want - got, got - want
        missing += bool(miss)
        false += bool(extra)
        exact += not miss and not extra
        if miss or extra or verbose:
            print('%s %-40r -%s +%s   %s' % (mode, query, sorted(miss), sorted(extra),
                                           fts if mode == 'q' else ''))
    print('queries %d  exact %d  missing %d  false %d  errors %d  bad highlights %d'
          % (n, exact, missing, false, errors, badMarks))

if __name__ == '__main__':
    main(here)
