#!/usr/bin/python3
"""The seventh dates audit's battery (/work/notes/dates7.md), written by hand.

  lines.tsv      a date line, a tab, what date_start()/date_end() must give: "-" for no date,
                 else a spec: 1963-10-08, 1963-10, 1963 (its days), or A/B with A and B such specs
                 (the first day of A to the last of B); an optional third column: the precision
  sentences.tsv  a sentence, a tab, the dates dates() must find in it, as specs joined by " | "
                 (empty: none)

    /usr/bin/python3 tests/dates7/run.py [EXTENSION] [-v]
"""
import calendar, os, sqlite3, sys

# another audit's battery in the same format: DATES_BATTERY names its directory (tests/dates8)
here = os.environ.get('DATES_BATTERY') or os.path.dirname(os.path.abspath(__file__))
args = [a for a in sys.argv[1:] if not a.startswith('-')]
verbose = '-v' in sys.argv
ext = args[0] if args else os.path.join(here, '../../dist/archivist')
db = sqlite3.connect(':memory:')
db.enable_load_extension(True)
db.load_extension(ext)


def bound(s, last):
    p = s.split('-')
    y = int(p[0])
    if len(p) == 1:
        return '%04d-12-31' % y if last else '%04d-01-01' % y
    m = int(p[1])
    if len(p) == 2:
        d = calendar.monthrange(y, m)[1] if last else 1
        return '%04d-%02d-%02d' % (y, m, d)
    return s


def spec(s):
    s = s.strip()
    if '/' in s:
        a, b = s.split('/')
        return (bound(a, False), bound(b, True))
    return (bound(s, False), bound(s, True))


def rows(name):
    for line in open(os.path.join(here, name), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        yield line.split('\t')


import json
right = wrong = false = miss = prec_bad = 0
for f in rows('lines.tsv'):
    text, want = f[0], f[1].strip()
    js = db.execute('select date_parse(?)', (text,)).fetchone()[0]
    got = None if js is None else json.loads(js)
    if want == '-':
        if got is None:
            right += 1
        else:
            false += 1
            print('FALSE  %s -> %s..%s' % (text, got['start'], got['end']))
        continue
    w = spec(want)
    if got is None:
        miss += 1
        print('MISS   %s (want %s..%s)' % (text, w[0], w[1]))
    elif (got['start'], got['end']) != w:
        wrong += 1
        print('WRONG  %s -> %s..%s (want %s..%s)' % (text, got['start'], got['end'], w[0], w[1]))
    else:
        right += 1
        if len(f) > 2 and f[2].strip() and f[2].strip() != got['precision']:
            prec_bad += 1
            if verbose:
                print('PREC   %s -> %s (want %s)' % (text, got['precision'], f[2].strip()))
n = right + wrong + false + miss
print('lines: %d/%d right; %d missed, %d wrong range, %d false date; %d precision differs'
      % (right, n, miss, wrong, false, prec_bad))

sr = sn = s_false = s_miss = 0
for f in rows('sentences.tsv'):
    text = f[0]
    want = [spec(x) for x in (f[1].split(' | ') if len(f) > 1 and f[1].strip() else [])]
    got = [(r[1], r[2], r[0]) for r in
           db.execute('select match, date_start, date_end from dates(?)', (text,))]
    gotr = [(a, b) for a, b, _ in got]
    sn += 1
    if gotr == want:
        sr += 1
        continue
    extra = [g for g in got if (g[0], g[1]) not in want]
    lost = [x for x in want if x not in gotr]
    if extra:
        s_false += 1
    if lost:
        s_miss += 1
    print('SENT   %s\n         got  %s\n         want %s' % (
        text, ' | '.join('%s=%s..%s' % (m, a, b) for a, b, m in got),
        ' | '.join('%s..%s' % x for x in want)))
print('sentences: %d/%d right; %d with a false or wrong date, %d with a date missed'
      % (sr, sn, s_false, s_miss))
