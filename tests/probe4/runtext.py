#!/usr/bin/python3
"""Sentences of the fourth names audit (text.tsv): each line holds a sentence and, after a tab,
the persons names() must find (" | " between them). A found name is right when its key equals
the key of an expected one. Prints the wrong lines (missed, false) and a summary.

    /usr/bin/python3 tests/probe4/runtext.py [EXTENSION]

TEXT_FILE names another file of sentences (the fifth audit's: tests/probe5/runtext.py). A "\\n"
in a sentence stands for a line end (the seventh audit's names split over lines)."""
import sqlite3, sys, os
here = os.path.dirname(os.path.abspath(__file__))
so = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '../../dist/archivist')
db = sqlite3.connect(':memory:'); db.enable_load_extension(True); db.load_extension(so)
def key(s): return db.execute('select name_key(?)', (s,)).fetchone()[0]
n = ok = nexp = nmiss = nfalse = 0
for l in open(os.environ.get('TEXT_FILE', os.path.join(here, 'text.tsv')), encoding='utf-8'):
    l = l.rstrip('\n')
    if not l or l.startswith('#'): continue
    s, _, e = l.partition('\t'); s = s.replace('\\n', '\n')
    exp = [x.strip() for x in e.split('|') if x.strip()]
    found = db.execute('select name, key from names(?)', (s,)).fetchall()
    ek = {key(x): x for x in exp}
    fk = {k: nm for nm, k in found}
    miss = [ek[k] for k in ek if k not in fk]
    false = [fk[k] for k in fk if k not in ek]
    n += 1; nexp += len(exp); nmiss += len(miss); nfalse += len(false)
    if miss or false:
        print(f'{s}\n   missed: {miss}  false: {false}')
    else:
        ok += 1
print(f'sentences right: {ok}/{n}; persons expected {nexp}, missed {nmiss}, false {nfalse}')
