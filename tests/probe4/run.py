#!/usr/bin/python3
"""Probe battery of the fourth names audit (/work/notes/names4.md), written by hand from real
catalogue spellings: same.tsv and same_more.tsv hold pairs of one person, diff.tsv and
diff_more.tsv pairs of different people. Read by the third audit's runner, tests/probe3/run.py,
with this directory as PROBE_DIR:

    /usr/bin/python3 tests/probe4/run.py [EXTENSION]
    SAME=same_more.tsv DIFF=diff_more.tsv /usr/bin/python3 tests/probe4/run.py

runtext.py reads the sentences of text.tsv through names()."""
import os, runpy
here = os.path.dirname(os.path.abspath(__file__))
os.environ.setdefault('PROBE_DIR', here)
runpy.run_path(os.path.join(here, '../probe3/run.py'), run_name='__main__')
