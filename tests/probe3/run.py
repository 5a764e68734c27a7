#!/usr/bin/python3
"""Probe battery of the third names audit (/work/notes/names3.md), written by hand from real
catalogue spellings: same.tsv holds pairs of one person (name_match() must say 'same' both
ways, and the keys agree), diff.tsv pairs of different people ('different' both ways, keys
apart). Prints the failing rows and a summary line.

    /usr/bin/python3 tests/probe3/run.py [EXTENSION]       (default: this tree's dist/archivist)

PROBE_DIR names another battery's directory (tests/probe4/run.py sets it), SAME and DIFF other
files of pairs in it (SAME=same_more.tsv DIFF=diff_more.tsv).

runtext.py reads the Wilson Center-style sentences of text*.txt through names(). The Python of
/usr/bin is needed: it can load extensions."""
import sqlite3, sys, os
here = os.environ.get('PROBE_DIR') or os.path.dirname(os.path.abspath(__file__))
so = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '../../dist/archivist')
db = sqlite3.connect(':memory:'); db.enable_load_extension(True); db.load_extension(so)
def q(sql, *a): return db.execute(sql, a).fetchone()[0]
def rows(f):
    for l in open(os.path.join(here, f), encoding='utf-8'):
        l = l.rstrip('\n')
        if l and not l.startswith('#'): yield l.split('\t')[:2]
sp = sk = n = 0
for a, b in rows(os.environ.get('SAME','same.tsv')):
    n += 1
    m1, m2 = q('select name_match(?,?)', a, b), q('select name_match(?,?)', b, a)
    k1, k2 = q('select name_key(?)', a), q('select name_key(?)', b)
    ok = m1 == 'same' and m2 == 'same'; sp += ok; sk += (k1 == k2 and k1 is not None)
    if not ok or k1 != k2:
        print(f'SAME\t{a}\t{b}\t{m1}/{m2}\t{k1}\t{k2}')
dn = dp = dd = 0
for a, b in rows(os.environ.get('DIFF','diff.tsv')):
    dn += 1
    m1, m2 = q('select name_match(?,?)', a, b), q('select name_match(?,?)', b, a)
    k1, k2 = q('select name_key(?)', a), q('select name_key(?)', b)
    bad = m1 != 'different' or m2 != 'different' or k1 == k2
    if bad:
        print(f'DIFF\t{a}\t{b}\t{m1}/{m2}\t{k1}\t{k2}')
    dd += not bad
print(f'same: {sp}/{n} match both ways, {sk}/{n} equal keys; different: {dd}/{dn} different both ways')
