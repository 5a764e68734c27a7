#!/usr/bin/python3
import sqlite3, sys, os
here = os.path.dirname(os.path.abspath(__file__))
# usage: runtext.py [EXTENSION|x] [TEXTFILE]: the names() of each line (x: this tree's build)
so = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] != 'x' else os.path.join(here, '../../dist/archivist')
db = sqlite3.connect(':memory:'); db.enable_load_extension(True); db.load_extension(so)
for l in open(os.path.join(here, sys.argv[2] if len(sys.argv)>2 else 'text.txt'), encoding='utf-8'):
    l = l.rstrip('\n')
    r = db.execute('select name, canon from names(?)', (l,)).fetchall()
    print(l); print('   => ' + ' | '.join(f'{n}' + (f' [{c}]' if c != n else '') for n, c in r))
